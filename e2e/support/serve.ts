/**
 * Playwright's web server: a production `next start` against a fresh database of its own.
 *   tsx e2e/support/serve.ts <port> demo   → cloned from the migrated template, demo data seeded
 *   tsx e2e/support/serve.ts <port> empty  → migrated but empty (first-run organisation creation)
 * Uses the test PostgreSQL of the outer runner (TEST_DATABASE_ADMIN_URL) or starts its own.
 * Writes .tmp/e2e-<port>.json with the database URL so fixtures can prepare data directly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { createDatabaseFromTemplate } from "../../lib/db/testing/template";
import { findFreePort, REPO_ROOT, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../prisma/embedded-server";
import { seedDemo } from "../../prisma/seed";

import { e2eAuthSecret, KEEP_ALIVE_MS } from "./constants";

async function main(): Promise<void> {
  const port = process.argv[2] ?? "3100";
  const mode = process.argv[3] ?? "demo";
  let server: EmbeddedPostgresHandle | undefined;
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) {
    // Run alone (not under npm test): a private server, so no other test run can stop it under us.
    server = await startEmbeddedPostgres({
      forTests: true,
      dataDir: path.join(REPO_ROOT, ".tmp", `e2e-postgres-${port}`),
      port: await findFreePort(),
      reuseRunning: false,
    });
    adminUrl = server.adminUrl;
  }
  const database = await createDatabaseFromTemplate({ adminUrl, prefix: `vb_e2e_${mode}` });
  if (mode === "demo") {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    await seedDemo(client);
    await client.$disconnect();
  }
  const infoFile = path.join(REPO_ROOT, ".tmp", `e2e-${port}.json`);
  mkdirSync(path.dirname(infoFile), { recursive: true });
  writeFileSync(infoFile, JSON.stringify({ databaseUrl: database.url, adminUrl }));

  const nextBin = path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", port, "--keepAliveTimeout", String(KEEP_ALIVE_MS)], {
    cwd: REPO_ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: e2eAuthSecret,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Wait for next start to be gone (SIGKILL after 5 s): exiting first orphaned it now and
    // then, still holding the port, and the next run's server could not listen there.
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(kill);
    }
    await database.drop().catch(() => undefined);
    rmSync(infoFile, { force: true });
    await server?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  child.on("exit", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
