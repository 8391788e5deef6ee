import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { resolveFeedbackFilters } from "./filters";
import { getFeedbackScores, listFeedback } from "./queries";
import { feedbackFiltersSchema } from "./schemas";

describe("the demo customer feedback", () => {
  it("gives sales weeks of scores per team, and complaints with a status, one turned into a suggestion", async () => {
    await seedDemo(db);
    const user = await db.user.findUniqueOrThrow({ where: { email: "sales@demo.nl" }, select: { id: true } });
    const sales = await loadActor(user.id);
    if (!sales) throw new Error("demo sales person missing");
    const filters = await resolveFeedbackFilters(sales, feedbackFiltersSchema.parse({}));
    const scores = await getFeedbackScores(sales, filters);
    expect(scores.overall.nps.answers).toBeGreaterThan(100);
    expect(scores.overall.nps.smallSample).toBe(false);
    expect(scores.teams.map((team) => [team.slug, team.scores.nps.answers > 30, team.scores.ces.answers > 0])).toEqual([
      ["klantenservice", true, true],
      ["logistiek", true, true],
    ]);
    expect(scores.weeks.filter((week) => week.npsAnswers > 0).length).toBeGreaterThanOrEqual(12);

    const complaints = await listFeedback(sales, { ...filters, type: "COMPLAINT" });
    expect(new Set(complaints.items.map((item) => item.status))).toEqual(new Set(["OPEN", "IN_PROGRESS", "HANDLED"]));
    expect(complaints.items.some((item) => item.improvement !== null)).toBe(true);
    expect(complaints.items.every((item) => item.canUpdate === false)).toBe(true);
  });
});
