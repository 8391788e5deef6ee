// Child process of bench/board.ts, run with `--conditions=react-server` so the app's server
// modules load outside Next. Counts the SQL statements one board read sends to PostgreSQL, by
// wrapping pg's Client#query (Prisma's pg adapter sends everything through it), and times what a
// live board refetches for one changed card against a whole board read, in the same run.
import pg from "pg";
import { loadActor } from "@/lib/auth/load-actor";
import { getBoard, getBoardCards } from "@/lib/board/queries";
import { listPdcaProgress } from "@/lib/pdca/queries";
import { db } from "@/lib/db/client";

let statements = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

async function count(work: () => Promise<unknown>): Promise<number> {
  await work(); // warm the pool and Prisma's caches
  const before = statements;
  await work();
  return statements - before;
}

const [email, ...slugs] = process.argv.slice(2);
const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
type Timing = { p50Ms: number; statements: number };
const result: Record<string, { statements: number; cards: number; actorStatements: number; liveCard?: Timing; wholeBoard?: Timing; ratio?: number }> = {};

/** Median of `runs` sequential calls, after a warm-up, plus the statements one call sends. */
async function time(work: () => Promise<unknown>, runs = 40): Promise<Timing> {
  const statementCount = await count(work);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50Ms: Number((samples[Math.floor(runs / 2)] ?? 0).toFixed(2)), statements: statementCount };
}
const actorStatements = await count(() => loadActor(user.id));
for (const slug of slugs) {
  const actor = await loadActor(user.id);
  if (!actor) throw new Error("no actor");
  const cards = (await getBoard(actor, slug, {}, { perColumn: null })).columns.reduce((sum, column) => sum + column.activeCount, 0);
  result[slug] = { statements: await count(() => getBoard(actor, slug)), cards, actorStatements };
}
// What one live event costs a watching browser (the board's action: the card, the counts, its
// PDCA progress) against what a full refresh would read (the board and every card's progress).
const largest = slugs.at(-1);
const entry = largest ? result[largest] : undefined;
const actor = await loadActor(user.id);
if (largest && entry && actor) {
  const board = await getBoard(actor, largest);
  const teamId = board.team.id;
  const cardId = board.columns.flatMap((column) => column.cards)[0]?.id ?? "";
  entry.wholeBoard = await time(() => Promise.all([getBoard(actor, largest), listPdcaProgress(actor, teamId)]));
  entry.liveCard = await time(() => Promise.all([getBoardCards(actor, { teamId, ids: [cardId], filters: {} }), listPdcaProgress(actor, teamId, [cardId])]));
  entry.ratio = Number((entry.liveCard.p50Ms / entry.wholeBoard.p50Ms).toFixed(3));
}
process.stdout.write(JSON.stringify(result));
await db.$disconnect();
