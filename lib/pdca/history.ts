// Reading the PDCA lines of a card's history (ImprovementActivity.data as written by
// lib/pdca/commands.ts). Pure, so the print view and the card detail share it.

export const activityFieldPaths = [
  "plan.problemStatement",
  "plan.customerType",
  "plan.customerName",
  "plan.segmentId",
  "plan.expectation",
  "plan.kano",
  "plan.baseline",
  "plan.rootCause",
  "plan.goal",
  "plan.actions",
  "do.description",
  "do.informed",
  "do.actions",
  "check.result",
  "check.measuredResult",
  "check.sideEffects",
  "check.expectationMet",
  "check.expectationEvidence",
  "act.decision",
  "act.standardisation",
  "act.training",
  "act.monitoring",
  "act.lessonsLearned",
  "act.newCycleReason",
] as const;
export type ActivityFieldPath = (typeof activityFieldPaths)[number];

type Data = Record<string, unknown> | null;

/** The changed fields a PDCA_UPDATED line names, limited to ones we know (data is JSON). */
export function changedFields(data: Data): ActivityFieldPath[] {
  const fields = Array.isArray(data?.fields) ? (data.fields as unknown[]) : [];
  return fields.filter((field): field is ActivityFieldPath => (activityFieldPaths as readonly unknown[]).includes(field));
}

export function dataText(data: Data, key: string): string {
  const value = data?.[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}
