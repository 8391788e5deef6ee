import { z } from "zod";
import { text } from "@/lib/validation/text";
import { periods, todayInAmsterdam } from "./dates";

// Shared by the success form, the server actions and the services.

export const TITLE_MAX = 200;
export const STORY_MAX = 4_000;
export const UNIT_MAX = 60;
export const IMPROVEMENTS_MAX = 10;
export const CONTRIBUTORS_MAX = 30;
export const EFFECT_MAX = 1_000_000_000;
export const EARLIEST_DAY = "2000-01-01";

const id = z.uuid({ message: "successes.validation.unknownId" });

export { isId } from "@/lib/validation/ids";

const ids = (max: number) =>
  z
    .array(id)
    .max(max)
    .default([])
    .transform((list) => [...new Set(list)]);

/**
 * People type "−30" (a typographic minus), "-2,5" (a decimal comma) or "1.250" (a thousands
 * dot). Anything that still is no number stays a string so the schema names the field.
 */
export function parseEffectValue(raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return raw;
  if (typeof raw !== "string") return raw;
  let text = raw.trim().replace(/[\u2212\u2012\u2013\u2014]/g, "-").replace(/[\s\u00a0\u202f]/g, "");
  if (text === "") return null;
  if (text.startsWith("+")) text = text.slice(1);
  if (text.includes(",")) text = text.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, "");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return raw;
  return Number(text);
}

const effectValue = z.preprocess(
  parseEffectValue,
  z
    .number({ message: "validation.number" })
    .min(-EFFECT_MAX)
    .max(EFFECT_MAX)
    .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, { message: "successes.validation.effectDecimals" })
    .nullable(),
);

const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

// The range checks run only on a well-formed day, so a typo gets one message, not three.
const isDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day);
const achievedOn = z.iso
  .date({ message: "validation.date" })
  .refine((day) => !isDay(day) || day >= EARLIEST_DAY, { message: "successes.validation.dateTooEarly" })
  .refine((day) => !isDay(day) || day <= todayInAmsterdam(), { message: "validation.dateInFuture" });

const successFields = {
  title: text().trim().min(1).max(TITLE_MAX),
  story: text().trim().min(1).max(STORY_MAX),
  achievedOn,
  effectValue,
  effectUnit: optionalText(UNIT_MAX),
  improvementIds: ids(IMPROVEMENTS_MAX),
  contributorIds: ids(CONTRIBUTORS_MAX),
};

// A measured effect is a value with its unit: "−30" alone or "minutes" alone means nothing.
function effectComplete(input: { effectValue: number | null; effectUnit: string | null }, context: z.RefinementCtx) {
  if (input.effectValue !== null && input.effectUnit === null) {
    context.addIssue({ code: "custom", path: ["effectUnit"], message: "successes.validation.effectUnitMissing" });
  }
  if (input.effectValue === null && input.effectUnit !== null) {
    context.addIssue({ code: "custom", path: ["effectValue"], message: "successes.validation.effectValueMissing" });
  }
}

export const createSuccessSchema = z
  .object({
    teamId: z.uuid({ message: "successes.validation.team" }),
    ...successFields,
    // Set when a customer's compliment is shared into the log (the feedback module).
    feedbackId: z
      .union([id, z.literal("")])
      .nullish()
      .transform((value) => (value ? value : null)),
  })
  .superRefine(effectComplete);
export type CreateSuccessInput = z.infer<typeof createSuccessSchema>;

export const updateSuccessSchema = z.object({ id, ...successFields }).superRefine(effectComplete);
export type UpdateSuccessInput = z.infer<typeof updateSuccessSchema>;

export const successIdSchema = z.object({ id });
export type SuccessIdInput = z.infer<typeof successIdSchema>;

export const updateSuccessFeatureSchema = z.object({ id, featured: z.boolean() });
export type UpdateSuccessFeatureInput = z.infer<typeof updateSuccessFeatureSchema>;

/**
 * The form sends the picked improvements and people as one comma-separated field each, so a
 * failed submit can hand them back with the other values and no choice is lost.
 */
export function successFormInput(values: Record<string, string>): Record<string, unknown> {
  const list = (value: string | undefined) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean);
  return { ...values, improvementIds: list(values.improvementIds), contributorIds: list(values.contributorIds) };
}

export const SUCCESSES_PER_PAGE = 10;

const firstValue = (value: unknown) => (Array.isArray(value) ? (value as unknown[])[0] : value);

// Filters come from the URL: anything malformed is dropped rather than refused, so an edited or
// outdated link still shows the log.
export const successFiltersSchema = z.object({
  team: z.preprocess(firstValue, z.string().trim().min(1).max(100).regex(/^[a-z0-9-]+$/).optional().catch(undefined)),
  period: z.preprocess(firstValue, z.enum(periods).optional().catch(undefined)),
  person: z.preprocess(firstValue, z.uuid().optional().catch(undefined)),
  effect: z.preprocess(firstValue, z.literal("1").optional().catch(undefined)).transform((value) => value === "1"),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});
export type SuccessFiltersInput = z.infer<typeof successFiltersSchema>;
