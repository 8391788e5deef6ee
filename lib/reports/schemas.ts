import { z } from "zod";
import { KanoCategory, Stage } from "@/lib/db/generated/enums";

// The customer-expectation report's filters, as they stand in the URL (shared by the page and
// its CSV export). Anything unreadable is dropped rather than refused: a mangled link still
// opens the report.

export const reportGroupings = ["segment", "kano", "team"] as const;
export type ReportGrouping = (typeof reportGroupings)[number];

/** "Not yet known" covers both an explicit "unknown" and a Check nobody filled in yet. */
export const reportResults = ["YES", "PARTLY", "NO", "UNKNOWN"] as const;
export type ReportResult = (typeof reportResults)[number];

/** Where an improvement stands: its column's stage, or off the board. */
export const reportStages = [...Object.values(Stage), "PARKED", "REJECTED"] as const;
export type ReportStage = (typeof reportStages)[number];

export const kanoCategories = Object.values(KanoCategory);

/** The filter value for "not filled in" (no customer segment, no Kano category). */
export const NONE = "none";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const loose = <Schema extends z.ZodType>(schema: Schema) => z.preprocess(firstValue, schema.optional().catch(undefined));

export const reportFiltersSchema = z.object({
  group: z.preprocess(firstValue, z.enum(reportGroupings).catch("segment").default("segment")),
  segment: loose(z.union([z.uuid(), z.literal(NONE)])),
  kano: loose(z.union([z.enum(KanoCategory), z.literal(NONE)])),
  team: loose(z.string().trim().min(1).max(200)),
  result: loose(z.enum(reportResults)),
  stage: loose(z.enum(reportStages)),
  q: loose(z.string().trim().min(1).max(200)),
  page: loose(z.coerce.number().int().min(1).max(100_000)),
});
export type ReportFiltersInput = z.infer<typeof reportFiltersSchema>;
