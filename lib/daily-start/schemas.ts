import { z } from "zod";
import { AttendanceStatus, DailyStartItemKind, DailyStartSection, KpiDirection } from "@/lib/db/generated/enums";
import { text as plainText } from "@/lib/validation/text";
import { dayOf, isDay } from "./days";
import { ITEM_TEXT_MAX, KPI_NAME_MAX, KPI_UNIT_MAX, KPI_VALUE_DAYS_BACK, KPI_VALUE_MAX } from "./limits";
import { MOOD_MAX, MOOD_MIN } from "./mood";
import { STUCK_AFTER_DAYS_MAX, STUCK_AFTER_DAYS_MIN } from "./stuck";

// Shared by the daily start's forms, its server actions and its services.

export { attendanceStatuses, ITEM_TEXT_MAX, itemKinds, KPI_NAME_MAX, KPI_UNIT_MAX, KPI_VALUE_DAYS_BACK, KPI_VALUE_MAX, kpiDirections, leadItemKinds } from "./limits";

const id = z.uuid({ message: "dailyStart.validation.unknownId" });

/**
 * People type "92,5" (a decimal comma), "1.250" (a thousands dot), "−3" (a typographic minus) or
 * "95%". Whatever still is no number stays a string, so the schema names the field.
 */
export function parseDecimal(raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return raw;
  if (typeof raw !== "string") return raw;
  let text = raw
    .trim()
    .replace(/[\u2212\u2012\u2013\u2014]/g, "-")
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/%$/, "");
  if (text === "") return null;
  if (text.startsWith("+")) text = text.slice(1);
  if (text.includes(",")) text = text.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, "");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return raw;
  return Number(text);
}

const decimal = z
  .number({ message: "validation.number" })
  .min(-KPI_VALUE_MAX)
  .max(KPI_VALUE_MAX)
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, { message: "dailyStart.validation.decimals" });

const text = plainText({ message: "validation.required" }).trim().min(1).max(ITEM_TEXT_MAX);

export const teamIdSchema = z.object({ teamId: id });
export type TeamIdInput = z.infer<typeof teamIdSchema>;

export const setSectionSchema = z.object({ teamId: id, section: z.enum(DailyStartSection) });
export type SetSectionInput = z.infer<typeof setSectionSchema>;

export const setAttendanceSchema = z.object({ teamId: id, userId: id, status: z.enum(AttendanceStatus).nullable() });
export type SetAttendanceInput = z.infer<typeof setAttendanceSchema>;

export const addItemSchema = z.object({ teamId: id, kind: z.enum(DailyStartItemKind), text });
export type AddItemInput = z.infer<typeof addItemSchema>;

export const itemIdSchema = z.object({ id });
export type ItemIdInput = z.infer<typeof itemIdSchema>;

export const checkInSchema = z.object({
  teamId: id,
  score: z.coerce.number({ message: "dailyStart.validation.mood" }).int({ message: "dailyStart.validation.mood" }).min(MOOD_MIN, { message: "dailyStart.validation.mood" }).max(MOOD_MAX, { message: "dailyStart.validation.mood" }),
});
export type CheckInInput = z.infer<typeof checkInSchema>;

export const dailyStartIdSchema = z.object({ dailyStartId: id });
export type DailyStartIdInput = z.infer<typeof dailyStartIdSchema>;

export const updateSettingsSchema = z.object({
  teamId: id,
  stuckAfterDays: z.coerce
    .number({ message: "validation.number" })
    .int({ message: "validation.integer" })
    .min(STUCK_AFTER_DAYS_MIN)
    .max(STUCK_AFTER_DAYS_MAX),
});
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;

const kpiFields = {
  name: plainText({ message: "validation.required" }).trim().min(1).max(KPI_NAME_MAX),
  unit: plainText()
    .trim()
    .max(KPI_UNIT_MAX)
    .nullish()
    .transform((value) => value ?? ""),
  target: z.preprocess(parseDecimal, decimal.nullable()),
  direction: z.enum(KpiDirection, { message: "dailyStart.validation.direction" }),
};

export const createKpiSchema = z.object({ teamId: id, ...kpiFields });
export type CreateKpiInput = z.infer<typeof createKpiSchema>;

export const updateKpiSchema = z.object({ id, ...kpiFields });
export type UpdateKpiInput = z.infer<typeof updateKpiSchema>;

export const kpiIdSchema = z.object({ id });
export type KpiIdInput = z.infer<typeof kpiIdSchema>;

/** A calendar day a value may be entered for: not in the future, not too long ago. */
export function kpiDayIssue(day: string, today = dayOf(new Date())): string | null {
  if (!isDay(day)) return "validation.date";
  if (day > today) return "validation.dateInFuture";
  const earliest = new Date(`${today}T00:00:00Z`).getTime() - KPI_VALUE_DAYS_BACK * 86_400_000;
  if (new Date(`${day}T00:00:00Z`).getTime() < earliest) return "dailyStart.validation.dayTooOld";
  return null;
}

export const enterKpiValueSchema = z
  .object({
    kpiId: id,
    day: z.string({ message: "validation.date" }).trim(),
    // Empty clears the day's value (a mistyped number can be taken back).
    value: z.preprocess(parseDecimal, decimal.nullable()),
  })
  .superRefine((input, context) => {
    const issue = kpiDayIssue(input.day);
    if (issue) context.addIssue({ code: "custom", path: ["day"], message: issue });
  });
export type EnterKpiValueInput = z.infer<typeof enterKpiValueSchema>;

export const dayParamSchema = z.string().refine(isDay);
