import { PrismaPg } from "@prisma/adapter-pg";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { PrismaClient } from "../lib/db/generated/client";
import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../prisma/embedded-server";
import { applyMigrations } from "../prisma/migration-engine";
import { seedDemo } from "../prisma/seed";
import { demo, demoPassword, expect, test } from "./fixtures";
import { startAppServer, type AppServer } from "./support/app-server";

// This test stops and restarts PostgreSQL, so it gets a server of its own instead of the shared one.
test.describe("database outage", () => {
  test.describe.configure({ timeout: 120_000 });
  let database: EmbeddedPostgresHandle | undefined;
  let app: AppServer | undefined;
  const dataDir = path.join(process.cwd(), ".tmp", `outage-postgres-${randomUUID().slice(0, 8)}`);
  let port = 0;

  test.beforeAll(async () => {
    port = await findFreePort();
    database = await startEmbeddedPostgres({ dataDir, port, forTests: true, reuseRunning: false });
    await applyMigrations(database.url);
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    await seedDemo(client);
    await client.$disconnect();
    app = await startAppServer({ port: await findFreePort(), databaseUrl: database.url });
  });

  test.afterAll(async () => {
    await app?.stop();
    await database?.stop();
  });

  test("gives a clear answer while the database is down and recovers by itself when it returns", async ({ page, request }) => {
    if (!app || !database) throw new Error("setup failed");
    const appUrl = app.url;
    expect((await request.get(`${appUrl}/api/health`)).status()).toBe(200);

    await database.stop();
    const down = await request.get(`${appUrl}/api/health`);
    expect(down.status()).toBe(503);
    expect(await down.json()).toMatchObject({ status: "unavailable" });

    // Pages say so plainly and offer a retry; nothing leaks the raw error.
    await page.goto(`${appUrl}/login`);
    await expect(page.getByRole("heading", { name: "Er ging iets mis" })).toBeVisible();

    database = await startEmbeddedPostgres({ dataDir, port, forTests: true, reuseRunning: false });
    await expect.poll(async () => (await request.get(`${appUrl}/api/health`)).status(), { timeout: 20_000 }).toBe(200);

    await page.goto(`${appUrl}/login`);
    await page.getByLabel("E-mailadres").fill(demo.member);
    await page.getByLabel("Wachtwoord").fill(demoPassword);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("heading", { name: /Welkom, Daan Jansen/ })).toBeVisible();
  });
});
