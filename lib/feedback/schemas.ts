import { z } from "zod";
import { text } from "@/lib/validation/text";
import { ComplaintStatus, FeedbackChannel, FeedbackType } from "@/lib/db/generated/enums";
import enFeedback from "@/messages/en/feedback.json";
import nlFeedback from "@/messages/nl/feedback.json";
import { addDays, dayOf, daysBetween, today } from "./dates";
import { CUSTOMER_NAME_MAX, EARLIEST_DAY, EXPECTATION_MAX, EXTERNAL_ID_MAX, INGEST_BATCH_MAX, TEXT_MAX, TITLE_MAX } from "./limits";
import { isSurveyType, scoreRanges } from "./scores";

// Shared by the feedback form, its server actions, the ingest API and the services.

export {
  complaintStatuses,
  CUSTOMER_NAME_MAX,
  EARLIEST_DAY,
  EXPECTATION_MAX,
  EXTERNAL_ID_MAX,
  feedbackChannels,
  feedbackTypes,
  INGEST_BATCH_MAX,
  TEXT_MAX,
  TITLE_MAX,
} from "./limits";

// Form fields arrive as "" when left empty; the API may send null or leave them out.
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

const optionalId = (message: string) =>
  z
    .union([z.uuid({ message }), z.literal("")])
    .nullish()
    .transform((value) => (value ? value : null));

const day = z.iso
  .date({ message: "validation.date" })
  .refine((value) => value <= today(), { message: "validation.dateInFuture" })
  .refine((value) => value >= EARLIEST_DAY, { message: "feedback.validation.dateTooOld" });

// A form sends "7" (or "7,0"); JSON sends 7. Anything that is not a number stays as it is and
// fails as "enter a number".
const score = z.preprocess(
  (value) => {
    if (value === null || value === undefined) return undefined;
    if (typeof value !== "string") return value;
    const text = value.trim().replace(",", ".");
    if (text === "") return undefined;
    return Number.isNaN(Number(text)) ? value : Number(text);
  },
  z.number({ message: "validation.number" }).int({ message: "validation.integer" }).optional(),
);

const rangeMessages = {
  NPS: "feedback.validation.npsRange",
  CES: "feedback.validation.cesRange",
  CSAT: "feedback.validation.csatRange",
} as const;

/** Survey answers need a score in their range; complaints, compliments and tips need text and have no score. */
function checkScoreAndText(input: { type?: unknown; score?: number | undefined; text?: string | null }, context: z.RefinementCtx): void {
  if (typeof input.type !== "string") return;
  if (isSurveyType(input.type)) {
    const range = scoreRanges[input.type];
    if (input.score === undefined) context.addIssue({ code: "custom", path: ["score"], message: "feedback.validation.scoreRequired" });
    else if (input.score < range.min || input.score > range.max) {
      context.addIssue({ code: "custom", path: ["score"], message: rangeMessages[input.type] });
    }
    return;
  }
  if (!input.text) context.addIssue({ code: "custom", path: ["text"], message: "feedback.validation.textRequired" });
  if (input.score !== undefined) context.addIssue({ code: "custom", path: ["score"], message: "feedback.validation.noScore" });
}

export const createFeedbackSchema = z
  .object({
    type: z.enum(FeedbackType),
    receivedOn: day,
    channel: z.enum(FeedbackChannel),
    customerName: optionalText(CUSTOMER_NAME_MAX),
    segmentId: optionalId("feedback.validation.unknownSegment"),
    teamId: optionalId("feedback.validation.unknownTeam"),
    text: optionalText(TEXT_MAX),
    score,
  })
  .superRefine(checkScoreAndText);
export type CreateFeedbackInput = z.infer<typeof createFeedbackSchema>;

export const updateComplaintStatusSchema = z.object({
  id: z.uuid({ message: "feedback.validation.unknownFeedback" }),
  status: z.enum(ComplaintStatus),
});
export type UpdateComplaintStatusInput = z.infer<typeof updateComplaintStatusSchema>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The conversion dialog's prompt ("Verwachting van {segment}: …") as a pattern matching it in
 * either language, for any segment, with or without the ellipsis.
 */
function promptPattern(template: string): RegExp {
  const parts = template
    .replace(/\s*…\s*$/, "")
    .split("{segment}")
    .map((part) => escapeRegExp(part).replace(/\s+/g, "\\s+"));
  return new RegExp(`^${parts.join("[^:\\n]{1,200}")}\\s*(?:…|\\.{3})?$`, "iu");
}

const expectationPrompts = [nlFeedback, enFeedback].map((messages) => promptPattern(messages.complaint.expectationPlaceholder));

/**
 * Text that is only the unfinished prompt (or only an ellipsis) says nothing about what the
 * customer expects; stored, it would count as a known expectation in the report and pass the
 * PDCA gate.
 */
export function isUnfinishedExpectation(text: string): boolean {
  const value = text.trim();
  return /^[\s.…]*$/u.test(value) || expectationPrompts.some((pattern) => pattern.test(value));
}

