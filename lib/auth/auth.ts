import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { log } from "@/lib/log";
import { checkCredentials } from "./credentials";
import { clientAddress } from "./client-address";
import { findAccountForOidc, oidcSettings } from "./oidc";

// Surfaces as error.code in the sign-in action, so the form can say "try again later".
class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
}

const credentialsSchema = z.object({ email: z.string().max(320), password: z.string().max(1000) });

// Single sign-on is offered only when configured (OIDC_* variables); see lib/auth/oidc.ts.
const oidc = oidcSettings();
export const oidcProviderId = "oidc";

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  logger: {
    // A wrong password is an expected event, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      // A single sign-on refused by the signIn callback (no invited account) is expected too.
      if ((error as { type?: unknown }).type === "AccessDenied") return;
      log.error("auth error", { error });
    },
    warn(code) {
      log.warn("auth warning", { code });
    },
  },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await checkCredentials(parsed.data.email, parsed.data.password, clientAddress(request.headers));
        if (result.ok) return { id: result.userId };
        if (result.reason === "throttled") throw new ThrottledSignIn();
        return null;
      },
    }),
    ...(oidc
      ? [
          {
            id: oidcProviderId,
            name: oidc.name,
            type: "oidc" as const,
            issuer: oidc.issuer,
            clientId: oidc.clientId,
            clientSecret: oidc.clientSecret,
          },
        ]
      : []),
  ],
  callbacks: {
    // Single sign-on never creates accounts: only an invited, active account may use it.
    async signIn({ account, profile }) {
      if (account?.provider !== oidcProviderId) return true;
      return (await findAccountForOidc(profile)) !== null;
    },
    // The token carries only the user id; roles are read fresh from the database per request
    // (lib/auth/session.ts), so a role change or deactivation takes effect at once.
    async jwt({ token, user, account, profile }) {
      if (account?.provider === oidcProviderId) {
        // The provider's subject is not our user id: map the confirmed email to the account.
        const userId = await findAccountForOidc(profile);
        if (!userId) return null;
        token.sub = userId;
        return token;
      }
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
