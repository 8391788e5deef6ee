import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { getDailyStartPage, listDailyStartHistory } from "./queries";

async function demoActor(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error(`demo person ${email} missing`);
  return actor;
}

describe("the demo daily starts", () => {
  it("give both demo teams KPIs with 30 days of values and earlier daily starts; the demo member has one to catch up on", async () => {
    await seedDemo(db);
    const lead = await demoActor("teamleider@demo.nl");
    const member = await demoActor("medewerker@demo.nl");

    for (const slug of ["klantenservice", "logistiek"]) {
      const page = await getDailyStartPage(lead, slug);
      expect(page.kpis.length).toBeGreaterThanOrEqual(3);
      for (const kpi of page.kpis) {
        expect(kpi.trend.every((point) => point.value !== null)).toBe(true);
        expect(kpi.current?.day).toBe(page.today);
      }
      const history = await listDailyStartHistory(lead, slug);
      expect(history.entries.length).toBeGreaterThanOrEqual(5);
      expect(page.lookBack.previousDay).toBe(history.entries[0]?.day);
    }
    expect(await db.kpiValue.count({ where: { kpi: { team: { slug: "klantenservice" } } } })).toBe(4 * 30);
    // The KPIs tell a story: not everything is green.
    const statuses = new Set((await getDailyStartPage(lead, "klantenservice")).kpis.flatMap((kpi) => kpi.trend.map((point) => point.status)));
    expect(statuses).toEqual(new Set(["green", "amber", "red"]));

    const page = await getDailyStartPage(member, "klantenservice");
    expect(page.catchUp?.day).toBe((await listDailyStartHistory(member, "klantenservice")).entries[0]?.day);
    expect(page.dailyStart).toMatchObject({ startedAt: null, finishedAt: null });
    expect(page.items.map((item) => item.kind)).toEqual(["BOTTLENECK"]);
    expect((await listDailyStartHistory(member, "klantenservice")).entries.filter((entry) => entry.unread)).toHaveLength(1);
    // Seeding hashes the demo passwords and writes every module's data: slower than a unit test.
  }, 60_000);
});
