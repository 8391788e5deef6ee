/**
 * Child process of bench/realtime.ts, run with `--conditions=react-server` so the app's own move
 * service loads outside Next. It holds the 20 event streams (spread over both instances) and
 * makes the moves itself, through the same `moveImprovement` the app runs, so a move's commit
 * time is known: when PostgreSQL answered the transaction's COMMIT. Then,
 * for comparison, moves through instance A's JSON API (timed from sending the request).
 * Prints one JSON line: the receive delays of every stream for every move.
 */
import pg from "pg";
import { loadActor } from "@/lib/auth/load-actor";
import { moveImprovement } from "@/lib/board/commands";
import { now, Stream } from "./realtime-clients";

type Config = {
  streams: { url: string; cookie: string }[];
  moverId: string;
  cards: string[];
  columns: [string, string];
  moves: number;
  api: { base: string; cookie: string };
};

// The commit's own moment: when PostgreSQL answered this process's COMMIT (Prisma's pg adapter
// sends it through pg's Client#query, which is wrapped here as bench/board-queries.ts does).
let lastCommitAt = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text?: string } | undefined;
  const text = typeof first === "string" ? first : first?.text;
  const result = (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  if (text?.trim().toUpperCase() === "COMMIT" && result instanceof Promise) {
    void result.then(() => {
      lastCommitAt = now();
    });
  }
  return result;
} as typeof pg.Client.prototype.query;

const config = JSON.parse(process.env.BENCH_LATENCY ?? "{}") as Config;
const streams = config.streams.map((spec) => new Stream(spec.url, spec.cookie, false));
await Promise.all(streams.map((stream) => stream.ready));

// Receive times per "<improvement>:<version>", one per stream.
const arrivals = new Map<string, number[]>();
for (const stream of streams) {
  stream.onEvent = (event) => {
    if (event.event !== "change") return;
    const change = JSON.parse(event.data) as { improvementId?: string; version?: number };
    const key = `${change.improvementId}:${change.version}`;
    arrivals.set(key, [...(arrivals.get(key) ?? []), event.at]);
  };
}

async function allArrived(key: string): Promise<number[] | null> {
  const deadline = now() + 5_000;
  while ((arrivals.get(key)?.length ?? 0) < streams.length) {
    if (now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return arrivals.get(key) ?? null;
}

const actor = await loadActor(config.moverId);
if (!actor) throw new Error("no mover");
const versions = new Map(config.cards.map((id) => [id, 1]));
const fromCommit: number[][] = [];
const serviceFromCall: number[][] = [];
const api: number[][] = [];
let missed = 0;
const warmUp = 10;
for (let move = 0; move < warmUp + config.moves * 2; move += 1) {
  const id = config.cards[move % config.cards.length] ?? "";
  const version = versions.get(id) ?? 1;
  const columnId = config.columns[Math.floor(move / config.cards.length) % 2 === 0 ? 1 : 0];
  const key = `${id}:${version + 1}`;
  const viaApi = move >= warmUp + config.moves;
  let start = 0;
  let called = 0;
  if (viaApi) {
    start = now();
    const response = await fetch(`${config.api.base}/api/v1/improvements/${id}/move`, {
      method: "POST",
      headers: { cookie: config.api.cookie, "content-type": "application/json" },
      body: JSON.stringify({ columnId, version }),
    });
    if (response.status !== 200) throw new Error(`API move answered ${response.status}`);
  } else {
    called = now();
    lastCommitAt = 0;
    await moveImprovement(actor, id, { columnId, previousId: null, nextId: null, version });
    start = lastCommitAt;
  }
  versions.set(id, version + 1);
  const received = await allArrived(key);
  if (move < warmUp) continue;
  if (!received) {
    missed += 1;
    continue;
  }
  if (viaApi) api.push(received.map((at) => at - start));
  else {
    if (start === 0) throw new Error("no COMMIT seen: is the query wrapper still in the adapter's path?");
    fromCommit.push(received.map((at) => at - start));
    serviceFromCall.push(received.map((at) => at - called));
  }
}
for (const stream of streams) stream.close();
const round = (moves: number[][]) => moves.map((move) => move.map((ms) => Math.round(ms * 1000) / 1000));
// Exit only once the pipe has taken all of it: a large write to a pipe is asynchronous.
process.stdout.write(`${JSON.stringify({ service: round(fromCommit), serviceFromCall: round(serviceFromCall), api: round(api), missed })}\n`, () => process.exit(0));
