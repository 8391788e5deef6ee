import "server-only";
import { db } from "@/lib/db/client";
import type { CheckResult, ExpectationMet } from "@/lib/db/generated/enums";

export type PdcaOutcome = {
  problemStatement: string | null;
  customerName: string | null;
  expectation: string | null;
  goal: string | null;
  checkResult: CheckResult | null;
  measuredResult: string | null;
  expectationMet: ExpectationMet | null;
  standardisation: string | null;
  /** People who owned planned actions: they get thanked too. */
  actionOwnerIds: string[];
};

/**
 * Seam to the PDCA module: what the improvement's current cycle says about its outcome, read
 * straight from its table because lib/pdca offers no query for it yet. Replace the body with
 * lib/pdca's read function when it lands; callers only depend on PdcaOutcome.
 */
export async function readPdcaOutcome(organisationId: string, improvementId: string): Promise<PdcaOutcome | null> {
  const cycle = await db.pdcaCycle.findFirst({
    where: { improvementId, organisationId },
    orderBy: { number: "desc" },
    select: {
      problemStatement: true,
      customerName: true,
      expectation: true,
      goal: true,
      checkResult: true,
      measuredResult: true,
      expectationMet: true,
      standardisation: true,
      actions: { select: { ownerId: true }, orderBy: { position: "asc" } },
    },
  });
  if (!cycle) return null;
  const { actions, ...outcome } = cycle;
  return { ...outcome, actionOwnerIds: actions.flatMap((action) => (action.ownerId ? [action.ownerId] : [])) };
}
