import { beforeAll, describe, expect, it } from "vitest";
import type { TestWorld } from "@/lib/auth/testing/world";
import { db } from "@/lib/db/client";
import type { ExpectationMet, KanoCategory } from "@/lib/db/generated/enums";
import { createFeedbackWorld, insertFeedback } from "@/lib/feedback/testing";
import { createSegment } from "@/lib/segments/segments";
import { cellKey, getCoverage, listCustomerExpectations, resolveReportFilters } from "./queries";
import { reportFiltersSchema } from "./schemas";

let world: TestWorld;
let particulier: string;
let zakelijk: string;
let webshop: string;

type Expectation = {
  teamId: string;
  title: string;
  expectation: string | null;
  segmentId?: string | null;
  kano?: KanoCategory | null;
  met?: ExpectationMet | null;
  stage?: "IDEA" | "PLAN" | "DO" | "CHECK" | "ACT" | "DONE";
  status?: "ACTIVE" | "PARKED";
  cycles?: number;
  organisationId?: string;
};

async function addExpectation(item: Expectation): Promise<string> {
  const organisationId = item.organisationId ?? world.organisationId;
  const column = await db.column.findFirstOrThrow({ where: { teamId: item.teamId, stage: item.stage ?? "PLAN" }, select: { id: true } });
  const improvement = await db.improvement.create({
    data: {
      organisationId,
      teamId: item.teamId,
      columnId: column.id,
      rank: item.status === "PARKED" ? null : `a${Math.random().toString(36).slice(2, 10)}`,
      status: item.status ?? "ACTIVE",
      title: item.title,
    },
    select: { id: true },
  });
  const cycles = item.cycles ?? 1;
  for (let number = 1; number <= cycles; number += 1) {
    const current = number === cycles;
    await db.pdcaCycle.create({
      data: {
        organisationId,
        improvementId: improvement.id,
        number,
        customerType: "EXTERNAL",
        segmentId: item.segmentId ?? null,
        // An earlier cycle said something else; only the current one counts.
        expectation: current ? item.expectation : `Oude verwachting ${item.title}`,
        kano: item.kano ?? null,
        expectationMet: current ? (item.met ?? null) : "NO",
        closedAt: current ? null : new Date(),
      },
    });
  }
  return improvement.id;
}

beforeAll(async () => {
  world = await createFeedbackWorld();
  particulier = (await createSegment(world.admin, { name: "Particuliere klanten" })).id;
  zakelijk = (await createSegment(world.admin, { name: "Zakelijke contractklanten" })).id;
  webshop = (await createSegment(world.admin, { name: "Webshopklanten" })).id;
  await addExpectation({ teamId: world.team.id, title: "Terugbellen binnen een uur", expectation: "Binnen een uur teruggebeld", segmentId: particulier, kano: "PERFORMANCE", met: "YES", stage: "DONE", cycles: 2 });
  await addExpectation({ teamId: world.team.id, title: "Orderbevestiging direct", expectation: "Direct een bevestiging van de bestelling", segmentId: particulier, kano: "BASIC", stage: "DO" });
  await addExpectation({ teamId: world.otherTeam.id, title: "Juiste maten leveren", expectation: "Elke levering klopt in één keer", segmentId: zakelijk, kano: "BASIC", met: "PARTLY", stage: "CHECK" });
  await addExpectation({ teamId: world.otherTeam.id, title: "Collega's op tijd de pickorders", expectation: "Pickorders vóór 8 uur klaar", segmentId: null, met: "UNKNOWN", status: "PARKED" });
  // No expectation written yet: not in the report.
  await addExpectation({ teamId: world.otherTeam.id, title: "Nog in te vullen", expectation: null, segmentId: webshop });
  await addExpectation({ teamId: world.outsiderTeam.id, organisationId: world.outsider.organisationId, title: "Geheim", expectation: "Geheime verwachting", segmentId: null });
  await insertFeedback(world.organisationId, [
    { type: "NPS", score: 10, segmentId: particulier },
    { type: "NPS", score: 3, segmentId: particulier },
    { type: "NPS", score: 9, segmentId: particulier },
    { type: "COMPLAINT", text: "Te laat", segmentId: zakelijk },
    { type: "COMPLAINT", text: "Weer te laat", segmentId: zakelijk },
  ]);
});

