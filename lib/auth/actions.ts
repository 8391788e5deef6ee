"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { localeCookieName } from "@/lib/i18n/config";
import { defineAction, formValues, isNextControlFlow, type FormState } from "./action";
import { signIn, signOut } from "./auth";
import { isDatabaseUnavailable, toFailure } from "./failure";
import { createFirstOrganisation } from "./organisation";
import { setupOrganisationSchema, signInSchema, updateLocaleSchema } from "./schemas";
import { getTranslations } from "next-intl/server";

// Only same-site paths: an open redirect after sign-in would be a phishing aid.
function safeNextPath(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  delete values.password;
  const parsed = signInSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) {
    const failure = await toFailure(parsed.error, "signIn");
    return { ok: false, message: failure.message, fieldErrors: failure.fieldErrors, values, submittedAt: Date.now() };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNextPath(parsed.data.next),
    });
    return { ok: true };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    const t = await getTranslations("auth.login");
    if (error instanceof CredentialsSignin && error.code === "throttled") {
      return { ok: false, message: t("throttled", { minutes: 15 }), values, submittedAt: Date.now() };
    }
    // next-auth wraps what authorize() threw; a database outage must not read as a wrong password.
    const cause = (error as { cause?: { err?: unknown } }).cause?.err;
    if (error instanceof AuthError && !(cause && isDatabaseUnavailable(cause))) {
      return { ok: false, message: t("invalid"), values, submittedAt: Date.now() };
    }
    if (cause && isDatabaseUnavailable(cause)) {
      const failure = await toFailure(cause, "signIn");
      return { ok: false, message: failure.message, values, submittedAt: Date.now() };
    }
    const failure = await toFailure(error, "signIn");
    return { ok: false, message: failure.message, values, submittedAt: Date.now() };
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}

export async function setupOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  delete values.password;
  try {
    const input = setupOrganisationSchema.parse(Object.fromEntries(formData.entries()));
    await createFirstOrganisation(input);
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/" });
    return { ok: true };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    const failure = await toFailure(error, "setupOrganisation");
    return { ok: false, message: failure.message, fieldErrors: failure.fieldErrors, values, submittedAt: Date.now() };
  }
}

export const updateLocaleAction = defineAction("updateLocale", updateLocaleSchema, async (actor, { locale }) => {
  await db.user.update({ where: { id: actor.userId }, data: { locale } });
  (await cookies()).set(localeCookieName, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  revalidatePath("/", "layout");
  return { locale };
});

/** Before sign-in there is no account to store the choice in: the cookie carries it. */
export async function setGuestLocaleAction(locale: string): Promise<void> {
  const parsed = updateLocaleSchema.safeParse({ locale });
  if (!parsed.success) return;
  (await cookies()).set(localeCookieName, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  revalidatePath("/", "layout");
}
