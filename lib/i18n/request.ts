import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { messagesFor } from "./catalogue";
import { defaultLocale, isLocale, localeCookieName, timeZone, type AppLocale } from "./config";

// The signed-in person's stored choice wins; before sign-in, the cookie the language switch
// sets; otherwise Dutch. The browser's preference is deliberately ignored: the product speaks
// Dutch unless someone chooses otherwise.
async function resolveLocale(): Promise<AppLocale> {
  const actor = await getActor().catch(() => null);
  if (actor) return actor.locale;
  const cookieLocale = (await cookies()).get(localeCookieName)?.value;
  return isLocale(cookieLocale) ? cookieLocale : defaultLocale;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: messagesFor(locale), timeZone };
});
