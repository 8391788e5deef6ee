import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { accountThrottle, addressThrottle, checkCredentials } from "./credentials";
import { hashPassword } from "./password";

const password = "juist-wachtwoord";

async function makeUser(email: string, options: { deactivated?: boolean } = {}) {
  const organisation = await db.organisation.create({ data: { name: `Org ${email}` } });
  return db.user.create({
    data: {
      email,
      name: "Test Persoon",
      passwordHash: await hashPassword(password),
      deactivatedAt: options.deactivated ? new Date() : null,
      organisationMembership: { create: { organisationId: organisation.id, role: "MEMBER" } },
    },
  });
}

describe("checkCredentials", () => {
  beforeAll(async () => {
    await makeUser("anna@example.test");
    await makeUser("oud@example.test", { deactivated: true });
  });

  it("accepts the right password, whatever the email's case and spaces", async () => {
    const result = await checkCredentials("  Anna@Example.TEST ", password, "10.0.0.1");
    expect(result.ok).toBe(true);
  });

  it("answers the same for a wrong password, an unknown email and a deactivated account", async () => {
    expect(await checkCredentials("anna@example.test", "fout", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials("niemand@example.test", password, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials("oud@example.test", password, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account after repeated failures, even from other addresses and with the right password", async () => {
    await makeUser("bert@example.test");
    for (let attempt = 0; attempt < accountThrottle.limit; attempt += 1) {
      expect(await checkCredentials("bert@example.test", `fout-${attempt}`, `10.1.0.${attempt}`)).toMatchObject({ reason: "invalid" });
    }
    const throttled = await checkCredentials("bert@example.test", password, "10.1.0.99");
    expect(throttled).toMatchObject({ ok: false, reason: "throttled" });
    expect(throttled.ok === false && throttled.reason === "throttled" && throttled.retryAfterMs).toBeGreaterThan(0);
  });

  it("throttles one address trying many accounts", async () => {
    await makeUser("carla@example.test");
    for (let attempt = 0; attempt < addressThrottle.limit; attempt += 1) {
      await checkCredentials(`gok-${attempt}@example.test`, "fout", "10.2.0.1");
    }
    expect(await checkCredentials("carla@example.test", password, "10.2.0.1")).toMatchObject({ reason: "throttled" });
    // Another address is not affected.
    expect(await checkCredentials("carla@example.test", password, "10.2.0.2")).toMatchObject({ ok: true });
  });

  it("keeps the counters in the database, so every app instance sees them", async () => {
    const bucket = await db.rateLimitBucket.findUnique({ where: { key: "signin:account:bert@example.test" } });
    expect(bucket?.count).toBeGreaterThanOrEqual(accountThrottle.limit);
  });

  it("checks no more than the limit when many attempts arrive at once", async () => {
    await makeUser("dirk@example.test");
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, attempt) => checkCredentials("dirk@example.test", `fout-${attempt}`, `10.3.0.${attempt}`)),
    );
    expect(attempts.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(accountThrottle.limit);
    expect(attempts.filter((result) => !result.ok && result.reason === "throttled")).toHaveLength(20 - accountThrottle.limit);
  });

  it("does not count successful sign-ins against the address", async () => {
    await makeUser("eva@example.test");
    for (let attempt = 0; attempt < addressThrottle.limit + 5; attempt += 1) {
      expect(await checkCredentials("eva@example.test", password, "10.4.0.1"), `sign-in ${attempt}`).toMatchObject({ ok: true });
    }
  });
});
