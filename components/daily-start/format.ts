// Days travel as "YYYY-MM-DD"; noon UTC is the same calendar day in every European time zone.
export function dayAsDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** A KPI value's number alone, for showing its unit in smaller type beside it. */
export function formatKpiNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A KPI value as people write it: "92,5 %" in Dutch, "92.5 %" in English. */
export function formatKpiValue(locale: string, value: number, unit: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}
