import { describe, expect, it } from "vitest";
import type { Stage } from "@/lib/db/generated/enums";
import { isGated, missingForMove, missingForStage, stageOrder, type GateCycle, type GateField } from "./gates";

const complete: NonNullable<GateCycle> = {
  plan: {
    customerType: "EXTERNAL",
    customerName: "Particuliere bestellers",
    expectation: "Binnen één werkdag antwoord op een vraag per e-mail",
    kano: "PERFORMANCE",
    goal: "90% van de e-mails binnen 8 werkuren beantwoord",
  },
  check: { result: "ACHIEVED", expectationMet: "YES" },
  act: { decision: "STANDARDISE" },
};

// Each gate field, and how to make it missing (null, and where it is text, only spaces).
const removals: Record<GateField, ((cycle: NonNullable<GateCycle>) => NonNullable<GateCycle>)[]> = {
  "plan.customerType": [(c) => ({ ...c, plan: { ...c.plan, customerType: null } })],
  "plan.customerName": [(c) => ({ ...c, plan: { ...c.plan, customerName: null } }), (c) => ({ ...c, plan: { ...c.plan, customerName: "   " } })],
  "plan.expectation": [(c) => ({ ...c, plan: { ...c.plan, expectation: null } }), (c) => ({ ...c, plan: { ...c.plan, expectation: "\n\t" } })],
  "plan.kano": [(c) => ({ ...c, plan: { ...c.plan, kano: null } })],
  "plan.goal": [(c) => ({ ...c, plan: { ...c.plan, goal: null } }), (c) => ({ ...c, plan: { ...c.plan, goal: " " } })],
  "check.result": [(c) => ({ ...c, check: { ...c.check, result: null } })],
  "check.expectationMet": [(c) => ({ ...c, check: { ...c.check, expectationMet: null } })],
  "act.decision": [(c) => ({ ...c, act: { decision: null } })],
};

const planFields: GateField[] = ["plan.customerType", "plan.customerName", "plan.expectation", "plan.kano", "plan.goal"];
const doneFields: GateField[] = ["check.result", "check.expectationMet", "act.decision"];

const order = (stage: Stage) => stageOrder.indexOf(stage);

/** What the rules say a move needs (written out independently of the implementation). */
function required(from: Stage, to: Stage): GateField[] {
  if (order(to) <= order(from)) return [];
  if (to === "DONE") return [...planFields, ...doneFields];
  if (to === "DO" || to === "CHECK" || to === "ACT") return planFields;
  return [];
}

describe("stage gates: every transition × every missing field", () => {
  for (const from of stageOrder) {
    for (const to of stageOrder) {
      const needs = required(from, to);
      describe(`${from} → ${to}`, () => {
        it("lets a complete checklist through", () => {
          expect(missingForMove(from, to, complete)).toEqual([]);
        });

        it(needs.length ? `without a checklist names all ${needs.length} missing fields in order` : "needs nothing, even without a checklist", () => {
          expect(missingForMove(from, to, null).map((issue) => issue.field)).toEqual(needs);
          expect(isGated(from, to)).toBe(needs.length > 0);
        });

        for (const field of Object.keys(removals) as GateField[]) {
          const expected = needs.includes(field) ? [field] : [];
          removals[field].forEach((remove, variant) => {
            it(`with ${field} missing${variant ? " (only whitespace)" : ""} → ${expected.length ? "refused, naming it" : "allowed"}`, () => {
              expect(missingForMove(from, to, remove(complete)).map((issue) => issue.field)).toEqual(expected);
            });
          });
        }
      });
    }
  }
});

describe("stage gate messages", () => {
  it("gives every missing field a translatable message key", () => {
    const issues = missingForMove("PLAN", "DONE", null);
    expect(issues.every((issue) => issue.key.startsWith("pdca.gate.missing."))).toBe(true);
    expect(new Set(issues.map((issue) => issue.key)).size).toBe(issues.length);
  });

  it("refuses Geborgd when Act chose a new cycle, on the decision field", () => {
    const cycle = { ...complete, act: { decision: "NEW_CYCLE" as const } };
    expect(missingForMove("ACT", "DONE", cycle)).toEqual([{ field: "act.decision", key: "pdca.gate.missing.newCycleNotDone" }]);
    expect(missingForMove("ACT", "CHECK", cycle)).toEqual([]);
  });

  it("names several missing fields at once", () => {
    const cycle = { ...complete, plan: { ...complete.plan, expectation: null, kano: null } };
    expect(missingForMove("PLAN", "DO", cycle).map((issue) => issue.field)).toEqual(["plan.expectation", "plan.kano"]);
  });
});

describe("missingForStage", () => {
  it("tells what a card needs for a stage whatever stage it is in", () => {
    expect(missingForStage("DO", null).map((issue) => issue.field)).toEqual(planFields);
    expect(missingForStage("PLAN", null)).toEqual([]);
    expect(missingForStage("DONE", complete)).toEqual([]);
  });
});
