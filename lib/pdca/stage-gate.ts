import "server-only";
import type { Transaction } from "@/lib/db/client";

export type Stage = "IDEA" | "PLAN" | "DO" | "CHECK" | "ACT" | "DONE";

/**
 * The PDCA stage gates, asked by every move path (drag, "Move to…", API) inside the move's
 * transaction. Throws a StageGateError (an ExpectedError with code "gate", status 422, naming
 * the missing fields) when the improvement may not enter `toStage`.
 *
 * Placeholder until the PDCA module lands: every move passes.
 */
export async function assertStageGate(
  _tx: Transaction,
  _improvement: { id: string; organisationId: string },
  _fromStage: Stage,
  _toStage: Stage,
): Promise<void> {}
