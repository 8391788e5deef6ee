import { KanoCategory, Stage } from "@/lib/db/generated/enums";

// The report's choices, shared by its schemas and its client components. Kept apart from
// schemas.ts so the browser does not download zod for a few lists.

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
