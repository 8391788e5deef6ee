// Child process of bench/board.ts, run with `--conditions=react-server` so the app's server
// modules load outside Next. Counts the SQL statements one board read sends to PostgreSQL, by
// wrapping pg's Client#query (Prisma's pg adapter sends everything through it).
import pg from "pg";
import { loadActor } from "@/lib/auth/load-actor";
import { getBoard } from "@/lib/board/queries";
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
const result: Record<string, { statements: number; cards: number; actorStatements: number }> = {};
const actorStatements = await count(() => loadActor(user.id));
for (const slug of slugs) {
  const actor = await loadActor(user.id);
  if (!actor) throw new Error("no actor");
  const cards = (await getBoard(actor, slug, {}, { perColumn: null })).columns.reduce((sum, column) => sum + column.activeCount, 0);
  result[slug] = { statements: await count(() => getBoard(actor, slug)), cards, actorStatements };
}
process.stdout.write(JSON.stringify(result));
await db.$disconnect();
