import { db } from "@/lib/db/client";

export type RateLimitRule = { limit: number; windowMs: number };

/** `retryAfterMs`: time until the current window ends. */
export type RateLimitState = { count: number; limited: boolean; retryAfterMs: number };

// Fixed window kept in PostgreSQL so the limit holds across app instances. One upsert per hit:
// a new window starts when the old one has expired.
export async function hitRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitState> {
  const windowStartAfter = new Date(now.getTime() - rule.windowMs);
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowStartAfter} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowStartAfter} THEN ${now} ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  return describe(row, rule, now);
}

/** Takes back one hit of the current window (an attempt that turned out to be fine). */
export async function undoRateLimitHit(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = "count" - 1 WHERE "key" = ${key} AND "count" > 0`;
}

export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

function describe(row: { count: number; windowStart: Date }, rule: RateLimitRule, now: Date): RateLimitState {
  const limited = row.count > rule.limit;
  const retryAfterMs = Math.max(0, row.windowStart.getTime() + rule.windowMs - now.getTime());
  return { count: row.count, limited, retryAfterMs };
}
