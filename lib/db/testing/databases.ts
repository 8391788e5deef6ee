// Database-per-test-file plumbing. Kept to `pg` alone: setup.ts loads it once per test file.
import { randomBytes } from "node:crypto";

import pg from "pg";

declare module "vitest" {
  export interface ProvidedContext {
    /** A superuser URL on the test server's `postgres` database. */
    testDatabaseAdminUrl: string;
    /** The migrated template every test database is cloned from. */
    testTemplateDatabase: string;
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(
  adminUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function randomDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}

export async function dropDatabase(
  adminUrl: string,
  name: string,
): Promise<void> {
  // FORCE: a test's Prisma pool may still hold connections; they are of no use any more.
  await withAdminClient(adminUrl, (client) =>
    client.query(
      `DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`,
    ),
  );
}

/** `template` undefined: an empty database (no tables, no migrations table). */
export async function createDatabase(
  adminUrl: string,
  options: { prefix?: string; template?: string } = {},
): Promise<TestDatabase> {
  const name = randomDatabaseName(options.prefix ?? "vb_test");
  await withAdminClient(adminUrl, (client) =>
    client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(options.template ?? "template0")}`,
    ),
  );
  let dropped: Promise<void> | null = null;
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () => (dropped ??= dropDatabase(adminUrl, name)),
  };
}
