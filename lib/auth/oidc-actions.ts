"use server";

import { oidcProviderId, signIn } from "./auth";
import { oidcSettings } from "./oidc";

// Only same-site paths after sign-in (an open redirect would be a phishing aid).
function safeNextPath(next: FormDataEntryValue | null): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/** Sends the person to the configured single sign-on provider; next-auth redirects (throws). */
export async function signInWithOidcAction(formData: FormData): Promise<void> {
  if (!oidcSettings()) return;
  await signIn(oidcProviderId, { redirectTo: safeNextPath(formData.get("next")) });
}
