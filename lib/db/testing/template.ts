// The migrated template database, and fresh databases for tests, e2e servers and benchmarks.
import { spawn } from "node:child_process";
import path from "node:path";

import { hashMigrations } from "@/prisma/migration-engine";
import { REPO_ROOT } from "@/prisma/embedded-server";

import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  randomDatabaseName,
  withAdminClient,
  type TestDatabase,
} from "./databases";

export type { TestDatabase } from "./databases";

export const TEMPLATE_PREFIX = "vb_template_";

function resolveAdminUrl(adminUrl: string | undefined): string {
  const resolved = adminUrl ?? process.env.TEST_DATABASE_ADMIN_URL;
  if (!resolved) {
    throw new Error(
      "No test database server: pass adminUrl or set TEST_DATABASE_ADMIN_URL " +
        "(e.g. from startEmbeddedPostgres({ forTests: true }).adminUrl).",
    );
  }
  return resolved;
}

/** Runs `migrate deploy` in a child process, so no connection to the new template survives. */
function deployInChildProcess(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(REPO_ROOT, "prisma", "migrate.ts"),
        "deploy",
      ],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `Migrating the test template failed (exit ${code}):\n${output}`,
          ),
        );
    });
  });
}

/**
 * Builds `vb_template_<hash8>` once per set of migrations and returns its name. It is built
 * under a temporary name and renamed when complete, so a concurrent run or an interrupted
 * build never leaves a half-migrated template behind under the real name.
 */
export async function ensureTemplateDatabase(
  adminUrl?: string,
): Promise<string> {
  const admin = resolveAdminUrl(adminUrl);
  const name = `${TEMPLATE_PREFIX}${(await hashMigrations()).slice(0, 8)}`;
  const exists = await withAdminClient(admin, async (client) => {
    const result = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [name],
    );
    return result.rowCount === 1;
  });
  if (exists) return name;

  const building = randomDatabaseName(`${name}_build`);
  await withAdminClient(admin, (client) =>
    client.query(`CREATE DATABASE "${building}" TEMPLATE template0`),
  );
  try {
    await deployInChildProcess(databaseUrl(admin, building));
    await withAdminClient(admin, async (client) => {
      try {
        await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      } catch (error) {
        if ((error as { code?: string }).code === "42P04") return; // another run finished first
        throw error;
      }
      // Nobody may connect to the template, so cloning it never fails with "being accessed
      // by other users".
      await client.query(
        `ALTER DATABASE "${name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`,
      );
    });
  } finally {
    await dropDatabase(admin, building);
  }
  return name;
}

/**
 * Removes databases that earlier, interrupted runs left behind: test databases and templates
 * of other migration sets. Only for a server this test run owns alone.
 */
export async function removeLeftoverDatabases(
  adminUrl: string,
  keepTemplate: string,
): Promise<void> {
  const names = await withAdminClient(adminUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'vb\\_test\\_%' OR datname LIKE 'vb\\_template\\_%'",
    );
    return result.rows
      .map((row) => row.datname)
      .filter((datname) => datname !== keepTemplate);
  });
  for (const name of names) {
    await withAdminClient(adminUrl, (client) =>
      client.query(
        `ALTER DATABASE ${client.escapeIdentifier(name)} WITH IS_TEMPLATE false`,
      ),
    );
    await dropDatabase(adminUrl, name);
  }
}

/** A fresh, migrated database cloned from the template (about 0.1–0.25 s). */
export async function createDatabaseFromTemplate(
  options: { adminUrl?: string; prefix?: string } = {},
): Promise<TestDatabase> {
  const adminUrl = resolveAdminUrl(options.adminUrl);
  const template = await ensureTemplateDatabase(adminUrl);
  return createDatabase(adminUrl, {
    prefix: options.prefix ?? "vb_test",
    template,
  });
}

/**
 * A fresh database with nothing in it, or with `migrate: true` the migrations applied directly
 * (the real deploy path rather than a clone): for tests of migrations and app start-up.
 */
export async function createEmptyDatabase(
  options: { adminUrl?: string; prefix?: string; migrate?: boolean } = {},
): Promise<TestDatabase> {
  const adminUrl = resolveAdminUrl(options.adminUrl);
  const database = await createDatabase(adminUrl, {
    prefix: options.prefix ?? "vb_test",
  });
  if (options.migrate) {
    try {
      const { applyMigrations } = await import("@/prisma/migration-engine");
      await applyMigrations(database.url);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }
  return database;
}
