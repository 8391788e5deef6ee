import "server-only";
import type { Transaction } from "@/lib/db/client";
import { ExpectedError, type FieldIssues } from "@/lib/errors";
import { isGated, missingForMove, type GateCycle, type GateIssue } from "./gates";

export type Stage = "IDEA" | "PLAN" | "DO" | "CHECK" | "ACT" | "DONE";

/** A refused move: code "gate" (HTTP 422), one field issue per missing checklist field. */
export class StageGateError extends ExpectedError {
  constructor(
    readonly toStage: Stage,
    readonly missing: GateIssue[],
  ) {
    const fieldIssues: FieldIssues = {};
    for (const issue of missing) (fieldIssues[issue.field] ??= []).push({ key: issue.key });
    super("gate", "pdca.gate.refused", { stage: toStage, count: missing.length }, fieldIssues);
    this.name = "StageGateError";
  }
}

/** The current (highest-numbered) cycle as the gates read it; null before the checklist was started. */
export async function loadGateCycle(tx: Transaction, improvement: { id: string; organisationId: string }): Promise<GateCycle> {
  const cycle = await tx.pdcaCycle.findFirst({
    where: { improvementId: improvement.id, organisationId: improvement.organisationId },
    orderBy: { number: "desc" },
    select: {
      customerType: true,
      customerName: true,
      expectation: true,
      kano: true,
      goal: true,
      checkResult: true,
      expectationMet: true,
      actDecision: true,
    },
  });
  if (!cycle) return null;
  return {
    plan: {
      customerType: cycle.customerType,
      customerName: cycle.customerName,
      expectation: cycle.expectation,
      kano: cycle.kano,
      goal: cycle.goal,
    },
    check: { result: cycle.checkResult, expectationMet: cycle.expectationMet },
    act: { decision: cycle.actDecision },
  };
}

/**
 * The PDCA stage gates, asked by every move path (drag, "Move to…", API) inside the move's
 * transaction, so a refused move changes nothing. Throws a StageGateError naming the missing
 * checklist fields when the improvement may not enter `toStage`.
 */
export async function assertStageGate(
  tx: Transaction,
  improvement: { id: string; organisationId: string },
  fromStage: Stage,
  toStage: Stage,
): Promise<void> {
  if (!isGated(fromStage, toStage)) return;
  const missing = missingForMove(fromStage, toStage, await loadGateCycle(tx, improvement));
  if (missing.length > 0) throw new StageGateError(toStage, missing);
}