const report = async (actor = world.sales, raw: Record<string, string> = {}) =>
  listCustomerExpectations(actor, await resolveReportFilters(actor, reportFiltersSchema.parse(raw)));

describe("the customer-expectation report", () => {
  it("lists every team's current expectations, grouped by segment, for sales", async () => {
    const page = await report();
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => [row.segment?.name ?? null, row.expectation])).toEqual([
      ["Particuliere klanten", "Direct een bevestiging van de bestelling"],
      ["Particuliere klanten", "Binnen een uur teruggebeld"],
      ["Zakelijke contractklanten", "Elke levering klopt in één keer"],
      [null, "Pickorders vóór 8 uur klaar"],
    ]);
    const done = page.rows.find((row) => row.improvement.title === "Terugbellen binnen een uur");
    expect(done).toMatchObject({ result: "YES", stage: "DONE", kano: "PERFORMANCE", team: { id: world.team.id } });
    expect(page.rows.find((row) => row.improvement.title === "Orderbevestiging direct")?.result).toBe("UNKNOWN");
    expect(page.rows.find((row) => row.improvement.title.startsWith("Collega"))?.stage).toBe("PARKED");
  });

  it("groups by Kano category or team, filters and searches", async () => {
    expect((await report(world.admin, { group: "kano" })).rows.map((row) => row.kano)).toEqual(["BASIC", "BASIC", "PERFORMANCE", null]);
    expect((await report(world.lead, { group: "team", team: world.otherTeam.slug })).rows.map((row) => row.improvement.title)).toHaveLength(2);
    expect((await report(world.sales, { kano: "BASIC", result: "UNKNOWN" })).rows.map((row) => row.improvement.title)).toEqual(["Orderbevestiging direct"]);
    expect((await report(world.sales, { segment: "none" })).total).toBe(1);
    expect((await report(world.sales, { stage: "PARKED" })).total).toBe(1);
    expect((await report(world.sales, { q: "LEVERING" })).rows.map((row) => row.improvement.title)).toEqual(["Juiste maten leveren"]);
    // A made-up filter value is dropped, not an error.
    expect((await report(world.sales, { kano: "SUPER", group: "kleur" })).total).toBe(4);
  });

  it("is for sales, admins and team leads only; another organisation sees none of it", async () => {
    await expect(report(world.member)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getCoverage(world.member)).rejects.toMatchObject({ code: "forbidden" });
    const outsider = await report(world.outsider);
    expect(outsider.rows.map((row) => row.expectation)).toEqual(["Geheime verwachting"]);
  });

  it("shows coverage per team and segment, with the gaps, and each segment's feedback", async () => {
    const coverage = await getCoverage(world.sales);
    expect(coverage.segments.map((segment) => segment?.name ?? null)).toEqual(["Particuliere klanten", "Webshopklanten", "Zakelijke contractklanten", null]);
    expect(coverage.cells[cellKey(world.team.id, particulier)]).toBe(2);
    expect(coverage.cells[cellKey(world.otherTeam.id, zakelijk)]).toBe(1);
    expect(coverage.cells[cellKey(world.otherTeam.id, null)]).toBe(1);
    // Nobody knows what web shop customers expect: an empty column.
    expect(coverage.teams.every((team) => !coverage.cells[cellKey(team.id, webshop)])).toBe(true);
    expect(coverage.teamTotals).toEqual({ [world.team.id]: 2, [world.otherTeam.id]: 2 });

    const bySegment = (id: string | null) => coverage.summaries.find((summary) => (summary.segment?.id ?? null) === id);
    expect(bySegment(particulier)).toMatchObject({ expectations: { total: 2, met: 1, open: 1 }, nps: { answers: 3, score: 33 }, complaints: 0 });
    expect(bySegment(zakelijk)).toMatchObject({ expectations: { total: 1, partly: 1, open: 0 }, nps: { answers: 0, score: null }, complaints: 2 });
    expect(bySegment(webshop)).toMatchObject({ expectations: { total: 0 } });
  });
});
