import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../prisma/embedded-server";
import { applyMigrations } from "../prisma/migration-engine";
import { seedDemo } from "../prisma/seed";
import { demo, demoPassword, expect, test, unique } from "./fixtures";
import { startAppServer, type AppServer } from "./support/app-server";

// A real PostgreSQL restart under a running app: the app's listening connection dies with the
// server, and must come back by itself. The test stops and starts PostgreSQL, so it gets a
// server of its own instead of the shared test server (like e2e/outage.spec.ts).
test.describe("live updates across a database restart", () => {
  test.describe.configure({ timeout: 150_000 });
  let database: EmbeddedPostgresHandle | undefined;
  let app: AppServer | undefined;
  let db: PrismaClient | undefined;
  const dataDir = path.join(process.cwd(), ".tmp", `realtime-postgres-${randomUUID().slice(0, 8)}`);
  let port = 0;

  test.beforeAll(async () => {
    port = await findFreePort();
    database = await startEmbeddedPostgres({ dataDir, port, forTests: true, reuseRunning: false });
    await applyMigrations(database.url);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
    await seedDemo(db);
    app = await startAppServer({ port: await findFreePort(), databaseUrl: database.url });
  });

  test.afterAll(async () => {
    await db?.$disconnect();
    await app?.stop();
    await database?.stop();
  });

  async function signInAt(page: Page, base: string, email: string): Promise<void> {
    const csrf = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
    const response = await page.request.post(`${base}/api/auth/callback/credentials`, {
      form: { csrfToken: csrf.csrfToken, email, password: demoPassword, callbackUrl: "/" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(400);
  }

  const listening = async (client: PrismaClient) =>
    (await client.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'verbeterbord-realtime' AND datname = current_database()`)[0]?.n ?? 0;

  test("after PostgreSQL restarts, moves show up live again without restarting the app or reloading the page", async ({ browser }) => {
    if (!app || !database || !db) throw new Error("setup failed");
    const base = app.url;
    const lead = await browser.newPage();
    const member = await browser.newPage();
    await signInAt(lead, base, demo.lead);
    await signInAt(member, base, demo.member);
    await member.goto(`${base}/teams/klantenservice/board`);
    await expect(member.getByTestId("live-updates").first()).toHaveAttribute("data-live-status", "live");
    await member.evaluate(() => Object.assign(window, { __notReloaded: true }));

    const create = async (title: string) => {
      const response = await lead.request.post(`${base}/api/v1/teams/klantenservice/improvements`, { data: { title } });
      expect(response.status()).toBe(201);
      return (await response.json()) as { id: string; version: number };
    };
    const plan = await db.column.findFirstOrThrow({ where: { team: { slug: "klantenservice" }, stage: "PLAN" }, select: { id: true } });
    // To the top of Plan, so the card is among the cards the board shows first.
    const moveToPlan = async (card: { id: string; version: number }) => {
      const top = await db?.improvement.findFirst({ where: { columnId: plan.id, status: "ACTIVE" }, orderBy: { rank: "asc" }, select: { id: true } });
      const response = await lead.request.post(`${base}/api/v1/improvements/${card.id}/move`, { data: { columnId: plan.id, nextId: top?.id ?? null, version: card.version } });
      expect(response.status(), await response.text()).toBe(200);
    };
    const inPlan = (title: string) => member.getByRole("region", { name: /^Plan/ }).getByRole("heading", { name: title });

    const [first, second] = [unique("Na de herstart 1"), unique("Na de herstart 2")];
    const cards = [await create(first), await create(second)];
    await expect(member.getByRole("heading", { name: second })).toBeVisible();

    await db.$disconnect();
    await database.stop();
    database = await startEmbeddedPostgres({ dataDir, port, forTests: true, reuseRunning: false });
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
    await expect.poll(async () => (await lead.request.get(`${base}/api/health`)).status(), { timeout: 30_000 }).toBe(200);

    await moveToPlan(cards[0] as { id: string; version: number });
    await expect(inPlan(first)).toBeVisible({ timeout: 45_000 });
    // The listener is back: the next change arrives as a live event, not only by catching up.
    await expect.poll(() => listening(db as PrismaClient), { timeout: 45_000 }).toBeGreaterThan(0);
    await moveToPlan(cards[1] as { id: string; version: number });
    await expect(inPlan(second)).toBeVisible();
    expect(await member.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    await lead.close();
    await member.close();
  });
});