export const convertComplaintSchema = z.object({
  feedbackId: z.uuid({ message: "feedback.validation.unknownFeedback" }),
  teamId: z.uuid({ message: "feedback.validation.unknownTeam" }),
  title: text({ message: "validation.required" }).trim().min(1).max(TITLE_MAX),
  problem: optionalText(TEXT_MAX),
  customerExpectation: optionalText(EXPECTATION_MAX).transform((value) => (value && isUnfinishedExpectation(value) ? null : value)),
});
export type ConvertComplaintInput = z.infer<typeof convertComplaintSchema>;

// ---- Ingest API (survey tools) ----

const upperCase = (value: unknown) => (typeof value === "string" ? value.trim().toUpperCase() : value);

/** A date, or a moment (ISO 8601 with offset) that is turned into its Amsterdam day. */
const ingestDay = z.preprocess((value) => {
  if (typeof value !== "string" || !value.includes("T")) return value;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) || !z.iso.datetime({ offset: true }).safeParse(value).success
    ? value
    : dayOf(instant);
}, day.optional());

export const ingestResponseSchema = z
  .object({
    externalId: text({ message: "validation.required" }).trim().min(1).max(EXTERNAL_ID_MAX),
    type: z.preprocess(upperCase, z.enum(FeedbackType)),
    score: z.number({ message: "validation.number" }).int({ message: "validation.integer" }).nullish().transform((value) => value ?? undefined),
    date: ingestDay,
    channel: z.preprocess(upperCase, z.enum(FeedbackChannel).optional()),
    /** The team's slug, as in its address (/teams/<slug>/board). */
    team: text().trim().min(1).max(200).nullish().transform((value) => value ?? null),
    /** The customer segment's name, as the organisation spelled it. */
    segment: text().trim().min(1).max(200).nullish().transform((value) => value ?? null),
    customerName: optionalText(CUSTOMER_NAME_MAX),
    text: optionalText(TEXT_MAX),
  })
  .superRefine(checkScoreAndText);
export type IngestResponseInput = z.infer<typeof ingestResponseSchema>;

export const ingestBatchSchema = z
  .object({ responses: z.array(ingestResponseSchema).min(1).max(INGEST_BATCH_MAX) })
  .superRefine((input, context) => {
    const seen = new Set<string>();
    input.responses.forEach((response, index) => {
      if (seen.has(response.externalId)) {
        context.addIssue({ code: "custom", path: ["responses", index, "externalId"], message: "feedback.validation.duplicateExternalId" });
      }
      seen.add(response.externalId);
    });
  });

export type IngestBody = { responses: IngestResponseInput[]; batch: boolean };

/** One response, or `{ responses: [...] }` for a batch; field paths follow the shape sent. */
export const ingestBodySchema = {
  parse(raw: unknown): IngestBody {
    if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && "responses" in raw) {
      return { responses: ingestBatchSchema.parse(raw).responses, batch: true };
    }
    return { responses: [ingestResponseSchema.parse(raw)], batch: false };
  },
};

// ---- Filters (the URL of /feedback and its CSV export) ----

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const loose = <Schema extends z.ZodType>(schema: Schema) => z.preprocess(firstValue, schema.optional().catch(undefined));

/** The longest period the feedback page shows at once (three years): its trend has a row per week. */
export const PERIOD_MAX_DAYS = 3 * 365 + 1;

/**
 * Keeps the URL's period within what the page can show: days from EARLIEST_DAY up to today
 * (there is no feedback outside them), at most PERIOD_MAX_DAYS long; a longer period keeps its
 * end and starts later. A back-to-front period stays back to front (the filters turn it around
 * and say so); a missing `to` means today.
 */
export function boundFeedbackPeriod(period: { from?: string; to?: string }, now = today()): { from?: string; to?: string } {
  const clamp = (day?: string) => (day === undefined ? undefined : day < EARLIEST_DAY ? EARLIEST_DAY : day > now ? now : day);
  let from = clamp(period.from);
  let to = clamp(period.to);
  const end = to ?? now;
  if (from !== undefined) {
    const inOrder = from <= end;
    const [start, finish] = inOrder ? [from, end] : [end, from];
    if (daysBetween(start, finish) >= PERIOD_MAX_DAYS) {
      const earliest = addDays(finish, -(PERIOD_MAX_DAYS - 1));
      if (inOrder) from = earliest;
      else to = earliest;
    }
  }
  return { from, to };
}

/**
 * The list's and the scores' filters as they stand in the URL. Anything unreadable is dropped
 * rather than refused, so a mangled link still opens the page; a period too long is shortened.
 */
export const feedbackFiltersSchema = z
  .object({
    type: loose(z.enum(FeedbackType)),
    team: loose(text().trim().min(1).max(200)),
    segment: loose(z.uuid()),
    status: loose(z.enum(ComplaintStatus)),
    from: loose(z.iso.date()),
    to: loose(z.iso.date()),
    q: loose(text().trim().min(1).max(200)),
    page: loose(z.coerce.number().int().min(1).max(100_000)),
  })
  .transform((filters) => ({ ...filters, ...boundFeedbackPeriod(filters) }));
export type FeedbackFiltersInput = z.infer<typeof feedbackFiltersSchema>;
