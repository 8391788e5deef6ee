import { beforeAll, describe, expect, it } from "vitest";
import type { TestWorld } from "@/lib/auth/testing/world";
import { createTestWorld } from "@/lib/auth/testing/world";
import { db } from "@/lib/db/client";
import { createApiToken, listApiTokens, revokeApiToken, verifyApiToken } from "./tokens";

let world: TestWorld;

beforeAll(async () => {
  world = await createTestWorld();
});

describe("API tokens", () => {
  it("stores only a hash and a short prefix; the token is shown once", async () => {
    const created = await createApiToken(world.admin, { name: "Typeform" });
    expect(created.token).toMatch(/^vbt_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(row)).not.toContain(created.token.slice(12));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stops a revoked token at once, and records when a token was last used", async () => {
    const created = await createApiToken(world.admin, { name: "Oud script" });
    expect(await verifyApiToken(created.token)).toMatchObject({ organisationId: world.organisationId, name: "Oud script" });
    const used = await db.apiToken.findUniqueOrThrow({ where: { id: created.id }, select: { lastUsedAt: true } });
    expect(used.lastUsedAt).not.toBeNull();
    await revokeApiToken(world.admin, { id: created.id });
    expect(await verifyApiToken(created.token)).toBeNull();
    await expect(revokeApiToken(world.admin, { id: created.id })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses made-up and tampered tokens", async () => {
    const created = await createApiToken(world.admin, { name: "Nog een" });
    expect(await verifyApiToken(`${created.token.slice(0, -1)}${created.token.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(await verifyApiToken("vbt_bestaatniet")).toBeNull();
    expect(await verifyApiToken("")).toBeNull();
  });

  it("lets only admins manage tokens, and only their own organisation's", async () => {
    for (const actor of [world.lead, world.member, world.sales]) {
      await expect(createApiToken(actor, { name: "Mag niet" })).rejects.toMatchObject({ code: "forbidden" });
    }
    const created = await createApiToken(world.admin, { name: "Van ons" });
    await expect(revokeApiToken(world.outsider, { id: created.id })).rejects.toMatchObject({ code: "not_found" });
    expect((await listApiTokens(world.outsider)).map((token) => token.name)).not.toContain("Van ons");
    expect((await listApiTokens(world.admin)).map((token) => token.name)).toContain("Van ons");
  });
});
