import type { PdcaCycleDto, PdcaProgress, SectionState } from "./types";

// A card's PDCA progress at a glance. "Complete" asks more than the stage gates do: the gates
// hold the minimum for a move, the badge shows whether a section is really done.

export type ProgressCycle = {
  number: number;
  plan: Omit<PdcaCycleDto["plan"], "segment" | "actions">;
  do: PdcaCycleDto["do"];
  check: PdcaCycleDto["check"];
  act: PdcaCycleDto["act"];
  actions: { dueDate: string | null; done: boolean }[];
};

const filled = (text: string | null | undefined) => typeof text === "string" && text.trim() !== "";

function section(required: boolean[], touched: boolean): SectionState {
  if (required.every(Boolean)) return "complete";
  return touched ? "started" : "empty";
}

/** `today` is the local date ("YYYY-MM-DD"): an action due today is not overdue yet. */
export function pdcaProgress(cycle: ProgressCycle | null, today: string): PdcaProgress {
  if (!cycle) {
    return { cycle: 1, sections: { plan: "empty", do: "empty", check: "empty", act: "empty" }, openActions: 0, overdueActions: 0 };
  }
  const { plan, check, act, actions } = cycle;
  const open = actions.filter((action) => !action.done);

  const planParts = [
    filled(plan.problemStatement),
    plan.customerType !== null,
    filled(plan.customerName),
    filled(plan.expectation),
    plan.kano !== null,
    filled(plan.baseline),
    plan.rootCause.length > 0,
    filled(plan.goal),
    actions.length > 0,
  ];
  const doParts = [filled(cycle.do.description), filled(cycle.do.informed), open.length === 0];
  const checkParts = [
    check.result !== null,
    filled(check.measuredResult),
    check.expectationMet !== null,
    check.expectationMet === "UNKNOWN" || filled(check.expectationEvidence),
  ];
  const actDetail = act.decision === "NEW_CYCLE" ? filled(act.newCycleReason) : filled(act.standardisation) && filled(act.monitoring);
  const actTexts = [act.standardisation, act.training, act.monitoring, act.lessonsLearned, act.newCycleReason];

  return {
    cycle: cycle.number,
    sections: {
      plan: section(planParts, planParts.some(Boolean)),
      do: section(doParts, doParts[0] === true || doParts[1] === true || actions.some((action) => action.done)),
      check: section(checkParts, check.result !== null || check.expectationMet !== null || [check.measuredResult, check.sideEffects, check.expectationEvidence].some(filled)),
      act: section([act.decision !== null, actDetail], act.decision !== null || actTexts.some(filled)),
    },
    openActions: open.length,
    overdueActions: open.filter((action) => action.dueDate !== null && action.dueDate < today).length,
  };
}
