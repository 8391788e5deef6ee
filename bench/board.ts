/**
 * The improvement board under load, on one seeded board of 2,000 improvements:
 *  (a) board page: server time, response size, SQL statements per board read (must not grow
 *      with the number of cards); what a live board refetches for one changed card, against
 *      a whole board read (the full refresh it replaces), as a ratio;
 *  (b) card moves through the JSON API at 1, 10 and 50 concurrent clients (throughput, p50/p95),
 *      beside a plain single-row UPDATE on the same database in the same run, as a ratio;
 *  (c) the gzipped JavaScript the board page loads, and how the 2,000-card board renders.
 * Not a test: nothing is asserted. Numbers depend on the machine; the ratios travel better.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defaultColumnRows } from "../lib/board/default-columns";
import { insertCards } from "../lib/board/testing";
import { PrismaClient } from "../lib/db/generated/client";
import { createDatabaseFromTemplate } from "../lib/db/testing/template";
import { findFreePort, REPO_ROOT, startEmbeddedPostgres } from "../prisma/embedded-server";
import { seedDemo } from "../prisma/seed";

const CARDS = 2_000;
const LEVELS = [1, 10, 50];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";
const LEAD = "teamleider@demo.nl";
const PASSWORD = "verbeterbord";

type Latencies = { count: number; seconds: number; p50: number; p95: number; errors: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summarise(samples: number[], seconds: number, errors: number): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  return { count: samples.length, seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), errors };
}

/** Runs `clients` loops for `seconds`, each calling `work(client)` back to back. */
async function load(clients: number, seconds: number, work: (client: number) => Promise<boolean>): Promise<Latencies> {
  const samples: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const ok = await work(client).catch(() => false);
        if (ok) samples.push(performance.now() - t0);
        else errors += 1;
      }
    }),
  );
  return summarise(samples, (performance.now() - started) / 1000, errors);
}

// ---- HTTP with a cookie jar, raw bytes counted ------------------------------------------------

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; wireBytes: number; ms: number };

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const wire = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(wire) : wire;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, wireBytes: wire.length, ms: performance.now() - t0 });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

