import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { createImprovement, triageImprovement, updateImprovement } from "./commands";
import { CARDS_PER_COLUMN, getBoard, getBoardCards, listColumnImprovements } from "./queries";
import { BOARD_CARDS_MAX, boardCardsSchema, boardFiltersSchema, createImprovementSchema, triageImprovementSchema, updateImprovementSchema } from "./schemas";
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

describe("getBoardCards (what a live board refetches)", () => {
  let small: BoardWorld;
  beforeAll(async () => {
    small = await createBoardWorld(db);
  });

  it("returns each card as it stands now, or null when it left the view, with every column's counts", async () => {
    const base = { organisationId: small.organisationId, teamId: small.team.id };
    const [ideas, plan] = [small.team.columns[0]?.id ?? "", small.team.columns[1]?.id ?? ""];
    const [kept, parked] = await insertCards(db, { ...base, columnId: ideas }, 2, (index) => ["Wachttijd telefoon", "Formulier korter"][index] ?? "");
    await insertCards(db, { ...base, columnId: plan }, 3);
    const [elsewhere] = await insertCards(db, { organisationId: small.organisationId, teamId: small.otherTeam.id, columnId: small.otherTeam.columns[0]?.id ?? "" }, 1);
    const renamed = await updateImprovement(small.actors.lead, kept?.id ?? "", updateImprovementSchema.parse({ version: 1, title: "Wachttijd telefoon halveren" }));
    await triageImprovement(small.actors.lead, parked?.id ?? "", triageImprovementSchema.parse({ version: 1, decision: "park", reason: "Na de zomer" }));

    const ids = [kept?.id ?? "", parked?.id ?? "", elsewhere?.id ?? ""];
    const result = await getBoardCards(small.actors.lead, boardCardsSchema.parse({ teamId: small.team.id, ids }));
    expect(result.cards.map((entry) => entry.id)).toEqual(ids);
    expect(result.cards[0]?.card).toMatchObject({ title: "Wachttijd telefoon halveren", version: renamed.version, columnId: ideas, canMove: true });
    // What the viewer may do is the viewer's: a member moves only their own cards.
    expect((await getBoardCards(small.actors.member, boardCardsSchema.parse({ teamId: small.team.id, ids }))).cards[0]?.card?.canMove).toBe(false);
    // Parked, and another team's card: not on this board.
    expect(result.cards[1]?.card).toBeNull();
    expect(result.cards[2]?.card).toBeNull();
    expect(result.counts.slice(0, 2)).toEqual([
      { id: ideas, activeCount: 1, matchingCount: 1 },
      { id: plan, activeCount: 3, matchingCount: 3 },
    ]);

    // Filtered out is gone from a filtered view; counts follow the filters, WIP counts do not.
    const filtered = await getBoardCards(small.actors.member, boardCardsSchema.parse({ teamId: small.team.id, ids: [kept?.id], filters: { q: "formulier" } }));
    expect(filtered.cards[0]?.card).toBeNull();
    expect(filtered.counts[0]).toEqual({ id: ideas, activeCount: 1, matchingCount: 0 });
  });

  it("refuses a team of another organisation as not found, and more ids than a board refetches", async () => {
    const [card] = await insertCards(db, { organisationId: small.organisationId, teamId: small.team.id, columnId: small.team.columns[0]?.id ?? "" }, 1);
    await expect(getBoardCards(small.actors.outsider, boardCardsSchema.parse({ teamId: small.team.id, ids: [card?.id] }))).rejects.toBeInstanceOf(NotFoundError);
    const tooMany = Array.from({ length: BOARD_CARDS_MAX + 1 }, () => card?.id);
    expect(boardCardsSchema.safeParse({ teamId: small.team.id, ids: tooMany }).success).toBe(false);
    expect(boardCardsSchema.safeParse({ teamId: small.team.id, ids: [] }).success).toBe(false);
    expect(boardCardsSchema.safeParse({ teamId: small.team.id, ids: ["x"] }).success).toBe(false);
  });
});
