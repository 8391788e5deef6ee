import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";

import {
  createEmptyDatabase,
  type TestDatabase,
} from "@/lib/db/testing/template";

import {
  addRankCollation,
  applyMigrations,
  diffSchemaAgainstMigrations,
  LOCKFILE_CONTENT,
  MIGRATIONS_DIR,
  readMigrations,
  SCHEMA_DIR,
} from "./migration-engine";

const adminUrl = inject("testDatabaseAdminUrl");
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createEmptyDatabase({ adminUrl });
  cleanups.push(() => database.drop());
  return database;
}

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every column named rank, with its collation (null: the database default). */
function rankColumns(url: string) {
  return query<{ table_name: string; collation_name: string | null }>(
    url,
    `SELECT table_name, collation_name FROM information_schema.columns
     WHERE column_name = 'rank' AND table_schema = current_schema()`,
  );
}

async function temporaryDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "vb-migrations-"));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A schema folder holding base.prisma plus one extra model file. */
async function schemaWith(extra: string): Promise<string> {
  const dir = await temporaryDir();
  await fs.copyFile(
    path.join(SCHEMA_DIR, "base.prisma"),
    path.join(dir, "base.prisma"),
  );
  await fs.writeFile(path.join(dir, "extra.prisma"), extra);
  return dir;
}

async function migrationsWith(
  migrations: Record<string, string>,
): Promise<string> {
  const dir = await temporaryDir();
  await fs.writeFile(path.join(dir, "migration_lock.toml"), LOCKFILE_CONTENT);
  for (const [name, sql] of Object.entries(migrations)) {
    await fs.mkdir(path.join(dir, name));
    await fs.writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

const RANKED_MODEL = `model Card {
  id   Int    @id
  rank String
  @@index([rank])
}
`;

describe("migrations", () => {
  it("match the Prisma schema (no drift)", async () => {
    const sql = await diffSchemaAgainstMigrations(
      process.env.DATABASE_URL ?? "",
    );
    expect(sql, "run `tsx prisma/migrate.ts create <name>`").toBe("");
  });

  it('give every rank column COLLATE "C"', async () => {
    // This file's database is a clone of the migrated template: the real migrations.
    const columns = await rankColumns(process.env.DATABASE_URL ?? "");
    for (const column of columns) {
      expect(column, `${column.table_name}.rank`).toEqual({
        table_name: column.table_name,
        collation_name: "C",
      });
    }
  });

  it("apply once; a second deploy is a no-op", async () => {
    const database = await emptyDatabase();
    const names = (await readMigrations()).migrationDirectories.map(
      (d) => d.path,
    );
    expect(names.length).toBeGreaterThan(0);

    expect(await applyMigrations(database.url)).toEqual(names);
    expect(await applyMigrations(database.url)).toEqual([]);

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>(
      database.url,
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    const expected = await Promise.all(
      names.map(async (name) => ({
        migration_name: name,
        checksum: createHash("sha256")
          .update(
            await fs.readFile(path.join(MIGRATIONS_DIR, name, "migration.sql")),
          )
          .digest("hex"),
      })),
    );
    expect(
      rows.map(({ migration_name, checksum }) => ({
        migration_name,
        checksum,
      })),
    ).toEqual(expected);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("run each migration script whole, so function bodies may contain semicolons", async () => {
    const database = await emptyDatabase();
    const migrationsDir = await migrationsWith({
      "20000101000000_function": `CREATE FUNCTION "answer"() RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1;
  RETURN 42;
END;
$$;
`,
    });
    await applyMigrations(database.url, { migrationsDir });
    expect(await query(database.url, `SELECT "answer"() AS value`)).toEqual([
      { value: 42 },
    ]);
  });
});

describe('rank columns and COLLATE "C"', () => {
  it("post-processing adds the collation to every rank TEXT column, once", () => {
    const generated = [
      `CREATE TABLE "Improvement" (\n    "id" UUID NOT NULL,\n    "rank" TEXT NOT NULL,\n    "ranking" TEXT,\n    "rank_history" TEXT[]\n);`,
      `ALTER TABLE "Column" ADD COLUMN     "rank" TEXT;`,
      `ALTER TABLE "Column" ALTER COLUMN "rank" SET DATA TYPE TEXT;`,
      `ALTER TABLE "Tag" ADD COLUMN "rank" TEXT[];`,
    ].join("\n");
    const processed = addRankCollation(generated);
    expect(processed).toBe(
      [
        `CREATE TABLE "Improvement" (\n    "id" UUID NOT NULL,\n    "rank" TEXT COLLATE "C" NOT NULL,\n    "ranking" TEXT,\n    "rank_history" TEXT[]\n);`,
        `ALTER TABLE "Column" ADD COLUMN     "rank" TEXT COLLATE "C";`,
        `ALTER TABLE "Column" ALTER COLUMN "rank" SET DATA TYPE TEXT COLLATE "C";`,
        `ALTER TABLE "Tag" ADD COLUMN "rank" TEXT[];`,
      ].join("\n"),
    );
    expect(addRankCollation(processed)).toBe(processed);
  });

  it("a created migration keeps the collation, the drift check does not report it, and the column check catches its loss", async () => {
    const schemaDir = await schemaWith(RANKED_MODEL);
    const serverUrl = process.env.DATABASE_URL ?? "";

    const sql = await diffSchemaAgainstMigrations(serverUrl, {
      schemaDir,
      migrationsDir: await migrationsWith({}),
    });
    expect(sql).toContain(`"rank" TEXT COLLATE "C" NOT NULL`);

    const migrationsDir = await migrationsWith({ "20000101000000_cards": sql });
    expect(
      await diffSchemaAgainstMigrations(serverUrl, {
        schemaDir,
        migrationsDir,
      }),
    ).toBe("");

    const withCollation = await emptyDatabase();
    await applyMigrations(withCollation.url, { schemaDir, migrationsDir });
    expect(await rankColumns(withCollation.url)).toEqual([
      { table_name: "Card", collation_name: "C" },
    ]);

    // Without the post-processing the same check sees the database default instead.
    const withoutCollation = await emptyDatabase();
    const lost = await migrationsWith({
      "20000101000000_cards": sql.replaceAll(' COLLATE "C"', ""),
    });
    await applyMigrations(withoutCollation.url, {
      schemaDir,
      migrationsDir: lost,
    });
    expect(await rankColumns(withoutCollation.url)).toEqual([
      { table_name: "Card", collation_name: null },
    ]);
  });
});