async function signIn(base: string): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (res: RawResponse) => {
    const cookies = res.headers["set-cookie"] ?? [];
    for (const cookie of cookies) {
      const [pair] = cookie.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) jar.set(name.trim(), value.join("="));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await request(`${base}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email: LEAD, password: PASSWORD, callbackUrl: "/" }).toString();
  const res = await request(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: form,
  });
  remember(res);
  if (![...jar.keys()].some((name) => name.endsWith("authjs.session-token"))) throw new Error(`sign-in failed (${res.status})`);
  return header();
}

// ---- the run ---------------------------------------------------------------------------------

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await request(url).then((res) => res.status === 200, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error("server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function benchBoard(): Promise<Record<string, unknown>> {
  const log = (line: string) => console.log(`[board] ${line}`);
  const adminUrlFromEnv = process.env.BENCH_DATABASE_ADMIN_URL ?? process.env.TEST_DATABASE_ADMIN_URL;
  const dataDir = path.join(REPO_ROOT, ".tmp", `bench-postgres-${process.pid}`);
  const postgres = adminUrlFromEnv ? null : await startEmbeddedPostgres({ forTests: true, dataDir, port: await findFreePort(), reuseRunning: false });
  const adminUrl = adminUrlFromEnv ?? postgres?.adminUrl ?? "";
  const database = await createDatabaseFromTemplate({ adminUrl, prefix: "vb_bench" });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  let server: ChildProcess | null = null;
  try {
    // -- data: the demo organisation plus one team whose board holds 2,000 improvements.
    log("seeding");
    await seedDemo(prisma);
    const organisation = await prisma.organisation.findFirstOrThrow({ where: { name: "Demo BV" }, select: { id: true } });
    const lead = await prisma.user.findUniqueOrThrow({ where: { email: LEAD }, select: { id: true } });
    const team = await prisma.team.create({ data: { organisationId: organisation.id, name: "Benchteam", slug: "benchteam" }, select: { id: true, slug: true } });
    await prisma.teamMembership.create({ data: { teamId: team.id, userId: lead.id, role: "LEAD" } });
    await prisma.column.createMany({ data: defaultColumnRows({ id: team.id, organisationId: organisation.id }) });
    const columns = await prisma.column.findMany({ where: { teamId: team.id }, orderBy: { position: "asc" }, select: { id: true, stage: true } });
    const spread = [800, 500, 300, 200, 100, 100];
    const byColumn: { id: string; rank: string }[][] = [];
    for (const [index, column] of columns.entries()) {
      byColumn.push(
        await insertCards(prisma, { organisationId: organisation.id, teamId: team.id, columnId: column.id, submitterId: lead.id }, spread[index] ?? 0, (n) => `Verbetering ${index + 1}.${n + 1}: wachttijd bij de balie verkorten`),
      );
    }
    log(`${spread.reduce((a, b) => a + b, 0)} improvements on /teams/${team.slug}/board`);

    // -- (a) SQL statements per board read, small board vs 2,000 cards.
    const child = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(REPO_ROOT, "bench", "board-queries.ts"), LEAD, "klantenservice", team.slug], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: "utf8",
    });
    if (child.status !== 0) throw new Error(`query count failed: ${child.stderr}`);
    const statements = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Record<
      string,
      { statements: number; cards: number; actorStatements: number; liveCard?: { p50Ms: number; statements: number }; wholeBoard?: { p50Ms: number; statements: number }; ratio?: number }
    >;
    log(`statements per board read: ${JSON.stringify(Object.fromEntries(Object.entries(statements).map(([slug, { statements: n, cards, actorStatements }]) => [slug, { statements: n, cards, actorStatements }])))}`);
    const live = statements[team.slug];
    if (live?.liveCard && live.wholeBoard) {
      log(
        `live event, one card refetched: p50 ${live.liveCard.p50Ms} ms (${live.liveCard.statements} SQL) vs whole board read p50 ${live.wholeBoard.p50Ms} ms (${live.wholeBoard.statements} SQL); ratio ${live.ratio}`,
      );
    }

    // -- build and start the production server.
    if (!(process.env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(REPO_ROOT, DIST, "BUILD_ID")))) {
      log(`building into ${DIST}`);
      // next build rewrites tsconfig.json for a custom distDir; put back exactly what was there.
      const tsconfig = readFileSync(path.join(REPO_ROOT, "tsconfig.json"), "utf8");
      const build = spawnSync(process.execPath, [path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
        cwd: REPO_ROOT,
        env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
        encoding: "utf8",
      });
      writeFileSync(path.join(REPO_ROOT, "tsconfig.json"), tsconfig);
      if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
    }
    const port = await findFreePort();
    const base = `http://localhost:${port}`;
    server = spawn(process.execPath, [path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
      cwd: REPO_ROOT,
      stdio: "ignore",
      env: {
        ...process.env,
        NEXT_DIST_DIR: DIST,
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "10",
        AUTH_SECRET: `bench-${randomUUID()}-${randomUUID()}`,
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    await waitFor(`${base}/api/health`, server);
    const cookie = await signIn(base);

    // -- (a) the board page.
    const boardUrl = `${base}/teams/${team.slug}/board`;
    const page = async (encoding: string) => request(boardUrl, { headers: { cookie, "accept-encoding": encoding } });
    for (let i = 0; i < 5; i += 1) await page("gzip");
    const pageTimes: number[] = [];
    let last: RawResponse | null = null;
    for (let i = 0; i < 30; i += 1) {
      last = await page("gzip");
      if (last.status !== 200) throw new Error(`board page answered ${last.status}`);
      pageTimes.push(last.ms);
    }
    const pageStats = summarise(pageTimes, 0, 0);
    const html = last?.body.toString() ?? "";
    const renderedCards = (html.match(/data-card-id=/g) ?? []).length;
    log(`board page: p50 ${pageStats.p50.toFixed(1)} ms, p95 ${pageStats.p95.toFixed(1)} ms, ${last?.body.length} bytes (${last?.wireBytes} gzipped), ${renderedCards} cards rendered`);

    // -- (c) JavaScript the board page loads (initial script tags), gzipped.
    const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? ""))].filter(Boolean);
    let jsRaw = 0;
    let jsGzip = 0;
    for (const src of scripts) {
      const res = await request(new URL(src, base).toString());
      jsRaw += res.body.length;
      jsGzip += gzipSync(res.body, { level: 9 }).length;
    }
    log(`board page JavaScript: ${scripts.length} files, ${(jsRaw / 1024).toFixed(0)} KiB, ${(jsGzip / 1024).toFixed(0)} KiB gzipped`);

    // -- (b) moves through the API vs a plain UPDATE, at each concurrency.
    // Clients move disjoint cards between Nieuw and Plan (no stage gate there), each right
    // after an "anchor" card nobody moves, so every move is valid and none conflicts.
    const anchors = [byColumn[0]?.slice(0, 100) ?? [], byColumn[1]?.slice(0, 100) ?? []];
    const movable = [...(byColumn[0]?.slice(100) ?? []), ...(byColumn[1]?.slice(100) ?? [])].map((card) => card.id);
    const versions = new Map<string, number>(movable.map((id) => [id, 1]));
    const columnOf = new Map<string, number>();
    for (const card of byColumn[0]?.slice(100) ?? []) columnOf.set(card.id, 0);
    for (const card of byColumn[1]?.slice(100) ?? []) columnOf.set(card.id, 1);
    const targetIds = [columns[0]?.id ?? "", columns[1]?.id ?? ""];
    const rawPool = new pg.Pool({ connectionString: database.url, max: Math.max(...LEVELS) });
    const results: Record<number, { api: Latencies; update: Latencies }> = {};
    for (const clients of LEVELS) {
      const pools = Array.from({ length: clients }, (_, client) => movable.filter((_, index) => index % clients === client));
      const cursor = new Array<number>(clients).fill(0);
      const api = await load(clients, SECONDS, async (client) => {
        const own = pools[client] ?? [];
        const id = own[(cursor[client] = ((cursor[client] ?? 0) + 1) % own.length)] ?? "";
        const to = 1 - (columnOf.get(id) ?? 0);
        const list = anchors[to] ?? [];
        const anchor = list[Math.floor(Math.random() * list.length)];
        const res = await request(`${base}/api/v1/improvements/${id}/move`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify({ columnId: targetIds[to], previousId: anchor?.id, version: versions.get(id) }),
        });
        if (res.status !== 200) return false;
        versions.set(id, (JSON.parse(res.body.toString()) as { version: number }).version);
        columnOf.set(id, to);
        return true;
      });
      const update = await load(clients, SECONDS, async (client) => {
        const own = pools[client] ?? [];
        const id = own[(cursor[client] = ((cursor[client] ?? 0) + 1) % own.length)] ?? "";
        // The same row the API would write, one statement, no transaction around it.
        await rawPool.query('UPDATE "Improvement" SET "updatedAt" = now() WHERE id = $1', [id]);
        return true;
      });
      results[clients] = { api, update };
      log(
        `${clients} client(s): API ${(api.count / api.seconds).toFixed(0)} moves/s (p50 ${api.p50.toFixed(1)} ms, p95 ${api.p95.toFixed(1)} ms, ${api.errors} errors); ` +
          `UPDATE ${(update.count / update.seconds).toFixed(0)}/s (p50 ${update.p50.toFixed(2)} ms); ratio ${((api.count / api.seconds) / (update.count / update.seconds)).toFixed(3)}`,
      );
    }
    await rawPool.end();

    // Order check after the load: every card once, ranks distinct and ordered.
    const integrity = await prisma.$queryRaw<{ cards: number; distinct: number }[]>`
      SELECT count(*)::int AS cards, count(DISTINCT ("columnId", rank))::int AS distinct FROM "Improvement" WHERE "teamId" = ${team.id}::uuid`;

    // -- (c) the 2,000-card board in a real browser, when one is installed.
    let browser: Record<string, number> | null = null;
    const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));
    if (chromium) {
      const { chromium: launcher } = await import("@playwright/test");
      const instance = await launcher.launch({ executablePath: chromium, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
      const context = await instance.newContext({ viewport: { width: 1440, height: 900 } });
      const [name, ...value] = cookie.split("; ").find((part) => part.includes("session-token"))?.split("=") ?? [];
      await context.addCookies([{ name: name ?? "", value: value.join("="), domain: "localhost", path: "/" }]);
      const tab = await context.newPage();
      const t0 = performance.now();
      await tab.goto(boardUrl, { waitUntil: "load" });
      await tab.getByRole("button", { name: /^Verplaats / }).first().waitFor();
      const ready = performance.now() - t0;
      const domNodes = await tab.evaluate(() => document.getElementsByTagName("*").length);
      const cards = await tab.locator("[data-card-id]").count();
      const t1 = performance.now();
      await tab.getByRole("button", { name: /^Toon meer/ }).first().click();
      await tab.waitForFunction((before) => document.querySelectorAll("[data-card-id]").length > before, cards);
      const showMore = performance.now() - t1;
      browser = { readyMs: Math.round(ready), domNodes, cardsRendered: cards, showMoreMs: Math.round(showMore) };
      await instance.close();
      log(`browser: interactive after ${browser.readyMs} ms, ${cards} cards rendered, ${domNodes} DOM nodes; "show more" ${browser.showMoreMs} ms`);
    }

    return {
      cards: CARDS,
      statementsPerBoardRead: statements,
      boardPage: { p50Ms: pageStats.p50, p95Ms: pageStats.p95, htmlBytes: last?.body.length, gzipBytes: last?.wireBytes, renderedCards },
      javascript: { files: scripts.length, bytes: jsRaw, gzipBytes: jsGzip },
      moves: Object.fromEntries(
        Object.entries(results).map(([clients, { api, update }]) => [
          clients,
          {
            apiPerSecond: api.count / api.seconds,
            apiP50Ms: api.p50,
            apiP95Ms: api.p95,
            apiErrors: api.errors,
            updatePerSecond: update.count / update.seconds,
            updateP50Ms: update.p50,
            ratio: api.count / api.seconds / (update.count / update.seconds),
          },
        ]),
      ),
      integrity: integrity[0],
      browser,
    };
  } finally {
    if (server && server.exitCode === null) server.kill("SIGTERM");
    agent.destroy();
    await prisma.$disconnect();
    await database.drop();
    await postgres?.stop();
    if (postgres) {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.owner.json`, { force: true });
    }
  }
}

export function writeResults(name: string, results: unknown): string {
  const folder = path.join(REPO_ROOT, "bench", "results");
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  return file;
}

