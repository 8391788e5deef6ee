// Vitest setupFiles: runs in each test file's worker before the file's own modules load, so
// lib/db/client.ts (which reads DATABASE_URL on first use) talks to this file's database.
import { afterAll, inject } from "vitest";

import { createDatabase } from "./databases";

const adminUrl = inject("testDatabaseAdminUrl");
const database = await createDatabase(adminUrl, {
  template: inject("testTemplateDatabase"),
});
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  await database.drop();
});
