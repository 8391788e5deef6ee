export const locales = ["nl", "en"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "nl";
export const localeCookieName = "NEXT_LOCALE";
// Teams using the product work in the Netherlands; dates are shown in their time zone.
export const timeZone = "Europe/Amsterdam";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
