import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { missingForStage } from "./gates";
import { getPdcaChecklist, listPdcaProgress } from "./queries";

beforeAll(async () => {
  await seedDemo(db);
});

async function demoActor(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error(`no demo actor ${email}`);
  return actor;
}

describe("the demo PDCA checklists", () => {
  it("fill every improvement in Plan … Geborgd to match its stage: every card past Plan passes its gates", async () => {
    const admin = await demoActor("admin@demo.nl");
    const cards = await db.improvement.findMany({
      where: { status: "ACTIVE", column: { stage: { in: ["PLAN", "DO", "CHECK", "ACT", "DONE"] } } },
      select: { id: true, title: true, column: { select: { stage: true } } },
    });
    expect(cards.length).toBeGreaterThan(10);
    let refusedInPlan = 0;
    for (const card of cards) {
      const { current } = await getPdcaChecklist(admin, card.id);
      expect(current.id, card.title).not.toBeNull();
      const stage = card.column.stage;
      if (stage === "PLAN") {
        if (missingForStage("DO", current).length > 0) refusedInPlan += 1;
      } else {
        expect(missingForStage(stage, current), `${card.title} in ${stage}`).toEqual([]);
      }
      if (stage === "DONE") expect(current.act.decision).toBe("STANDARDISE");
    }
    // At least one card in Plan cannot go to Do yet: the gate can be seen at work.
    expect(refusedInPlan).toBeGreaterThan(0);
  });

  it("record customer expectations across several segments and all three Kano categories", async () => {
    const cycles = await db.pdcaCycle.findMany({ where: { expectation: { not: null } }, select: { kano: true, segmentId: true, customerType: true } });
    expect(new Set(cycles.map((cycle) => cycle.kano))).toEqual(new Set(["BASIC", "PERFORMANCE", "EXCITEMENT"]));
    expect(new Set(cycles.map((cycle) => cycle.segmentId)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(cycles.map((cycle) => cycle.customerType))).toEqual(new Set(["INTERNAL", "EXTERNAL"]));
  });

  it("includes a card that went through a failed cycle, and overdue actions on the board", async () => {
    expect(await db.pdcaCycle.count({ where: { closedAt: { not: null }, checkResult: "NOT_ACHIEVED", actDecision: "NEW_CYCLE" } })).toBeGreaterThan(0);
    const admin = await demoActor("admin@demo.nl");
    const progressOf = async (slug: string) => {
      const team = await db.team.findFirstOrThrow({ where: { slug }, select: { id: true } });
      return Object.values(await listPdcaProgress(admin, team.id));
    };
    expect((await progressOf("klantenservice")).some((entry) => entry.overdueActions > 0)).toBe(true);
    expect((await progressOf("logistiek")).some((entry) => entry.cycle === 2)).toBe(true);
  });

  it("tells each card's story in order: every section is filled in before the card moved on", async () => {
    const order = ["PLAN", "DO", "CHECK", "ACT", "DONE"];
    const cards = await db.improvement.findMany({
      where: { pdcaCycles: { some: {} } },
      select: { title: true, activities: { select: { kind: true, data: true, createdAt: true }, orderBy: { createdAt: "asc" } } },
    });
    for (const card of cards) {
      const stageOf = (column: unknown) => ({ Plan: "PLAN", Do: "DO", Check: "CHECK", Act: "ACT", Geborgd: "DONE" })[String(column)] ?? "IDEA";
      let cycle = 1;
      for (const [index, entry] of card.activities.entries()) {
        const data = (entry.data ?? {}) as Record<string, unknown>;
        if (entry.kind === "PDCA_CYCLE_STARTED") {
          cycle = Number(data.cycle);
          // Nothing of the closed cycle is changed after the next one started.
          const later = card.activities.slice(index).filter((line) => line.kind === "PDCA_UPDATED" && Number((line.data as Record<string, unknown>).cycle) < cycle);
          expect(later, `${card.title}: closed cycle changed later`).toEqual([]);
        }
        if (entry.kind !== "MOVED") continue;
        const to = stageOf(data.toColumn);
        if (order.indexOf(to) < order.indexOf("DO")) continue;
        // Moving into a stage needs the earlier sections of this cycle, logged before the move.
        const before = card.activities.slice(0, index).filter((line) => line.kind === "PDCA_UPDATED" && Number((line.data as Record<string, unknown>).cycle) === cycle);
        const sections = new Set(before.flatMap((line) => ((line.data as { fields: string[] }).fields ?? []).map((field) => field.split(".")[0])));
        expect(sections.has("plan"), `${card.title}: plan before ${to}`).toBe(true);
        if (to === "DONE") expect(sections.has("act"), `${card.title}: act before Geborgd`).toBe(true);
      }
    }
  });
});
