import { db } from "@/lib/db/client";
import { hitRateLimit, resetRateLimit, undoRateLimitHit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";

export const accountThrottle: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };
export const addressThrottle: RateLimitRule = { limit: 20, windowMs: 15 * 60_000 };

export type CredentialsCheck =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email + password, throttled per account and per client address. The answer never
 * says whether the account exists: unknown email, wrong password and deactivated account all
 * read "invalid".
 */
export async function checkCredentials(emailInput: string, password: string, address: string): Promise<CredentialsCheck> {
  const email = normaliseEmail(emailInput);
  const accountKey = `signin:account:${email}`;
  const addressKey = `signin:address:${address}`;

  // Count the attempt before checking the password, in one atomic statement per counter: many
  // attempts sent at once each get their own number, so no more than the limit are ever checked.
  const [account, client] = await Promise.all([hitRateLimit(accountKey, accountThrottle), hitRateLimit(addressKey, addressThrottle)]);
  const blocked = [account, client].filter((state) => state.limited);
  if (blocked.length > 0) {
    return { ok: false, reason: "throttled", retryAfterMs: Math.max(...blocked.map((state) => state.retryAfterMs)) };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, deactivatedAt: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);

  if (!user || !valid || user.deactivatedAt) return { ok: false, reason: "invalid" };
  // A successful sign-in costs nothing: the account starts afresh, and colleagues behind the same
  // address (one office, one NAT) do not use up its allowance by signing in.
  await Promise.all([resetRateLimit(accountKey), undoRateLimitHit(addressKey)]);
  return { ok: true, userId: user.id };
}
