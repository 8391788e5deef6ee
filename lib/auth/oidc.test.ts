import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestWorld, type TestWorld } from "./testing/world";
import { findAccountForOidc, oidcSettings } from "./oidc";

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});

describe("single sign-on settings", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(oidcSettings({})).toBeNull();
    expect(oidcSettings({ OIDC_ISSUER: "https://login.example.test", OIDC_CLIENT_ID: "verbeterbord" })).toBeNull();
    expect(oidcSettings({ OIDC_ISSUER: "geen url", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" })).toBeNull();
    expect(oidcSettings({ OIDC_ISSUER: "https://login.example.test", OIDC_CLIENT_ID: "verbeterbord", OIDC_CLIENT_SECRET: "geheim" })).toEqual({
      issuer: "https://login.example.test",
      clientId: "verbeterbord",
      clientSecret: "geheim",
      name: "Single sign-on",
    });
    expect(oidcSettings({ OIDC_ISSUER: "https://login.example.test", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b", OIDC_NAME: "Microsoft" })?.name).toBe("Microsoft");
  });
});

describe("who may sign in with single sign-on", () => {
  it("lets an existing, active account in, matching the email case-insensitively", async () => {
    expect(await findAccountForOidc({ email: world.member.email.toUpperCase(), email_verified: true })).toBe(world.member.userId);
    expect(await findAccountForOidc({ email: world.lead.email })).toBe(world.lead.userId);
  });

  it("refuses an email without an account: joining is by invitation only", async () => {
    expect(await findAccountForOidc({ email: "onbekend@example.test", email_verified: true })).toBeNull();
    expect(await db.user.count({ where: { email: "onbekend@example.test" } })).toBe(0);
  });

  it("refuses a deactivated account, an unverified email and a profile without email", async () => {
    await db.user.update({ where: { id: world.colleague.userId }, data: { deactivatedAt: new Date() } });
    expect(await findAccountForOidc({ email: world.colleague.email, email_verified: true })).toBeNull();
    expect(await findAccountForOidc({ email: world.member.email, email_verified: false })).toBeNull();
    expect(await findAccountForOidc({ email: world.member.email, email_verified: "false" })).toBeNull();
    expect(await findAccountForOidc({})).toBeNull();
    expect(await findAccountForOidc(null)).toBeNull();
  });

  it("refuses an account that belongs to no organisation", async () => {
    const loose = await db.user.create({ data: { email: "los@example.test", name: "Los" } });
    expect(await findAccountForOidc({ email: "los@example.test" })).toBeNull();
    await db.user.delete({ where: { id: loose.id } });
  });
});
