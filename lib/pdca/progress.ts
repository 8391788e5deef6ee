import type { ActDecision, ExpectationMet } from "@/lib/db/generated/enums";
import type { PdcaCycleDto, PdcaProgress, SectionState } from "./types";

// A card's PDCA progress at a glance. "Complete" asks more than the stage gates do: the gates
// hold the minimum for a move, the badge shows whether a section is really done.

export const factFields = [
  "problemStatement",
  "customerType",
  "customerName",
  "expectation",
  "kano",
  "baseline",
  "rootCause",
  "goal",
  "doDescription",
  "informed",
  "checkResult",
  "measuredResult",
  "sideEffects",
  "expectationEvidence",
  "standardisation",
  "training",
  "monitoring",
  "lessonsLearned",
  "newCycleReason",
] as const;
export type FactField = (typeof factFields)[number];

/**
 * Which fields of a cycle are filled in, and its action counts: all the badge needs. The board
 * reads these as booleans straight from SQL, so a large board never loads the checklist texts.
 */
export type ProgressFacts = {
  number: number;
  filled: Record<FactField, boolean>;
  expectationMet: ExpectationMet | null;
  actDecision: ActDecision | null;
  /** `incomplete`: planned actions still without an owner or a due date. */
  actions: { total: number; done: number; overdue: number; incomplete: number };
};

export type ProgressCycle = Pick<PdcaCycleDto, "number" | "do" | "check" | "act"> & {
  plan: Omit<PdcaCycleDto["plan"], "segment" | "actions">;
  actions: { dueDate: string | null; done: boolean; owner: { id: string } | null }[];
};

const filled = (value: string | null | undefined | unknown[]) =>
  Array.isArray(value) ? value.length > 0 : typeof value === "string" && value.trim() !== "";

/** The facts of a loaded cycle; `today` is the local date ("YYYY-MM-DD"), due today is not overdue. */
export function progressFacts(cycle: ProgressCycle, today: string): ProgressFacts {
  const { plan, check, act, actions } = cycle;
  return {
    number: cycle.number,
    filled: {
      problemStatement: filled(plan.problemStatement),
      customerType: plan.customerType !== null,
      customerName: filled(plan.customerName),
      expectation: filled(plan.expectation),
      kano: plan.kano !== null,
      baseline: filled(plan.baseline),
      rootCause: filled(plan.rootCause),
      goal: filled(plan.goal),
      doDescription: filled(cycle.do.description),
      informed: filled(cycle.do.informed),
      checkResult: check.result !== null,
      measuredResult: filled(check.measuredResult),
      sideEffects: filled(check.sideEffects),
      expectationEvidence: filled(check.expectationEvidence),
      standardisation: filled(act.standardisation),
      training: filled(act.training),
      monitoring: filled(act.monitoring),
      lessonsLearned: filled(act.lessonsLearned),
      newCycleReason: filled(act.newCycleReason),
    },
    expectationMet: check.expectationMet,
    actDecision: act.decision,
    actions: {
      total: actions.length,
      done: actions.filter((action) => action.done).length,
      overdue: actions.filter((action) => !action.done && action.dueDate !== null && action.dueDate < today).length,
      incomplete: actions.filter((action) => action.owner === null || action.dueDate === null).length,
    },
  };
}

function section(required: boolean[], touched: boolean): SectionState {
  if (required.every(Boolean)) return "complete";
  return touched ? "started" : "empty";
}

export function pdcaProgress(facts: ProgressFacts | null): PdcaProgress {
  if (!facts) {
    return { cycle: 1, sections: { plan: "empty", do: "empty", check: "empty", act: "empty" }, openActions: 0, overdueActions: 0 };
  }
  const f = facts.filled;
  const { total, done, overdue, incomplete } = facts.actions;
  // Planned actions count once each has someone who does it and a date it is done by.
  const planParts = [f.problemStatement, f.customerType, f.customerName, f.expectation, f.kano, f.baseline, f.rootCause, f.goal, total > 0 && incomplete === 0];
  const checkParts = [f.checkResult, f.measuredResult, facts.expectationMet !== null, facts.expectationMet === "UNKNOWN" || f.expectationEvidence];
  const actDetail = facts.actDecision === "NEW_CYCLE" ? f.newCycleReason : f.standardisation && f.monitoring;
  return {
    cycle: facts.number,
    sections: {
      plan: section(planParts, planParts.some(Boolean)),
      do: section([f.doDescription, f.informed, done === total], f.doDescription || f.informed || done > 0),
      check: section(checkParts, f.checkResult || facts.expectationMet !== null || f.measuredResult || f.sideEffects || f.expectationEvidence),
      act: section(
        [facts.actDecision !== null, actDetail],
        facts.actDecision !== null || f.standardisation || f.training || f.monitoring || f.lessonsLearned || f.newCycleReason,
      ),
    },
    openActions: total - done,
    overdueActions: overdue,
  };
}
