import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { listSuccesses, listTeamSuccessSummaries } from "./queries";
import { successFiltersSchema } from "./schemas";

describe("the demo successes log", () => {
  it("spans a few months, links the demo boards' completed improvements and reaches a milestone", async () => {
    await seedDemo(db);
    const lead = await db.user.findUniqueOrThrow({ where: { email: "teamleider@demo.nl" }, select: { id: true } });
    const actor = await loadActor(lead.id);
    if (!actor) throw new Error("demo lead missing");

    const summaries = await listTeamSuccessSummaries(actor);
    expect(summaries.map((summary) => [summary.team.slug, summary.thisMonth > 0, summary.total >= 3])).toEqual([
      ["klantenservice", true, true],
      ["logistiek", true, true],
    ]);

    const log = await listSuccesses(actor, successFiltersSchema.parse({ team: "klantenservice" }));
    expect(log.items.some((item) => item.milestone && item.ordinal === 5)).toBe(true);
    const days = log.items.map((item) => item.achievedOn);
    expect(days).toEqual([...days].sort().reverse());
    expect((days.at(-1) ?? "") < (days[0] ?? "")).toBe(true);

    const linked = await db.successImprovement.findMany({ select: { improvement: { select: { column: { select: { stage: true } } } } } });
    expect(linked.length).toBeGreaterThanOrEqual(3);
    expect(linked.every((link) => link.improvement.column.stage === "DONE")).toBe(true);
    expect(await db.success.count({ where: { featuredAt: { not: null } } })).toBe(2);
    // Seeding hashes the demo passwords and writes every module's data: slower than a unit test.
  }, 60_000);
});
