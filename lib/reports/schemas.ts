import { z } from "zod";
import { text } from "@/lib/validation/text";
import { KanoCategory } from "@/lib/db/generated/enums";
import { NONE, reportGroupings, reportResults, reportStages } from "./limits";

// The customer-expectation report's filters, as they stand in the URL (shared by the page and
// its CSV export). Anything unreadable is dropped rather than refused: a mangled link still
// opens the report.

export { kanoCategories, NONE, reportGroupings, reportResults, reportStages } from "./limits";
export type { ReportGrouping, ReportResult, ReportStage } from "./limits";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const loose = <Schema extends z.ZodType>(schema: Schema) => z.preprocess(firstValue, schema.optional().catch(undefined));

export const reportFiltersSchema = z.object({
  group: z.preprocess(firstValue, z.enum(reportGroupings).catch("segment").default("segment")),
  segment: loose(z.union([z.uuid(), z.literal(NONE)])),
  kano: loose(z.union([z.enum(KanoCategory), z.literal(NONE)])),
  team: loose(text().trim().min(1).max(200)),
  result: loose(z.enum(reportResults)),
  stage: loose(z.enum(reportStages)),
  q: loose(text().trim().min(1).max(200)),
  page: loose(z.coerce.number().int().min(1).max(100_000)),
});
export type ReportFiltersInput = z.infer<typeof reportFiltersSchema>;
