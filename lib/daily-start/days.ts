import { timeZone } from "@/lib/i18n/config";

// A daily start belongs to a calendar day in the teams' time zone, kept as "YYYY-MM-DD": the
// stand-up at 08:30 in Amsterdam is that day's, whatever the server's clock zone.

export const DAY_MS = 86_400_000;

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day of an instant in Amsterdam. */
export function dayOf(instant: Date): string {
  return dayFormat.format(instant);
}

/** A "YYYY-MM-DD" day as Prisma stores it in a @db.Date column (midnight UTC). */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A @db.Date value back to "YYYY-MM-DD". */
export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dateToDay(new Date(dayToDate(day).getTime() + days * DAY_MS));
}

/** The `count` days ending with `last`, oldest first. */
export function daysEndingWith(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(last, index - count + 1));
}

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dayToDate(value).getTime()) && dateToDay(dayToDate(value)) === value;
}
