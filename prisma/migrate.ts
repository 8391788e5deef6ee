// Offline stand-in for `prisma migrate deploy|dev --create-only|diff --exit-code`.
// Usage: tsx prisma/migrate.ts deploy | create <name> | check
import fs from "node:fs/promises";
import path from "node:path";

import {
  findFreePort,
  REPO_ROOT,
  startEmbeddedPostgres,
} from "./embedded-server";
import {
  addRankCollation,
  applyMigrations,
  diffSchemaAgainstMigrations,
  LOCKFILE_CONTENT,
  MIGRATIONS_DIR,
  readMigrations,
} from "./migration-engine";

const USAGE = `Usage: tsx prisma/migrate.ts <command>
  deploy          apply pending migrations to DATABASE_URL (unset: the embedded dev server)
  create <name>   write prisma/migrations/<timestamp>_<name>/migration.sql from the schema change
  check           fail, showing the SQL, when prisma/schema and the migrations differ`;

class UsageError extends Error {}

const relative = (file: string) => path.relative(REPO_ROOT, file) || ".";

/**
 * create/check only need a server to host the shadow database; without DATABASE_URL a private
 * throwaway server avoids touching (or waiting for) the dev server's data.
 */
async function withShadowHost<T>(
  work: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  const configured = process.env.DATABASE_URL;
  if (configured) return work(configured);
  const dataDir = path.join(
    REPO_ROOT,
    ".tmp",
    `migrate-postgres-${process.pid}`,
  );
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await findFreePort(),
    forTests: true,
  });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
    await fs.rm(`${dataDir}.owner.json`, { force: true });
  }
}

async function deploy(): Promise<void> {
  const configured = process.env.DATABASE_URL;
  const server = configured ? null : await startEmbeddedPostgres();
  try {
    const applied = await applyMigrations(configured ?? server?.url ?? "");
    const where = server
      ? `embedded PostgreSQL on port ${server.port}`
      : "DATABASE_URL";
    if (applied.length === 0) console.log(`No pending migrations (${where}).`);
    else
      console.log(
        `Applied ${applied.length} migration(s) to ${where}:\n  ${applied.join("\n  ")}`,
      );
  } finally {
    await server?.stop();
  }
}

function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function normaliseMigrationName(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

async function create(rawName: string | undefined): Promise<void> {
  const name = normaliseMigrationName(rawName ?? "");
  if (!name)
    throw new UsageError("create needs a name, e.g. `create board_columns`.");
  const sql = await withShadowHost((url) => diffSchemaAgainstMigrations(url));
  if (!sql.trim()) {
    console.error(
      "No schema changes: prisma/schema matches the migrations. Nothing to create.",
    );
    process.exitCode = 1;
    return;
  }
  const existing = (await readMigrations()).migrationDirectories.map(
    (d) => d.path,
  );
  let timestamp = migrationTimestamp(new Date());
  // Two creates within one second (or a clock behind the newest migration) must still sort last.
  const newest = existing.at(-1)?.slice(0, 14);
  if (newest && newest >= timestamp) timestamp = String(BigInt(newest) + 1n);
  const directory = path.join(MIGRATIONS_DIR, `${timestamp}_${name}`);
  await fs.mkdir(directory, { recursive: true });
  await fs.writeFile(path.join(directory, "migration.sql"), sql);
  const lockfile = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  await fs
    .writeFile(lockfile, LOCKFILE_CONTENT, { flag: "wx" })
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  console.log(
    `Created ${relative(path.join(directory, "migration.sql"))}. Review it, then run deploy.`,
  );
}

/** Rank columns written by hand (or by an older create) without COLLATE "C". */
async function findRankColumnsWithoutCollation(): Promise<string[]> {
  const list = await readMigrations();
  return list.migrationDirectories
    .filter(
      ({ migrationFile: { content } }) =>
        content.tag === "ok" &&
        addRankCollation(content.value) !== content.value,
    )
    .map((d) => d.path);
}

async function check(): Promise<void> {
  const sql = await withShadowHost((url) => diffSchemaAgainstMigrations(url));
  const uncollated = await findRankColumnsWithoutCollation();
  if (sql.trim()) {
    console.error(
      "prisma/schema and prisma/migrations differ. Run `tsx prisma/migrate.ts create <name>`; " +
        "the next migration would be:\n\n" +
        sql,
    );
    process.exitCode = 1;
  }
  if (uncollated.length > 0) {
    console.error(
      `"rank" TEXT columns without COLLATE "C" in: ${uncollated.join(", ")}`,
    );
    process.exitCode = 1;
  }
  if (!process.exitCode) console.log("Schema and migrations are in sync.");
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case "deploy":
      return deploy();
    case "create":
      return create(rest[0]);
    case "check":
      return check();
    default:
      throw new UsageError(
        command ? `Unknown command: ${command}` : "No command given.",
      );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(error);
  process.exitCode = 1;
});
