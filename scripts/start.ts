/**
 * `npm start`: one command from a fresh clone to a running app. Builds when no build exists,
 * starts the embedded PostgreSQL when DATABASE_URL is unset, applies migrations, seeds the demo
 * organisation into an empty embedded database, then runs `next start` and stops the database
 * with it. `npm run dev` (`--dev`) does the same around `next dev` instead, without a build.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { REPO_ROOT, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../prisma/embedded-server";
import { applyMigrations } from "../prisma/migration-engine";
import { isDatabaseEmpty, seedDemo } from "../prisma/seed";

const nextBin = path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next");
const distDir = process.env.NEXT_DIST_DIR || ".next";

function say(message: string): void {
  console.log(`[verbeterbord] ${message}`);
}

function ensureBuild(): void {
  if (existsSync(path.join(REPO_ROOT, distDir, "BUILD_ID")) && process.env.VERBETERBORD_REBUILD !== "1") return;
  say("No production build yet: building (about a minute, once)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: REPO_ROOT, stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error("next build failed");
}

// The embedded default needs no configuration: a secret is made once and kept beside its data.
function ensureAuthSecret(embedded: boolean): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (!embedded) throw new Error("AUTH_SECRET is required when DATABASE_URL is set (at least 32 random characters; see README).");
  const file = path.join(REPO_ROOT, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main(): Promise<void> {
  const development = process.argv.includes("--dev");
  const embedded = !process.env.DATABASE_URL;
  const authSecret = ensureAuthSecret(embedded);
  if (!development) ensureBuild();

  let database: EmbeddedPostgresHandle | undefined;
  let databaseUrl = process.env.DATABASE_URL ?? "";
  if (embedded) {
    say("No DATABASE_URL: starting the embedded PostgreSQL (data in .data/postgres)…");
    database = await startEmbeddedPostgres({ dataDir: process.env.EMBEDDED_PG_DATA_DIR, port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined });
    databaseUrl = database.url;
  }

  const server: { child?: ChildProcess } = {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server.child && server.child.exitCode === null) server.child.kill("SIGTERM");
    await database?.stop().catch((error: unknown) => console.error(error));
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const applied = await applyMigrations(databaseUrl);
    say(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

    const seedWanted = embedded ? process.env.SEED_DEMO !== "false" : process.env.SEED_DEMO === "true";
    if (seedWanted) {
      const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
      try {
        if (await isDatabaseEmpty(client)) {
          say("Empty database: seeding the demo organisation Demo BV…");
          await seedDemo(client);
        }
      } finally {
        await client.$disconnect();
      }
    }
  } catch (error) {
    console.error(error);
    await stop(1);
    return;
  }

  const port = process.env.PORT ?? "3000";
  // Run the Next binary directly (not through npx) so stopping this process stops the server.
  const child = spawn(process.execPath, [nextBin, development ? "dev" : "start", "-p", port, ...(process.env.HOSTNAME ? ["-H", process.env.HOSTNAME] : [])], {
    cwd: REPO_ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: "true", NEXT_DIST_DIR: distDir },
  });
  server.child = child;
  say(`Verbeterbord runs at http://localhost:${port} (demo accounts: see README).`);
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
