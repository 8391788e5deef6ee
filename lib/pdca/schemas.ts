import { z } from "zod";
import { ActDecision, CheckResult, CustomerType, ExpectationMet, KanoCategory } from "@/lib/db/generated/enums";
import { text } from "@/lib/validation/text";

// Shared by the checklist form, the server actions, the JSON API and the services. Field paths
// ("plan.expectation") are the same everywhere: in the form's input names, in validation errors
// and in the stage gates' refusals, so a message always lands next to its field.

import { ACTION_MAX, ACTIONS_MAX, CUSTOMER_NAME_MAX, LONG_TEXT_MAX, PROBLEM_MAX, SHORT_TEXT_MAX, TEXT_MAX, WHY_MAX, WHYS } from "./limits";

export * from "./limits";

// Form fields arrive as "" when left empty; the API may send null or leave them out.
const optionalText = (max: number) =>
  // No message on the string itself: in zod 4 it would replace the "too long" message too.
  text()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

const optionalChoice = <Values extends Record<string, string>>(values: Values) =>
  z
    .union([z.enum(values), z.literal("")])
    .nullish()
    .transform((value) => (value ? value : null));

const optionalId = (message: string) =>
  z
    .union([z.uuid({ message }), z.literal("")])
    .nullish()
    .transform((value) => (value ? value : null));

const optionalDate = z
  .union([z.iso.date({ message: "validation.date" }), z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

// A checkbox sends "on" when ticked and nothing when not; the API sends a boolean.
const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .nullish()
  .transform((value) => value === true || value === "on" || value === "true");

export const pdcaActionSchema = z
  .object({
    id: optionalId("pdca.validation.unknownAction"),
    description: optionalText(ACTION_MAX),
    ownerId: optionalId("pdca.validation.unknownOwner"),
    dueDate: optionalDate,
    done: checkbox,
  })
  .superRefine((row, context) => {
    if (!row.description && (row.ownerId || row.dueDate || row.done || row.id)) {
      context.addIssue({ code: "custom", path: ["description"], message: "pdca.validation.actionDescription" });
    }
  });

export const planSectionSchema = z.object({
  problemStatement: optionalText(PROBLEM_MAX),
  customerType: optionalChoice(CustomerType),
  customerName: optionalText(CUSTOMER_NAME_MAX),
  segmentId: optionalId("pdca.validation.unknownSegment"),
  expectation: optionalText(TEXT_MAX),
  kano: optionalChoice(KanoCategory),
  baseline: optionalText(TEXT_MAX),
  // The five whys, each its own field; empty answers are dropped after validation, so an error
  // still names the field it belongs to.
  rootCause: z
    .array(optionalText(WHY_MAX))
    .max(WHYS)
    .nullish()
    .transform((list) => (list ?? []).filter((why): why is string => why !== null)),
  goal: optionalText(TEXT_MAX),
  // Rows left completely empty (an added line nobody filled in) are dropped.
  actions: z
    .array(pdcaActionSchema)
    .max(ACTIONS_MAX)
    .nullish()
    .transform((rows) => (rows ?? []).filter((row): row is typeof row & { description: string } => row.description !== null)),
});

export const doSectionSchema = z.object({
  description: optionalText(LONG_TEXT_MAX),
  informed: optionalText(SHORT_TEXT_MAX),
});

export const checkSectionSchema = z.object({
  result: optionalChoice(CheckResult),
  measuredResult: optionalText(TEXT_MAX),
  sideEffects: optionalText(TEXT_MAX),
  expectationMet: optionalChoice(ExpectationMet),
  expectationEvidence: optionalText(TEXT_MAX),
});

export const actSectionSchema = z.object({
  decision: optionalChoice(ActDecision),
  standardisation: optionalText(TEXT_MAX),
  training: optionalText(SHORT_TEXT_MAX),
  monitoring: optionalText(SHORT_TEXT_MAX),
  lessonsLearned: optionalText(TEXT_MAX),
  newCycleReason: optionalText(SHORT_TEXT_MAX),
});

const cycleNumber = z.coerce.number({ message: "pdca.validation.cycle" }).int({ message: "pdca.validation.cycle" }).min(1, { message: "pdca.validation.cycle" });
const cycleVersion = z.coerce.number({ message: "pdca.validation.version" }).int({ message: "pdca.validation.version" }).min(0, { message: "pdca.validation.version" });

/**
 * A change to the current cycle. A section left out stays as it is; a section sent replaces
 * all of its fields (the form always sends every section).
 */
export const updatePdcaCycleSchema = z.object({
  cycle: cycleNumber,
  version: cycleVersion,
  plan: planSectionSchema.optional(),
  do: doSectionSchema.optional(),
  check: checkSectionSchema.optional(),
  act: actSectionSchema.optional(),
});
export type UpdatePdcaCycleInput = z.infer<typeof updatePdcaCycleSchema>;

export const startPdcaCycleSchema = z.object({ cycle: cycleNumber, version: cycleVersion });
export type StartPdcaCycleInput = z.infer<typeof startPdcaCycleSchema>;

export const improvementIdSchema = z.uuid({ message: "pdca.validation.unknownImprovement" });
