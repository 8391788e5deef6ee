// Vitest globalSetup: one PostgreSQL server and one migrated template for the whole run.
import type { TestProject } from "vitest/node";

import { startTestPostgres } from "@/prisma/embedded-server";

import { ensureTemplateDatabase, removeLeftoverDatabases } from "./template";

export default async function setup(
  project: TestProject,
): Promise<() => Promise<void>> {
  const outerAdminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  const started = outerAdminUrl ? null : await startTestPostgres();
  const adminUrl = outerAdminUrl ?? started?.adminUrl ?? "";
  try {
    const template = await ensureTemplateDatabase(adminUrl);
    // A server started here belongs to this run alone, so leftovers of killed runs can go.
    if (started) await removeLeftoverDatabases(adminUrl, template);
    project.provide("testDatabaseAdminUrl", adminUrl);
    project.provide("testTemplateDatabase", template);
  } catch (error) {
    await started?.stop();
    throw error;
  }

  return async () => {
    await started?.stop();
  };
}
