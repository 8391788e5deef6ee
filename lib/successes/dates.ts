import { timeZone } from "@/lib/i18n/config";

// Successes happen on calendar days in the teams' time zone, kept as "YYYY-MM-DD" strings: a
// success recorded at 00:30 in Amsterdam belongs to that day, not to the previous UTC day.

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in Amsterdam, as "YYYY-MM-DD". */
export function todayInAmsterdam(now = new Date()): string {
  return dayFormat.format(now);
}

/** A "YYYY-MM-DD" day as the Date Prisma stores in a @db.Date column (midnight UTC). */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A @db.Date value back to "YYYY-MM-DD". */
export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const periods = ["thisMonth", "lastMonth", "last3Months", "thisYear"] as const;
export type Period = (typeof periods)[number];

function monthStart(year: number, month: number): string {
  // Months counted from 1; Date.UTC rolls month 0 or 13 into the neighbouring year.
  return new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
}

function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The first and last day (both inclusive) of a period, seen from `today` ("YYYY-MM-DD"). */
export function periodRange(period: Period, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (period) {
    case "thisMonth":
      return { from: monthStart(year, month), to: monthEnd(year, month) };
    case "lastMonth":
      return { from: monthStart(year, month - 1), to: monthEnd(year, month - 1) };
    case "last3Months":
      return { from: monthStart(year, month - 2), to: monthEnd(year, month) };
    case "thisYear":
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}
