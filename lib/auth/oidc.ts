import { z } from "zod";
import { db } from "@/lib/db/client";
import { normaliseEmail } from "./credentials";

// Optional single sign-on through any OpenID Connect provider, configured by environment
// variables (README). Read straight from process.env: the next-auth configuration is built when
// its module loads, which `next build` does without the runtime variables env() insists on.

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; name: string };

const oidcEnvSchema = z.object({
  OIDC_ISSUER: z.url(),
  OIDC_CLIENT_ID: z.string().min(1),
  OIDC_CLIENT_SECRET: z.string().min(1),
  OIDC_NAME: z.string().trim().min(1).default("Single sign-on"),
});

/** The provider's settings, or null when single sign-on is not (completely) configured. */
export function oidcSettings(source: Record<string, string | undefined> = process.env): OidcSettings | null {
  const parsed = oidcEnvSchema.safeParse(source);
  if (!parsed.success) return null;
  return { issuer: parsed.data.OIDC_ISSUER, clientId: parsed.data.OIDC_CLIENT_ID, clientSecret: parsed.data.OIDC_CLIENT_SECRET, name: parsed.data.OIDC_NAME };
}

/**
 * The account a single sign-on profile may use: only an existing, active account with that email
 * (people join by invitation, never by signing in). The provider must not call the email
 * unverified. Returns the user id, or null to refuse.
 */
export async function findAccountForOidc(profile: { email?: unknown; email_verified?: unknown } | null | undefined): Promise<string | null> {
  const email = typeof profile?.email === "string" ? normaliseEmail(profile.email) : "";
  if (!email || profile?.email_verified === false || profile?.email_verified === "false") return null;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, deactivatedAt: true, organisationMembership: { select: { id: true } } },
  });
  if (!user || user.deactivatedAt || !user.organisationMembership) return null;
  return user.id;
}
