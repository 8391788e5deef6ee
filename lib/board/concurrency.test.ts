import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { moveImprovement } from "./commands";
import { compareRanks } from "./rank";
import { createBoardWorld, insertCards, type BoardWorld } from "./testing";
import { completePdcaChecklists } from "@/lib/pdca/testing";

// Many people moving cards on one board at once: no card is lost or duplicated, ranks stay
// distinct and ordered, parallel moves into one slot all land there, stale moves are refused.

// Enough connections that all 60 transactions really run side by side (the app's default is 10);
// read when the client is first used, after this line.
process.env.DATABASE_POOL_SIZE = "60";

let world: BoardWorld;
const columnId = (stage: string) => world.team.columns.find((c) => c.stage === stage)?.id ?? "";

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

beforeAll(async () => {
  world = await createBoardWorld(db);
});

describe("concurrent moves on one board", () => {
  it("keep every card exactly once, with distinct ordered ranks", async () => {
    const base = { organisationId: world.organisationId, teamId: world.team.id };
    const ideas = await insertCards(db, { ...base, columnId: columnId("IDEA") }, 10);
    const plans = await insertCards(db, { ...base, columnId: columnId("PLAN") }, 40);
    const doing = await insertCards(db, { ...base, columnId: columnId("DO") }, 30);
    // Filled-in PDCA checklists, so any card may move to any stage (gates: lib/pdca).
    await completePdcaChecklists(db, [...plans, ...doing].map((card) => card.id));
    const all = [...ideas, ...plans, ...doing];
    const [above, below] = [ideas[4], ideas[5]];
    if (!above || !below) throw new Error("set-up");

    // 20 cards into the same slot (between `above` and `below`), all at once.
    const sameSlot = plans.slice(0, 20);
    const slotMoves = sameSlot.map((card) => () =>
      moveImprovement(world.actors.lead, card.id, { columnId: columnId("IDEA"), previousId: above.id, nextId: below.id, version: 1 }),
    );

    // 40 more moves of other cards to random places, named from a (soon stale) snapshot, some
    // of the same card twice with the same version.
    const random = seededRandom(42);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const movable = [...plans.slice(20), ...doing];
    const stages = ["IDEA", "PLAN", "DO", "CHECK"];
    const snapshot = new Map<string, string[]>();
    for (const stage of stages) {
      const rows = await db.improvement.findMany({ where: { columnId: columnId(stage) }, select: { id: true }, orderBy: { rank: "asc" } });
      snapshot.set(stage, rows.map((row) => row.id));
    }
    const randomMoves = Array.from({ length: 40 }, () => {
      const card = pick(movable);
      const stage = pick(stages);
      const list = (snapshot.get(stage) ?? []).filter((id) => id !== card.id && id !== above.id && id !== below.id);
      const index = Math.floor(random() * (list.length + 1));
      return () =>
        moveImprovement(world.actors.lead, card.id, {
          columnId: columnId(stage),
          previousId: list[index - 1] ?? null,
          nextId: list[index] ?? null,
          version: 1,
        });
    });

    // Open the pool's connections first, so the burst measures moves, not connection set-up.
    await Promise.all(Array.from({ length: 60 }, () => db.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(0.05)::text`)));
    const interleaved = slotMoves.flatMap((move, index) => [move, ...randomMoves.slice(index * 2, index * 2 + 2)]);
    const results = await Promise.allSettled(interleaved.map((move) => move()));

    const failures = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    for (const failure of failures) expect(failure.reason, String((failure.reason as Error)?.message)).toBeInstanceOf(ConflictError);
    // Every same-slot move succeeded: they were all based on current versions.
    const slotResults = results.filter((_, index) => index % 3 === 0);
    expect(slotResults.every((result) => result.status === "fulfilled")).toBe(true);
    // Each randomly moved card was moved at version 1, so at most one move per card won.
    const randomWins = new Map<string, number>();
    for (const result of results) {
      if (result.status === "fulfilled") randomWins.set(result.value.id, (randomWins.get(result.value.id) ?? 0) + 1);
    }
    expect([...randomWins.values()].every((wins) => wins === 1)).toBe(true);

    const rows = await db.improvement.findMany({
      where: { teamId: world.team.id },
      select: { id: true, columnId: true, rank: true, status: true, version: true },
    });
    expect(rows).toHaveLength(all.length);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(all.map((card) => card.id)));
    expect(rows.every((row) => row.status === "ACTIVE" && row.rank !== null)).toBe(true);
    expect(rows.every((row) => row.version === 1 + (randomWins.get(row.id) ?? 0))).toBe(true);

    for (const stage of stages) {
      const inDb = await db.$queryRaw<{ id: string; rank: string }[]>`
        SELECT id, rank FROM "Improvement" WHERE "columnId" = ${columnId(stage)}::uuid ORDER BY rank`;
      const ranks = inDb.map((row) => row.rank);
      expect(new Set(ranks).size).toBe(ranks.length);
      expect([...ranks].sort(compareRanks)).toEqual(ranks);
      for (let i = 1; i < ranks.length; i += 1) expect((ranks[i - 1] as string) < (ranks[i] as string)).toBe(true);
    }

    const idea = (await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Improvement" WHERE "columnId" = ${columnId("IDEA")}::uuid ORDER BY rank`).map((row) => row.id);
    const from = idea.indexOf(above.id);
    const to = idea.indexOf(below.id);
    for (const card of sameSlot) {
      const at = idea.indexOf(card.id);
      expect(at).toBeGreaterThan(from);
      expect(at).toBeLessThan(to);
    }
  });
});
