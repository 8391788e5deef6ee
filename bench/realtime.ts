/**
 * Live updates under load, two production instances on one PostgreSQL:
 *  (a) latency from a move's commit to 20 subscribed event streams, 10 on each instance. A
 *      child process (bench/realtime-latency.ts) holds the streams and commits the moves itself
 *      through the app's own move service: "commit" is when PostgreSQL answered its COMMIT (and,
 *      for comparison, when the service was called); each stream's receive time is when its
 *      `change` event is parsed. Also: until the 20th stream has it, and moves through instance
 *      A's JSON API timed from sending the request;
 *  (b) what 200 idle streams cost one instance: CPU and RSS of its process over an idle window
 *      with no stream and with 200 (board viewers with presence, heartbeats included), and its
 *      live JS heap from heap snapshots (taken after a full GC; RSS alone wanders with GC).
 * Reference: a well-known open-source board pushes to 20 socket clients of one instance in
 * about 17 ms p50 on this kind of machine. Not a test: nothing is asserted.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { defaultColumnRows } from "../lib/board/default-columns";
import { insertCards } from "../lib/board/testing";
import { PrismaClient } from "../lib/db/generated/client";
import { createDatabaseFromTemplate } from "../lib/db/testing/template";
import { findFreePort, REPO_ROOT, startEmbeddedPostgres } from "../prisma/embedded-server";
import { seedDemo } from "../prisma/seed";
import { Stream } from "./realtime-clients";

const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";
const MOVES = Number(process.env.BENCH_REALTIME_MOVES ?? 200);
const LATENCY_STREAMS = 20;
const IDLE_STREAMS = 200;
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 40);
const PASSWORD = "verbeterbord";
const STREAMS_PER_USER = 10;

const say = (line: string) => console.log(`[realtime] ${line}`);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return { count: samples.length, minMs: round(sorted[0] ?? 0), p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted.at(-1) ?? 0) };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers, agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (headers: http.IncomingHttpHeaders) => {
    for (const cookie of headers["set-cookie"] ?? []) {
      const [pair] = cookie.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) jar.set(name.trim(), value.join("="));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await request(`${base}/api/auth/csrf`);
  remember(csrf.headers);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await request(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: "/" }).toString(),
  });
  remember(res.headers);
  if (![...jar.keys()].some((name) => name.endsWith("authjs.session-token"))) throw new Error(`sign-in of ${email} failed (${res.status})`);
  return cookie();
}

// ---- process cost from /proc ------------------------------------------------------------------

const TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const all = [root];
  for (let index = 0; index < all.length; index += 1) all.push(...(children.get(all[index] ?? -1) ?? []));
  return all;
}

function cost(root: number): { cpuSeconds: number; rssMiB: number } {
  let ticks = 0;
  let rssKiB = 0;
  for (const pid of processTree(root)) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(")")[1]?.trim().split(" ") ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime + stime
      rssKiB += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return { cpuSeconds: ticks / TICKS_PER_SECOND, rssMiB: Math.round((rssKiB / 1024) * 10) / 10 };
}

/** CPU share over an idle window, and RSS sampled each second (median and range: GC makes it wander). */
async function idleWindow(root: number, seconds: number): Promise<{ cpuPercent: number; rssMiB: number; rssRangeMiB: [number, number] }> {
  const before = cost(root);
  const t0 = performance.now();
  const rss: number[] = [];
  for (let second = 0; second < seconds; second += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rss.push(cost(root).rssMiB);
  }
  const after = cost(root);
  const elapsed = (performance.now() - t0) / 1000;
  rss.sort((a, b) => a - b);
  return {
    cpuPercent: Math.round(((after.cpuSeconds - before.cpuSeconds) / elapsed) * 1000) / 10,
    rssMiB: percentile(rss, 50),
    rssRangeMiB: [rss[0] ?? 0, rss.at(-1) ?? 0],
  };
}

