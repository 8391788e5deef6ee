import { timeZone } from "@/lib/i18n/config";

// Feedback dates are calendar days in the teams' time zone, kept as "YYYY-MM-DD" strings: a
// complaint phoned in at 00:30 in Amsterdam belongs to that day, not to the previous UTC day.

const DAY_MS = 86_400_000;
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day of an instant in Amsterdam, as "YYYY-MM-DD". */
export function dayOf(instant: Date): string {
  return dayFormat.format(instant);
}

export function today(now = new Date()): string {
  return dayOf(now);
}

/** A "YYYY-MM-DD" day as the Date Prisma stores in a @db.Date column (midnight UTC). */
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

/** Whole days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / DAY_MS);
}

/** The Monday of the ISO week a day falls in (weeks in the Netherlands start on Monday). */
export function weekStart(day: string): string {
  const weekday = dayToDate(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Every week's Monday from the week of `from` to the week of `to`. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let week = weekStart(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}
