import { describe, expect, it } from "vitest";
import { pdcaProgress as progressOf, progressFacts, type ProgressCycle } from "./progress";

const owner = { id: "owner-1" };
const pdcaProgress = (cycle: ProgressCycle | null, today: string) => progressOf(cycle ? progressFacts(cycle, today) : null);

const empty: ProgressCycle = {
  number: 1,
  plan: { problemStatement: null, customerType: null, customerName: null, expectation: null, kano: null, baseline: null, rootCause: [], goal: null },
  do: { description: null, informed: null },
  check: { result: null, measuredResult: null, sideEffects: null, expectationMet: null, expectationEvidence: null },
  act: { decision: null, standardisation: null, training: null, monitoring: null, lessonsLearned: null, newCycleReason: null },
  actions: [],
};

const fullPlan: ProgressCycle["plan"] = {
  problemStatement: "Klanten wachten 12 minuten",
  customerType: "EXTERNAL",
  customerName: "Bellers",
  expectation: "Binnen 2 minuten geholpen",
  kano: "BASIC",
  baseline: "12 minuten",
  rootCause: ["Piek om 9 uur"],
  goal: "Onder 3 minuten",
};

describe("pdcaProgress", () => {
  it("shows an untouched checklist as empty", () => {
    expect(pdcaProgress(null, "2026-11-23").sections).toEqual({ plan: "empty", do: "empty", check: "empty", act: "empty" });
    expect(pdcaProgress(empty, "2026-11-23")).toEqual({
      cycle: 1,
      sections: { plan: "empty", do: "empty", check: "empty", act: "empty" },
      openActions: 0,
      overdueActions: 0,
    });
  });

  it("marks Plan started until every part, including a planned action, is there", () => {
    expect(pdcaProgress({ ...empty, plan: { ...empty.plan, expectation: "Snel" } }, "2026-11-23").sections.plan).toBe("started");
    expect(pdcaProgress({ ...empty, plan: fullPlan }, "2026-11-23").sections.plan).toBe("started");
    expect(pdcaProgress({ ...empty, plan: fullPlan, actions: [{ dueDate: "2026-12-01", done: false, owner }] }, "2026-11-23").sections.plan).toBe("complete");
  });

  it("counts a planned action only with an owner and a due date", () => {
    const plan = (actions: ProgressCycle["actions"]) => pdcaProgress({ ...empty, plan: fullPlan, actions }, "2026-11-23").sections.plan;
    expect(plan([{ dueDate: null, done: false, owner }])).toBe("started");
    expect(plan([{ dueDate: "2026-12-01", done: false, owner: null }])).toBe("started");
    expect(plan([{ dueDate: "2026-12-01", done: false, owner }, { dueDate: null, done: false, owner }])).toBe("started");
    expect(plan([{ dueDate: "2026-12-01", done: false, owner }, { dueDate: "2026-12-08", done: true, owner }])).toBe("complete");
  });

  it("completes Do only when every planned action is ticked off", () => {
    const cycle = { ...empty, do: { description: "Pilot", informed: "Team" }, actions: [{ dueDate: null, done: true, owner: null }, { dueDate: null, done: false, owner: null }] };
    expect(pdcaProgress(cycle, "2026-11-23").sections.do).toBe("started");
    expect(pdcaProgress({ ...cycle, actions: [{ dueDate: null, done: true, owner: null }] }, "2026-11-23").sections.do).toBe("complete");
    expect(pdcaProgress({ ...empty, actions: [{ dueDate: null, done: true, owner: null }, { dueDate: null, done: false, owner: null }] }, "2026-11-23").sections.do).toBe("started");
  });

  it("asks Check for evidence unless the customer's view is not known yet", () => {
    const check = { result: "PARTLY" as const, measuredResult: "4 minuten", sideEffects: null, expectationMet: "YES" as const, expectationEvidence: null };
    expect(pdcaProgress({ ...empty, check }, "2026-11-23").sections.check).toBe("started");
    expect(pdcaProgress({ ...empty, check: { ...check, expectationMet: "UNKNOWN" } }, "2026-11-23").sections.check).toBe("complete");
    expect(pdcaProgress({ ...empty, check: { ...check, expectationEvidence: "Enquête" } }, "2026-11-23").sections.check).toBe("complete");
  });

  it("completes Act with how it is standardised and monitored, or with the reason for a new cycle", () => {
    const act = { ...empty.act, decision: "STANDARDISE" as const, standardisation: "Werkinstructie aangepast" };
    expect(pdcaProgress({ ...empty, act }, "2026-11-23").sections.act).toBe("started");
    expect(pdcaProgress({ ...empty, act: { ...act, monitoring: "Op het prestatiebord" } }, "2026-11-23").sections.act).toBe("complete");
    expect(pdcaProgress({ ...empty, act: { ...empty.act, decision: "NEW_CYCLE", newCycleReason: "Doel niet gehaald" } }, "2026-11-23").sections.act).toBe("complete");
    expect(pdcaProgress({ ...empty, act: { ...empty.act, lessonsLearned: "Eerst meten" } }, "2026-11-23").sections.act).toBe("started");
  });

  it("counts open actions past their due date as overdue, not those due today", () => {
    const actions = [
      { dueDate: "2026-11-20", done: false, owner: null },
      { dueDate: "2026-11-23", done: false, owner: null },
      { dueDate: "2026-11-01", done: true, owner: null },
      { dueDate: null, done: false, owner: null },
    ];
    expect(pdcaProgress({ ...empty, number: 2, actions }, "2026-11-23")).toMatchObject({ cycle: 2, openActions: 3, overdueActions: 1 });
  });
});
