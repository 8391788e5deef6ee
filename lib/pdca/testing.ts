// Test and benchmark data for the PDCA checklist. Not for the app itself.
import type { PrismaClient } from "@/lib/db/generated/client";

/** A cycle that passes every stage gate: customer expectation and goal, Check result, Act decision. */
export const completeCycleFields = {
  problemStatement: "Klanten wachten gemiddeld 12 minuten aan de telefoon voordat ze iemand spreken",
  customerType: "EXTERNAL",
  customerName: "Particuliere bellers",
  expectation: "Binnen 2 minuten iemand aan de lijn",
  kano: "PERFORMANCE",
  baseline: "Gemiddeld 12 minuten wachttijd (week 40)",
  rootCause: ["Piek om 9 uur", "Iedereen start tegelijk met e-mail"],
  goal: "Gemiddelde wachttijd onder 3 minuten binnen 4 weken",
  doDescription: "Twee weken pilot met een belrooster",
  informed: "Team en planning",
  checkResult: "ACHIEVED",
  measuredResult: "Gemiddeld 2,5 minuten",
  expectationMet: "YES",
  expectationEvidence: "Klanttevredenheid na gesprek gestegen",
  actDecision: "STANDARDISE",
  standardisation: "Belrooster opgenomen in de werkinstructie",
  monitoring: "Wachttijd staat dagelijks op het prestatiebord",
} as const;

/**
 * Gives each card a complete first cycle, so board tests about ranks and concurrency can move
 * cards anywhere without tripping the stage gates (which have tests of their own).
 */
export async function completePdcaChecklists(db: PrismaClient, improvementIds: readonly string[]): Promise<void> {
  const cards = await db.improvement.findMany({ where: { id: { in: [...improvementIds] } }, select: { id: true, organisationId: true } });
  await db.pdcaCycle.createMany({
    data: cards.map((card) => ({
      organisationId: card.organisationId,
      improvementId: card.id,
      number: 1,
      ...completeCycleFields,
      rootCause: [...completeCycleFields.rootCause],
    })),
    skipDuplicates: true,
  });
}
