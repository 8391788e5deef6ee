import { WasteType } from "@/lib/db/generated/enums";

// Limits and choices shared by the board's schemas and its client components. Kept apart from
// schemas.ts so the browser does not download zod for a few numbers.

export const TITLE_MAX = 200;
export const TEXT_MAX = 4_000;
export const REASON_MAX = 1_000;
export const COMMENT_MAX = 4_000;
export const OWNERS_MAX = 10;

export const wasteTypes = Object.values(WasteType);
export const ageFilters = ["7", "30", "90"] as const;
