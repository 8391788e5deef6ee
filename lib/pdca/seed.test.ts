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
    const lead = await demoActor("teamleider@demo.nl");
    const team = await db.team.findFirstOrThrow({ where: { slug: "klantenservice" }, select: { id: true } });
    const progress = Object.values(await listPdcaProgress(lead, team.id));
    expect(progress.some((entry) => entry.overdueActions > 0)).toBe(true);
    expect(progress.some((entry) => entry.cycle === 2)).toBe(true);
  });
});
