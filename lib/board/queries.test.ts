import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createImprovement } from "./commands";
import { CARDS_PER_COLUMN, getBoard, listColumnImprovements } from "./queries";
import { boardFiltersSchema, createImprovementSchema } from "./schemas";
import { createBoardWorld, insertCards, type BoardWorld } from "./testing";

let world: BoardWorld;
let statements = 0;
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  world = await createBoardWorld(db);
  // Counts every statement the app sends to PostgreSQL (Prisma's pg adapter goes through here).
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements += 1;
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
});

afterAll(() => {
  pg.Client.prototype.query = originalQuery;
});

async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const before = statements;
  await work();
  return statements - before;
}

describe("getBoard", () => {
  it("needs the same number of queries for 5 cards as for 600", async () => {
    const base = { organisationId: world.organisationId, teamId: world.team.id };
    const column = world.team.columns[1]?.id ?? "";
    await insertCards(db, { ...base, columnId: column }, 5);
    await getBoard(world.actors.member, world.team.slug);
    const small = await countStatements(() => getBoard(world.actors.member, world.team.slug));
    await insertCards(db, { ...base, columnId: column, submitterId: world.actors.member.userId }, 595);
    const large = await countStatements(() => getBoard(world.actors.member, world.team.slug));
    const filtered = await countStatements(() => getBoard(world.actors.member, world.team.slug, { q: "Verbetering 1", mine: "1", age: "7" }));
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    expect(filtered).toBe(small);
  });

  it("sends the first cards of a long column, then the rest page by page", async () => {
    const board = await getBoard(world.actors.member, world.team.slug);
    const plan = board.columns[1];
    expect(plan?.activeCount).toBe(600);
    expect(plan?.matchingCount).toBe(600);
    expect(plan?.cards).toHaveLength(CARDS_PER_COLUMN);
    const next = await listColumnImprovements(world.actors.member, {
      teamId: world.team.id,
      columnId: plan?.id ?? "",
      afterRank: plan?.cards.at(-1)?.rank ?? "",
      filters: {},
    });
    expect(next).toHaveLength(CARDS_PER_COLUMN);
    expect((next[0]?.rank ?? "") > (plan?.cards.at(-1)?.rank ?? "")).toBe(true);
    const unlimited = await getBoard(world.actors.member, world.team.slug, {}, { perColumn: null });
    expect(unlimited.columns[1]?.cards).toHaveLength(600);
  });

  it("filters by text, owner, mine, waste type and age", async () => {
    const card = await createImprovement(
      world.actors.colleague,
      createImprovementSchema.parse({ teamId: world.team.id, title: "Dubbele invoer 100% overbodig", wasteType: "OVERPROCESSING" }),
    );
    const titles = async (filters: Record<string, string>) =>
      (await getBoard(world.actors.colleague, world.team.slug, boardFiltersSchema.parse(filters))).columns.flatMap((c) => c.cards.map((x) => x.id));
    expect(await titles({ q: "dubbele" })).toEqual([card.id]);
    expect(await titles({ q: "100%" })).toEqual([card.id]);
    expect(await titles({ waste: "OVERPROCESSING" })).toEqual([card.id]);
    expect(await titles({ mine: "1" })).toEqual([card.id]);
    expect(await titles({ age: "7", q: "dubbele" })).toEqual([]);
    expect(await titles({ owner: world.actors.colleague.userId })).toEqual([]);
    // A mangled link still opens the board, unfiltered where it cannot be read.
    expect(boardFiltersSchema.parse({ waste: "NOPE", owner: "x", age: "3", q: ["a", "b"] })).toEqual({ q: "a" });
  });
});
