import { db } from "@/lib/db/client";
import { hitRateLimit, peekRateLimit, resetRateLimit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
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

  const [account, client] = await Promise.all([
    peekRateLimit(accountKey, accountThrottle),
    peekRateLimit(addressKey, addressThrottle),
  ]);
  // `count >= limit` already means the next failure would cross the line: refuse before verifying.
  const blocked = [
    { state: account, rule: accountThrottle },
    { state: client, rule: addressThrottle },
  ].filter(({ state, rule }) => state.count >= rule.limit);
  if (blocked.length > 0) {
    const retryAfterMs = Math.max(...blocked.map(({ state }) => state.retryAfterMs));
    return { ok: false, reason: "throttled", retryAfterMs };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, deactivatedAt: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);

  if (!user || !valid || user.deactivatedAt) {
    await Promise.all([hitRateLimit(accountKey, accountThrottle), hitRateLimit(addressKey, addressThrottle)]);
    return { ok: false, reason: "invalid" };
  }
  await resetRateLimit(accountKey);
  return { ok: true, userId: user.id };
}
