import type { ActDecision, CheckResult, CustomerType, ExpectationMet, KanoCategory, Stage } from "@/lib/db/generated/enums";

// The PDCA stage gates as a pure function, shared by the server (which enforces them inside
// every move transaction) and the browser (which shows how far a card is from its next stage).

export const stageOrder: readonly Stage[] = ["IDEA", "PLAN", "DO", "CHECK", "ACT", "DONE"];

/** What the gates read of the current cycle; null when no checklist was started yet. */
export type GateCycle = {
  plan: {
    customerType: CustomerType | null;
    customerName: string | null;
    expectation: string | null;
    kano: KanoCategory | null;
    goal: string | null;
  };
  check: { result: CheckResult | null; expectationMet: ExpectationMet | null };
  act: { decision: ActDecision | null };
} | null;

/** Checklist fields a gate can ask for, named by their path in the checklist form. */
export const gateFields = [
  "plan.customerType",
  "plan.customerName",
  "plan.expectation",
  "plan.kano",
  "plan.goal",
  "check.result",
  "check.expectationMet",
  "act.decision",
] as const;
export type GateField = (typeof gateFields)[number];

export type GateIssue = { field: GateField; key: string };

function rank(stage: Stage): number {
  return stageOrder.indexOf(stage);
}

const filled = (text: string | null | undefined) => typeof text === "string" && text.trim() !== "";

/** The customer expectation (who, what, Kano) and the goal: what leaving Plan needs. */
function planIssues(cycle: GateCycle): GateIssue[] {
  const plan = cycle?.plan;
  const issues: GateIssue[] = [];
  if (!plan?.customerType) issues.push({ field: "plan.customerType", key: "pdca.gate.missing.customerType" });
  if (!filled(plan?.customerName)) issues.push({ field: "plan.customerName", key: "pdca.gate.missing.customerName" });
  if (!filled(plan?.expectation)) issues.push({ field: "plan.expectation", key: "pdca.gate.missing.expectation" });
  if (!plan?.kano) issues.push({ field: "plan.kano", key: "pdca.gate.missing.kano" });
  if (!filled(plan?.goal)) issues.push({ field: "plan.goal", key: "pdca.gate.missing.goal" });
  return issues;
}

/** The Check result and the Act decision: what entering Geborgd (DONE) needs. */
function doneIssues(cycle: GateCycle): GateIssue[] {
  const issues: GateIssue[] = [];
  if (!cycle?.check.result) issues.push({ field: "check.result", key: "pdca.gate.missing.checkResult" });
  if (!cycle?.check.expectationMet) issues.push({ field: "check.expectationMet", key: "pdca.gate.missing.expectationMet" });
  const decision = cycle?.act.decision;
  if (!decision) issues.push({ field: "act.decision", key: "pdca.gate.missing.actDecision" });
  // "Start a new cycle" means the improvement did not work yet: it cannot be made the standard.
  else if (decision === "NEW_CYCLE") issues.push({ field: "act.decision", key: "pdca.gate.missing.newCycleNotDone" });
  return issues;
}

/**
 * What the current cycle still lacks for a move from `from` to `to`, in checklist order; empty
 * when the move may go ahead. Only moves forward are gated: a card moved within its stage or
 * back (to redo work) never needs more than it already has, and every way forward again passes
 * the gate.
 */
export function missingForMove(from: Stage, to: Stage, cycle: GateCycle): GateIssue[] {
  if (rank(to) <= rank(from)) return [];
  const issues: GateIssue[] = [];
  if (rank(to) >= rank("DO")) issues.push(...planIssues(cycle));
  if (to === "DONE") issues.push(...doneIssues(cycle));
  return issues;
}

/** Whether a move from `from` to `to` is gated at all (so the gate can skip reading the cycle). */
export function isGated(from: Stage, to: Stage): boolean {
  return rank(to) > rank(from) && rank(to) >= rank("DO");
}

/** What the card needs before it may enter `to`, whatever stage it is in now (for hints in the UI). */
export function missingForStage(to: Stage, cycle: GateCycle): GateIssue[] {
  return missingForMove("IDEA", to, cycle);
}
