"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, isNextControlFlow, type FormState } from "@/lib/auth/action";
import { signIn } from "@/lib/auth/auth";
import { toFailure } from "@/lib/auth/failure";
import { localeCookieName } from "@/lib/i18n/config";
import { log } from "@/lib/log";
import { acceptInvite } from "./invites";
import { acceptInviteSchema } from "./schemas";

/**
 * Public (no sign-in yet): the invitee sets name, language and password; the account is created,
 * the link spent, and the person signed in on their team's board. Passwords never come back.
 */
export async function acceptInviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  delete values.password;
  delete values.passwordConfirmation;
  let accepted: Awaited<ReturnType<typeof acceptInvite>>;
  let password: string;
  try {
    const input = acceptInviteSchema.parse(Object.fromEntries(formData.entries()));
    accepted = await acceptInvite(input);
    password = input.password;
    (await cookies()).set(localeCookieName, input.locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    const failure = await toFailure(error, "settings.acceptInvite");
    return { ok: false, message: failure.message, fieldErrors: failure.fieldErrors, values, submittedAt: Date.now() };
  }
  try {
    await signIn("credentials", { email: accepted.email, password, redirectTo: accepted.landingPath });
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    // The account exists; signing in by hand still works.
    log.warn("sign-in after accepting an invite failed", { error });
  }
  redirect(`/login?invited=1&next=${encodeURIComponent(accepted.landingPath)}`);
}
