import { defineConfig } from "prisma/config";

// Migrations are applied by our own offline runner (prisma/migrate.ts), not `prisma migrate`,
// because the native schema engine cannot be downloaded on these machines (PLATFORM.md).
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
});
