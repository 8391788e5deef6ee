// Vitest globalSetup: one PostgreSQL server and one migrated template for the whole run.
import fs from "node:fs/promises";

import type { TestProject } from "vitest/node";

import {
  defaultDataDir,
  EmbeddedPostgresBusyError,
  findFreePort,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from "@/prisma/embedded-server";

import { ensureTemplateDatabase, removeLeftoverDatabases } from "./template";

/**
 * The shared test folder is busy when another test run is going on in the same checkout;
 * sharing its server would let that run stop it under us, so this run gets a private one.
 */
async function startTestServer(): Promise<{
  server: EmbeddedPostgresHandle;
  privateDir: string | null;
}> {
  try {
    return {
      server: await startEmbeddedPostgres({
        forTests: true,
        reuseRunning: false,
      }),
      privateDir: null,
    };
  } catch (error) {
    if (!(error instanceof EmbeddedPostgresBusyError)) throw error;
    const privateDir = `${defaultDataDir(true)}-${process.pid}`;
    const server = await startEmbeddedPostgres({
      forTests: true,
      dataDir: privateDir,
      port: await findFreePort(),
    });
    return { server, privateDir };
  }
}

export default async function setup(
  project: TestProject,
): Promise<() => Promise<void>> {
  const outerAdminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  const started = outerAdminUrl ? null : await startTestServer();
  const adminUrl = outerAdminUrl ?? started?.server.adminUrl ?? "";
  try {
    const template = await ensureTemplateDatabase(adminUrl);
    // A server started here belongs to this run alone, so leftovers of killed runs can go.
    if (started) await removeLeftoverDatabases(adminUrl, template);
    project.provide("testDatabaseAdminUrl", adminUrl);
    project.provide("testTemplateDatabase", template);
  } catch (error) {
    await started?.server.stop();
    throw error;
  }

  return async () => {
    if (!started) return;
    await started.server.stop();
    if (started.privateDir) {
      await fs.rm(started.privateDir, { recursive: true, force: true });
      await fs.rm(`${started.privateDir}.owner.json`, { force: true });
    }
  };
}
