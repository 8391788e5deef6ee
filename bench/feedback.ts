/**
 * Customer feedback and the customer-expectation report at size: 10,000 improvements (about
 * 7,000 with a customer expectation in their PDCA checklist) in 10 teams and 10 segments, and
 * 50,000 feedback answers spread over a year. Measured through the production server as sales
 * sees it:
 *   - /feedback (default 90 days, and a whole year = all 50,000 answers),
 *   - /reports/customer-expectations (coverage matrix, per-segment figures, first page),
 *   - the two CSV exports,
 * each beside the same run's plain-SQL baseline of its main aggregate (the statements the
 * services send, timed straight through `pg`), as a ratio. Not a test: nothing is asserted.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defaultColumnRows } from "../lib/board/default-columns";
import { insertCards } from "../lib/board/testing";
import { PrismaClient } from "../lib/db/generated/client";
import { createDatabaseFromTemplate } from "../lib/db/testing/template";
import { findFreePort, REPO_ROOT, startEmbeddedPostgres } from "../prisma/embedded-server";
import { seedDemo } from "../prisma/seed";

const IMPROVEMENTS = 10_000;
const FEEDBACK = 50_000;
const TEAMS = 10;
const EXTRA_SEGMENTS = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";
const SALES = "sales@demo.nl";
const PASSWORD = "verbeterbord";
const started = Date.now();

type Timing = { runs: number; p50: number; p95: number; min: number };

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { runs: sorted.length, p50: round(at(50)), p95: round(at(95)), min: round(sorted[0] ?? 0) };
}

async function measure(runs: number, work: () => Promise<void>): Promise<Timing> {
  for (let i = 0; i < 3; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  return timing(samples);
}

// ---- HTTP with a cookie ----------------------------------------------------------------------

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (res: RawResponse) => {
    for (const cookie of res.headers["set-cookie"] ?? []) {
      const [pair] = cookie.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) jar.set(name.trim(), value.join("="));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await request(`${base}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const res = await request(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: "/" }).toString(),
  });
  remember(res);
  if (![...jar.keys()].some((name) => name.endsWith("authjs.session-token"))) throw new Error(`sign-in failed (${res.status})`);
  return header();
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (await request(url).then((res) => res.status === 200, () => false)) return;
    if (Date.now() > deadline) throw new Error("server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// ---- data ------------------------------------------------------------------------------------

async function generate(prisma: PrismaClient, client: pg.Pool, log: (line: string) => void) {
  await seedDemo(prisma);
  const organisation = await prisma.organisation.findFirstOrThrow({ where: { name: "Demo BV" }, select: { id: true } });
  const organisationId = organisation.id;
  const lead = await prisma.user.findUniqueOrThrow({ where: { email: "teamleider@demo.nl" }, select: { id: true } });
  for (let index = 1; index <= EXTRA_SEGMENTS; index += 1) {
    await prisma.customerSegment.create({ data: { organisationId, name: `Benchsegment ${index}` } });
  }
  const existingTeams = await prisma.team.count({ where: { organisationId } });
  const stages = [0.3, 0.2, 0.2, 0.1, 0.05, 0.15];
  let made = await prisma.improvement.count({ where: { organisationId } });
  for (let index = existingTeams; index < TEAMS; index += 1) {
    const team = await prisma.team.create({ data: { organisationId, name: `Benchteam ${index + 1}`, slug: `benchteam-${index + 1}` }, select: { id: true } });
    await prisma.column.createMany({ data: defaultColumnRows({ id: team.id, organisationId }) });
    const columns = await prisma.column.findMany({ where: { teamId: team.id }, orderBy: { position: "asc" }, select: { id: true } });
    const perTeam = Math.ceil((IMPROVEMENTS - made) / (TEAMS - index));
    for (const [position, column] of columns.entries()) {
      const count = position === columns.length - 1 ? perTeam - Math.round(perTeam * (1 - (stages.at(-1) ?? 0))) : Math.round(perTeam * (stages[position] ?? 0));
      await insertCards(prisma, { organisationId, teamId: team.id, columnId: column.id, submitterId: lead.id }, count, (n) => `Verbetering ${index + 1}.${position}.${n + 1}: klant sneller helpen`);
    }
    made = await prisma.improvement.count({ where: { organisationId } });
  }
  log(`${made} improvements in ${TEAMS} teams`);

  // Seven in ten improvements state a customer expectation; one in ten of those is in a second
  // cycle (the first closed, with an older expectation the report must not show).
  await client.query(
    `WITH segs AS (SELECT array_agg(id ORDER BY name) AS ids FROM "CustomerSegment" WHERE "organisationId" = $1 AND name NOT LIKE 'Benchsegment 5'),
          picked AS (SELECT i.id, row_number() OVER (ORDER BY i.id) AS n FROM "Improvement" i
                      WHERE i."organisationId" = $1 AND NOT EXISTS (SELECT 1 FROM "PdcaCycle" c WHERE c."improvementId" = i.id) AND random() < 0.7)
     INSERT INTO "PdcaCycle" (id, "organisationId", "improvementId", number, "customerType", "segmentId", expectation, kano, "expectationMet", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1, p.id, 1,
            (CASE WHEN p.n % 7 = 0 THEN 'INTERNAL' ELSE 'EXTERNAL' END)::"CustomerType",
            CASE WHEN p.n % 11 = 0 THEN NULL ELSE segs.ids[1 + (p.n % array_length(segs.ids, 1))] END,
            'De klant verwacht binnen ' || (1 + p.n % 48) || ' uur antwoord op vraag ' || p.n,
            (CASE WHEN p.n % 9 = 0 THEN NULL ELSE (ARRAY['BASIC','PERFORMANCE','EXCITEMENT'])[1 + p.n % 3] END)::"KanoCategory",
            (CASE WHEN p.n % 4 = 0 THEN NULL ELSE (ARRAY['YES','PARTLY','NO','UNKNOWN'])[1 + p.n % 4] END)::"ExpectationMet",
            now() - (p.n % 180) * interval '1 day', now() - (p.n % 90) * interval '1 day'
       FROM picked p, segs`,
    [organisationId],
  );
  await client.query(
    `WITH again AS (UPDATE "PdcaCycle" SET "closedAt" = now() - interval '10 days'
                     WHERE "organisationId" = $1 AND number = 1 AND random() < 0.1
                       AND NOT EXISTS (SELECT 1 FROM "PdcaCycle" later WHERE later."improvementId" = "PdcaCycle"."improvementId" AND later.number > 1)
                     RETURNING "improvementId", "segmentId", kano)
     INSERT INTO "PdcaCycle" (id, "organisationId", "improvementId", number, "customerType", "segmentId", expectation, kano)
     SELECT gen_random_uuid(), $1, "improvementId", 2, 'EXTERNAL', "segmentId", 'Aangescherpte verwachting na een nieuwe cyclus', kano FROM again`,
    [organisationId],
  );
  const { rows: cycleCount } = await client.query<{ count: string }>(`SELECT count(*) FROM "PdcaCycle" WHERE "organisationId" = $1`, [organisationId]);
  log(`${cycleCount[0]?.count} PDCA cycles (about 7 in 10 improvements state a customer expectation)`);

  const existingFeedback = await prisma.feedback.count({ where: { organisationId } });
  await client.query(
    `WITH teams AS (SELECT array_agg(id) AS ids FROM "Team" WHERE "organisationId" = $1),
          segs AS (SELECT array_agg(id) AS ids FROM "CustomerSegment" WHERE "organisationId" = $1),
          rows AS (SELECT n, random() AS r, random() AS s FROM generate_series(1, $2::int) AS n)
     INSERT INTO "Feedback" (id, "organisationId", type, "receivedOn", channel, "teamId", "segmentId", text, score, status, "handledAt", "externalId", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1,
            t.type::"FeedbackType",
            current_date - (n % 365),
            (CASE WHEN t.type IN ('NPS','CES','CSAT') THEN 'SURVEY' ELSE 'PHONE' END)::"FeedbackChannel",
            CASE WHEN n % 13 = 0 THEN NULL ELSE teams.ids[1 + n % array_length(teams.ids, 1)] END,
            CASE WHEN n % 8 = 0 THEN NULL ELSE segs.ids[1 + (n / 3) % array_length(segs.ids, 1)] END,
            CASE WHEN t.type IN ('COMPLAINT','COMPLIMENT','TIP') OR n % 6 = 0 THEN 'Opmerking van de klant nummer ' || n END,
            CASE t.type WHEN 'NPS' THEN floor(s * 11)::int WHEN 'CES' THEN 1 + floor(s * 7)::int WHEN 'CSAT' THEN 1 + floor(s * 5)::int END,
            (CASE WHEN t.type = 'COMPLAINT' THEN (ARRAY['OPEN','IN_PROGRESS','HANDLED','HANDLED'])[1 + n % 4] END)::"ComplaintStatus",
            CASE WHEN t.type = 'COMPLAINT' AND n % 4 >= 2 THEN (current_date - (n % 365) + (n % 6))::timestamp + interval '14 hours' END,
            'bench-' || n, now(), now()
       FROM rows, teams, segs,
            LATERAL (SELECT CASE WHEN r < 0.5 THEN 'NPS' WHEN r < 0.65 THEN 'CES' WHEN r < 0.8 THEN 'CSAT' WHEN r < 0.9 THEN 'COMPLAINT' WHEN r < 0.96 THEN 'COMPLIMENT' ELSE 'TIP' END AS type) t`,
    [organisationId, FEEDBACK - existingFeedback],
  );
  await client.query("ANALYZE");
  log(`${await prisma.feedback.count({ where: { organisationId } })} feedback answers`);
  return { organisationId };
}

// ---- the run ---------------------------------------------------------------------------------

/** The services' main statements, as plain SQL (kept in step with lib/feedback and lib/reports). */
const baselines = {
  feedbackScores: `
    SELECT f.type, f."teamId", f."segmentId", date_trunc('week', f."receivedOn")::date AS week,
           GROUPING(f."teamId", f."segmentId", date_trunc('week', f."receivedOn"))::int AS grouping,
           count(*)::int, count(*) FILTER (WHERE f.score >= 9)::int, count(*) FILTER (WHERE f.score BETWEEN 7 AND 8)::int,
           count(*) FILTER (WHERE f.score <= 6)::int, coalesce(sum(f.score), 0)::int, count(*) FILTER (WHERE f.score >= 4)::int,
           count(*) FILTER (WHERE f.status = 'OPEN')::int, count(*) FILTER (WHERE f.status = 'IN_PROGRESS')::int,
           count(*) FILTER (WHERE f.status = 'HANDLED')::int,
           coalesce(sum(((f."handledAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date - f."receivedOn") FILTER (WHERE f.status = 'HANDLED'), 0)::int
      FROM "Feedback" f
     WHERE f."organisationId" = $1 AND f."receivedOn" BETWEEN $2::date AND $3::date
     GROUP BY GROUPING SETS ((f.type), (f.type, f."teamId"), (f.type, f."segmentId"), (f.type, date_trunc('week', f."receivedOn")))`,
  current: `
    SELECT c.id AS "cycleId", c.expectation, c."customerType", c."customerName", c."segmentId", c.kano, c."expectationMet", c."updatedAt",
           i.id AS "improvementId", i.title, i.status, i."teamId", col.stage
      FROM "PdcaCycle" c
      JOIN "Improvement" i ON i.id = c."improvementId" AND i."organisationId" = c."organisationId"
      JOIN "Column" col ON col.id = i."columnId"
     WHERE c."organisationId" = $1 AND c.expectation IS NOT NULL AND btrim(c.expectation) <> ''
       AND NOT EXISTS (SELECT 1 FROM "PdcaCycle" later WHERE later."improvementId" = c."improvementId" AND later.number > c.number)`,
};
const reportCoverageSql = `
  SELECT e."teamId", e."segmentId", GROUPING(e."teamId")::int, count(*)::int,
         count(*) FILTER (WHERE e."expectationMet" = 'YES')::int, count(*) FILTER (WHERE e."expectationMet" = 'PARTLY')::int,
         count(*) FILTER (WHERE e."expectationMet" = 'NO')::int, count(*) FILTER (WHERE e."expectationMet" IS NULL OR e."expectationMet" = 'UNKNOWN')::int
    FROM (${baselines.current}) e GROUP BY GROUPING SETS ((e."teamId", e."segmentId"), (e."segmentId"))`;
