import { AttendanceStatus, DailyStartItemKind, KpiDirection } from "@/lib/db/generated/enums";

// Limits and choices shared by the daily start's schemas and its client components. Kept apart
// from schemas.ts so the browser does not download zod for a few numbers.

export const ITEM_TEXT_MAX = 500;
export const KPI_NAME_MAX = 80;
export const KPI_UNIT_MAX = 20;
/** Decimal(14, 2): twelve digits before the point. */
export const KPI_VALUE_MAX = 999_999_999_999.99;
/** Values may be entered (or corrected) this many days back. */
export const KPI_VALUE_DAYS_BACK = 60;

export const itemKinds = Object.values(DailyStartItemKind);
export const attendanceStatuses = Object.values(AttendanceStatus);
export const kpiDirections = Object.values(KpiDirection);
/** What the lead alone writes: the lead's own notes to the team. */
export const leadItemKinds: readonly DailyStartItemKind[] = ["ANNOUNCEMENT"];