/** Live JS heap of a process (MiB), from a heap snapshot it writes on SIGUSR2 after a full GC. */
async function liveHeapMiB(pid: number, dir: string, base: string): Promise<number> {
  const before = new Set(readdirSync(dir));
  process.kill(pid, "SIGUSR2");
  // Writing blocks the server; once it answers again, the file is complete.
  let file: string | undefined;
  for (let tries = 0; tries < 600 && !file; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    file = readdirSync(dir).find((name) => !before.has(name) && name.endsWith(".heapsnapshot"));
  }
  if (!file) throw new Error("no heap snapshot written");
  // A fresh connection: the server may have dropped pooled ones while it was blocked.
  await new Promise<void>((resolve, reject) => http.get(`${base}/api/health`, { agent: false }, (res) => res.resume().on("end", resolve)).on("error", reject));
  const snapshot = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { snapshot: { meta: { node_fields: string[] } }; nodes: number[] };
  rmSync(path.join(dir, file));
  const fields = snapshot.snapshot.meta.node_fields;
  const selfSize = fields.indexOf("self_size");
  let bytes = 0;
  for (let index = selfSize; index < snapshot.nodes.length; index += fields.length) bytes += snapshot.nodes[index] ?? 0;
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

// ---- the run ------------------------------------------------------------------------------------

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (await request(url).then((res) => res.status === 200, () => false)) return;
    if (Date.now() > deadline) throw new Error("server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function ensureBuild(): void {
  const buildId = path.join(REPO_ROOT, DIST, "BUILD_ID");
  // Built by another benchmark in this same run (bench/board.ts uses the same folder): reuse it.
  const builtThisRun = existsSync(buildId) && statSync(buildId).mtimeMs > Date.now() - process.uptime() * 1000;
  if (builtThisRun || (process.env.BENCH_SKIP_BUILD === "1" && existsSync(buildId))) return;
  say(`building into ${DIST}`);
  // next build rewrites tsconfig.json for a custom distDir; put back exactly what was there.
  const tsconfig = path.join(REPO_ROOT, "tsconfig.json");
  const original = readFileSync(tsconfig, "utf8");
  const build = spawnSync(process.execPath, [path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: REPO_ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  writeFileSync(tsconfig, original);
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
}

function startInstance(port: number, databaseUrl: string, authSecret: string, nodeOptions = ""): ChildProcess {
  return spawn(process.execPath, [path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: REPO_ROOT,
    stdio: "ignore",
    env: { ...process.env, NEXT_DIST_DIR: DIST, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn", NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${nodeOptions}`.trim() },
  });
}

export async function benchRealtime(): Promise<Record<string, unknown>> {
  const adminUrlFromEnv = process.env.BENCH_DATABASE_ADMIN_URL ?? process.env.TEST_DATABASE_ADMIN_URL;
  const dataDir = path.join(REPO_ROOT, ".tmp", `bench-realtime-postgres-${process.pid}`);
  const snapshotDir = path.join(REPO_ROOT, ".tmp", `bench-realtime-heap-${process.pid}`);
  const postgres = adminUrlFromEnv ? null : await startEmbeddedPostgres({ forTests: true, dataDir, port: await findFreePort(), reuseRunning: false });
  const adminUrl = adminUrlFromEnv ?? postgres?.adminUrl ?? "";
  const database = await createDatabaseFromTemplate({ adminUrl, prefix: "vb_bench_rt" });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  const servers: ChildProcess[] = [];
  const streams: Stream[] = [];
  try {
    say("seeding");
    await seedDemo(prisma);
    const organisation = await prisma.organisation.findFirstOrThrow({ where: { name: "Demo BV" }, select: { id: true } });
    const team = await prisma.team.create({ data: { organisationId: organisation.id, name: "Realtimeteam", slug: "realtimeteam" }, select: { id: true, slug: true } });
    await prisma.column.createMany({ data: defaultColumnRows({ id: team.id, organisationId: organisation.id }) });
    const columns = await prisma.column.findMany({ where: { teamId: team.id }, orderBy: { position: "asc" }, select: { id: true } });
    // One viewer per 10 streams (the per-person limit on one instance); the first is the lead who moves.
    const passwordHash = await hash(PASSWORD);
    const viewers: string[] = [];
    for (let index = 0; index < IDLE_STREAMS / STREAMS_PER_USER; index += 1) {
      const email = `kijker${index + 1}@bench.test`;
      await prisma.user.create({
        data: {
          email,
          name: `Kijker ${index + 1}`,
          passwordHash,
          organisationMembership: { create: { organisationId: organisation.id, role: "MEMBER" } },
          teamMemberships: { create: { teamId: team.id, role: index === 0 ? "LEAD" : "MEMBER" } },
        },
      });
      viewers.push(email);
    }
    const cards = await insertCards(prisma, { organisationId: organisation.id, teamId: team.id, columnId: columns[0]?.id ?? "" }, 40);

    ensureBuild();
    const authSecret = `bench-${randomUUID()}-${randomUUID()}`;
    const ports = [await findFreePort(), await findFreePort()];
    // Instance A writes a heap snapshot (after a full GC) on SIGUSR2: live memory without GC noise.
    mkdirSync(snapshotDir, { recursive: true });
    for (const [index, port] of ports.entries()) {
      servers.push(startInstance(port, database.url, authSecret, index === 0 ? `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir}` : ""));
    }
    const bases = ports.map((port) => `http://localhost:${port}`);
    await Promise.all(bases.map((base, index) => waitFor(`${base}/api/health`, servers[index] as ChildProcess)));
    say(`instances on ${bases.join(" and ")}`);
    const cookies: string[] = [];
    for (const email of viewers) cookies.push(await signIn(bases[0] ?? "", email));

    // -- (a) latency ------------------------------------------------------------------------
    const streamUrl = (base: string) => `${base}/api/events?team=${team.slug}&presence=1`;
    const mover = await prisma.user.findUniqueOrThrow({ where: { email: viewers[0] ?? "" }, select: { id: true } });
    say(`${MOVES} moves committed by the move service, then ${MOVES} through instance A's API; ${LATENCY_STREAMS} streams, ${LATENCY_STREAMS / 2} per instance`);
    const child = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(REPO_ROOT, "bench", "realtime-latency.ts")], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        BENCH_LATENCY: JSON.stringify({
          streams: Array.from({ length: LATENCY_STREAMS }, (_, index) => ({ url: streamUrl(bases[index % 2] ?? ""), cookie: cookies[index % cookies.length] ?? "" })),
          moverId: mover.id,
          cards: cards.map((card) => card.id),
          columns: [columns[0]?.id ?? "", columns[1]?.id ?? ""],
          moves: MOVES,
          api: { base: bases[0], cookie: cookies[0] },
        }),
      },
    });
    if (child.status !== 0) throw new Error(`latency run failed:\n${child.stderr}`);
    const lastLine = child.stdout.trim().split("\n").at(-1) ?? "{}";
    if (process.env.BENCH_DEBUG) writeFileSync(path.join(REPO_ROOT, ".tmp", "realtime-latency.out"), child.stdout);
    const measured = JSON.parse(lastLine) as { service: number[][]; serviceFromCall: number[][]; api: number[][]; missed: number };
    const latency = {
      commitToStream: stats(measured.service.flat()),
      moveCallToStream: stats(measured.serviceFromCall.flat()),
      commitToTwentiethStream: stats(measured.service.map((move) => Math.max(...move))),
      apiRequestToStream: stats(measured.api.flat()),
      missedMoves: measured.missed,
    };
    say(
      `commit → stream p50 ${latency.commitToStream.p50Ms} ms, p95 ${latency.commitToStream.p95Ms} ms (${latency.commitToStream.count} deliveries); ` +
        `from calling the move (its whole transaction included) p50 ${latency.moveCallToStream.p50Ms} ms, p95 ${latency.moveCallToStream.p95Ms} ms; ` +
        `until the 20th stream p50 ${latency.commitToTwentiethStream.p50Ms} ms, p95 ${latency.commitToTwentiethStream.p95Ms} ms; ` +
        `API request → stream p50 ${latency.apiRequestToStream.p50Ms} ms, p95 ${latency.apiRequestToStream.p95Ms} ms; missed ${measured.missed}`,
    );

    // -- (b) 200 idle streams on instance A ------------------------------------------------------
    const pid = servers[0]?.pid ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    say(`idle, no streams (${IDLE_SECONDS} s)`);
    const quiet = await idleWindow(pid, IDLE_SECONDS);
    const opened = performance.now();
    for (let index = 0; index < IDLE_STREAMS; index += 1) streams.push(new Stream(streamUrl(bases[0] ?? ""), cookies[Math.floor(index / STREAMS_PER_USER)] ?? "", false));
    await Promise.all(streams.map((stream) => stream.ready));
    const openMs = Math.round(performance.now() - opened);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    say(`idle, ${IDLE_STREAMS} streams open (${IDLE_SECONDS} s)`);
    const busy = await idleWindow(pid, IDLE_SECONDS);
    const heapWith = await liveHeapMiB(pid, snapshotDir, bases[0] ?? "");
    // Snapshots disturb RSS, so the stream-less heap is taken last, after the streams closed.
    const heartbeats = streams.reduce((sum, stream) => sum + stream.comments, 0);
    for (const stream of streams.splice(0)) stream.close();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const heapWithout = await liveHeapMiB(pid, snapshotDir, bases[0] ?? "");
    const idle = {
      streams: IDLE_STREAMS,
      secondsPerWindow: IDLE_SECONDS,
      openAllMs: openMs,
      withoutStreams: quiet,
      withStreams: busy,
      liveHeapMiB: { withoutStreams: heapWithout, withStreams: heapWith },
      heapPerStreamKiB: Math.round(((heapWith - heapWithout) * 1024) / IDLE_STREAMS),
      heartbeatsReceived: heartbeats,
    };
    say(
      `instance A: idle ${quiet.cpuPercent}% CPU, ${quiet.rssMiB} MiB → with ${IDLE_STREAMS} streams ${busy.cpuPercent}% CPU, ${busy.rssMiB} MiB ` +
        `(RSS wanders with GC); live heap after GC ${heapWithout} → ${heapWith} MiB, ${idle.heapPerStreamKiB} KiB per stream; all opened in ${openMs} ms; ${heartbeats} heartbeats received`,
    );
    return { instances: 2, latency, idle, reference: "well-known open-source board: ~17 ms p50 to 20 socket clients on one instance" };
  } finally {
    for (const stream of streams) stream.close();
    for (const server of servers) if (server.exitCode === null) server.kill("SIGTERM");
    agent.destroy();
    await prisma.$disconnect();
    await database.drop();
    await postgres?.stop();
    rmSync(snapshotDir, { recursive: true, force: true });
    if (postgres) {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.owner.json`, { force: true });
    }
  }
}