const reportListSql = `
  SELECT e.*, s.name, t.slug, t.name, count(*) OVER ()::int AS total
    FROM (${baselines.current}) e JOIN "Team" t ON t.id = e."teamId" LEFT JOIN "CustomerSegment" s ON s.id = e."segmentId"
   ORDER BY s.name NULLS LAST, e."updatedAt" DESC, e."cycleId" LIMIT 50 OFFSET 0`;

function amsterdamDay(offset: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() + offset * 86_400_000));
}

function buildIfNeeded(log: (line: string) => void): void {
  const buildId = path.join(REPO_ROOT, DIST, "BUILD_ID");
  // Another benchmark of this run (the board's) may just have built it: use that build.
  if (existsSync(buildId) && (process.env.BENCH_SKIP_BUILD === "1" || statSync(buildId).mtimeMs > started)) return;
  log(`building into ${DIST}`);
  const build = spawnSync(process.execPath, [path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: REPO_ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  // next build rewrites tsconfig.json for a custom distDir; leave the repository as it was.
  spawnSync("git", ["checkout", "--", "tsconfig.json"], { cwd: REPO_ROOT });
}

export async function benchFeedback(): Promise<Record<string, unknown>> {
  const log = (line: string) => console.log(`[feedback] ${line}`);
  const adminUrlFromEnv = process.env.BENCH_DATABASE_ADMIN_URL ?? process.env.TEST_DATABASE_ADMIN_URL;
  const dataDir = path.join(REPO_ROOT, ".tmp", `bench-feedback-postgres-${process.pid}`);
  const postgres = adminUrlFromEnv ? null : await startEmbeddedPostgres({ forTests: true, dataDir, port: await findFreePort(), reuseRunning: false });
  const adminUrl = adminUrlFromEnv ?? postgres?.adminUrl ?? "";
  const database = await createDatabaseFromTemplate({ adminUrl, prefix: "vb_bench_feedback" });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  const client = new pg.Pool({ connectionString: database.url, max: 2 });
  let server: ChildProcess | null = null;
  try {
    log("generating data");
    const { organisationId } = await generate(prisma, client, log);

    buildIfNeeded(log);
    const port = await findFreePort();
    const base = `http://localhost:${port}`;
    server = spawn(process.execPath, [path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
      cwd: REPO_ROOT,
      stdio: "ignore",
      env: {
        ...process.env,
        NEXT_DIST_DIR: DIST,
        DATABASE_URL: database.url,
        AUTH_SECRET: `bench-${randomUUID()}-${randomUUID()}`,
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    await waitFor(`${base}/api/health`, server);
    const cookie = await signIn(base, SALES);

    const page = async (url: string) => {
      const res = await request(`${base}${url}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
      return res;
    };
    const sql = (text: string, params: unknown[]) => async () => {
      await client.query(text, params);
    };
    const yearFrom = amsterdamDay(-364);
    const ninetyFrom = amsterdamDay(-89);
    const to = amsterdamDay(0);
    const cases: { name: string; url: string; baseline: () => Promise<void>; baselineName: string }[] = [
      { name: "feedback page (90 days)", url: "/feedback", baseline: sql(baselines.feedbackScores, [organisationId, ninetyFrom, to]), baselineName: "scores aggregate, 90 days" },
      { name: "feedback page (a year: all answers)", url: `/feedback?from=${yearFrom}`, baseline: sql(baselines.feedbackScores, [organisationId, yearFrom, to]), baselineName: "scores aggregate, a year" },
      {
        name: "customer-expectation report",
        url: "/reports/customer-expectations",
        baseline: async () => {
          await client.query(reportCoverageSql, [organisationId]);
          await client.query(reportListSql, [organisationId]);
        },
        baselineName: "coverage aggregate + first page of the list",
      },
      { name: "feedback CSV export (a year: all answers)", url: `/api/feedback/export?from=${yearFrom}`, baseline: sql(`SELECT * FROM "Feedback" WHERE "organisationId" = $1 AND "receivedOn" >= $2::date`, [organisationId, yearFrom]), baselineName: "select all rows" },
      { name: "report CSV export (all expectations)", url: "/api/reports/customer-expectations/export", baseline: sql(`${baselines.current}`, [organisationId]), baselineName: "current expectations" },
    ];

    const results: Record<string, unknown>[] = [];
    for (const item of cases) {
      const sample = await page(item.url);
      const runs = item.url.includes("export") ? Math.max(5, Math.floor(RUNS / 4)) : RUNS;
      const server = await measure(runs, async () => {
        await page(item.url);
      });
      const baseline = await measure(runs, item.baseline);
      const ratio = Math.round((server.p50 / Math.max(0.1, baseline.p50)) * 10) / 10;
      log(`${item.name}: p50 ${server.p50} ms (p95 ${server.p95}), ${sample.body.length} bytes; baseline (${item.baselineName}) p50 ${baseline.p50} ms; ratio ${ratio}×`);
      results.push({ page: item.name, url: item.url, bytes: sample.body.length, server, baseline: { what: item.baselineName, ...baseline }, ratio });
    }
    const { rows: counts } = await client.query<{ improvements: string; expectations: string; feedback: string }>(
      `SELECT (SELECT count(*) FROM "Improvement" WHERE "organisationId" = $1) AS improvements,
              (SELECT count(*) FROM (${baselines.current}) e) AS expectations,
              (SELECT count(*) FROM "Feedback" WHERE "organisationId" = $1) AS feedback`,
      [organisationId],
    );
    return { data: counts[0], runs: RUNS, results };
  } finally {
    if (server && server.exitCode === null) server.kill("SIGTERM");
    agent.destroy();
    await client.end();
    await prisma.$disconnect();
    await database.drop();
    await postgres?.stop();
    if (postgres) {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.owner.json`, { force: true });
    }
  }
}
