import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { loadActor } from "@/lib/auth/load-actor";
import type { TestWorld } from "@/lib/auth/testing/world";
import { db } from "@/lib/db/client";
import { ExpectedError } from "@/lib/errors";
import { hashInviteToken } from "./invite-token";
import { acceptInvite, createInvite, getInviteForToken, listOpenInvites, revokeInvite } from "./invites";
import { setTeamArchived } from "./teams";
import { createSettingsWorld } from "./testing";

let world: TestWorld;
beforeAll(async () => {
  world = await createSettingsWorld();
});

let counter = 0;
function email(): string {
  counter += 1;
  return `nieuw-${counter}-${crypto.randomUUID().slice(0, 6)}@example.test`;
}

const acceptance = { name: "Noor Bakker", locale: "en" as const, password: "een-lang-wachtwoord", passwordConfirmation: "een-lang-wachtwoord" };

describe("invites", () => {
  it("stores only a hash of the token and answers the link with what it is for", async () => {
    const invite = await createInvite(world.admin, { email: email(), role: "MEMBER", teams: [{ teamId: world.team.id, role: "MEMBER" }] });
    const row = await db.invite.findUniqueOrThrow({ where: { id: invite.id }, select: { tokenHash: true, expiresAt: true } });
    expect(row.tokenHash).toBe(hashInviteToken(invite.token));
    expect(JSON.stringify(await db.invite.findMany())).not.toContain(invite.token);
    const days = (row.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect(await getInviteForToken(invite.token)).toMatchObject({ state: "valid", email: invite.email, teams: [expect.stringContaining("Klantenservice")] });
    expect(await getInviteForToken("bestaat-niet-bestaat-niet-bestaat-niet-123")).toEqual({ state: "invalid" });
  });

  it("creates the account with the invite's role and teams, the chosen name, language and password", async () => {
    const address = email();
    const invite = await createInvite(world.admin, {
      email: address,
      role: "SALES",
      teams: [
        { teamId: world.team.id, role: "MEMBER" },
        { teamId: world.otherTeam.id, role: "LEAD" },
      ],
    });
    const accepted = await acceptInvite({ ...acceptance, token: invite.token });
    expect(accepted.landingPath).toBe(`/teams/${world.otherTeam.slug}/board`);
    const actor = await loadActor(accepted.userId);
    expect(actor).toMatchObject({ name: "Noor Bakker", email: address, locale: "en", organisationId: world.organisationId, organisationRole: "SALES" });
    expect(actor!.teams.map((team) => [team.id, team.role]).sort()).toEqual(
      [
        [world.team.id, "MEMBER"],
        [world.otherTeam.id, "LEAD"],
      ].sort(),
    );
    expect(await checkCredentials(address, acceptance.password, "test")).toEqual({ ok: true, userId: accepted.userId });
    expect(await db.invite.findUniqueOrThrow({ where: { id: invite.id }, select: { usedById: true } })).toEqual({ usedById: accepted.userId });
  });

  it("is single use: a second acceptance is refused and says the link was used", async () => {
    const invite = await createInvite(world.admin, { email: email(), role: "MEMBER", teams: [] });
    expect((await acceptInvite({ ...acceptance, token: invite.token })).landingPath).toBe("/");
    await expect(acceptInvite({ ...acceptance, token: invite.token })).rejects.toMatchObject({ messageKey: "settings.invite.used" });
    expect(await getInviteForToken(invite.token)).toEqual({ state: "used" });
  });

  it("lets exactly one of two simultaneous acceptances win", async () => {
    const invite = await createInvite(world.admin, { email: email(), role: "MEMBER", teams: [] });
    const results = await Promise.allSettled([acceptInvite({ ...acceptance, token: invite.token }), acceptInvite({ ...acceptance, token: invite.token })]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count({ where: { email: invite.email } })).toBe(1);
  });

  it("refuses an expired link and says so", async () => {
    const invite = await createInvite(world.admin, { email: email(), role: "MEMBER", teams: [] });
    await db.invite.update({ where: { id: invite.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getInviteForToken(invite.token)).toEqual({ state: "expired" });
    await expect(acceptInvite({ ...acceptance, token: invite.token })).rejects.toMatchObject({ code: "conflict", messageKey: "settings.invite.expired" });
    expect(await db.user.count({ where: { email: invite.email } })).toBe(0);
    expect((await listOpenInvites(world.admin)).find((open) => open.id === invite.id)).toMatchObject({ expired: true });
  });

  it("refuses a revoked link, and a new invite for the same email replaces the old one", async () => {
    const address = email();
    const first = await createInvite(world.admin, { email: address, role: "MEMBER", teams: [] });
    const second = await createInvite(world.admin, { email: address, role: "ADMIN", teams: [] });
    expect(await getInviteForToken(first.token)).toEqual({ state: "revoked" });
    await revokeInvite(world.admin, { inviteId: second.id });
    await expect(acceptInvite({ ...acceptance, token: second.token })).rejects.toMatchObject({ messageKey: "settings.invite.revoked" });
    expect((await listOpenInvites(world.admin)).map((open) => open.email)).not.toContain(address);
  });

  it("refuses an email that already has an account, naming the field", async () => {
    const error = await createInvite(world.admin, { email: world.member.email, role: "MEMBER", teams: [] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as ExpectedError).fieldIssues).toEqual({ email: [{ key: "errors.validation.emailTaken" }] });
  });

  it("refuses an account that was created meanwhile, and leaves the link unused", async () => {
    const invite = await createInvite(world.admin, { email: email(), role: "MEMBER", teams: [] });
    await db.user.create({ data: { email: invite.email, name: "Al aanwezig" } });
    await expect(acceptInvite({ ...acceptance, token: invite.token })).rejects.toMatchObject({ messageKey: "settings.invite.emailTaken" });
    expect(await getInviteForToken(invite.token)).toMatchObject({ state: "valid" });
  });

  it("refuses teams of another organisation and archived teams", async () => {
    await expect(createInvite(world.admin, { email: email(), role: "MEMBER", teams: [{ teamId: world.outsiderTeam.id, role: "MEMBER" }] })).rejects.toMatchObject({
      fieldIssues: { teams: [{ key: "settings.validation.unknownTeam" }] },
    });
    await setTeamArchived(world.admin, { teamId: world.otherTeam.id, archived: true });
    try {
      await expect(createInvite(world.admin, { email: email(), role: "MEMBER", teams: [{ teamId: world.otherTeam.id, role: "MEMBER" }] })).rejects.toMatchObject({
        code: "invalid",
      });
    } finally {
      await setTeamArchived(world.admin, { teamId: world.otherTeam.id, archived: false });
    }
  });

  it("lets only an admin invite, list and revoke", async () => {
    const invite = await createInvite(world.admin, { email: email(), role: "MEMBER", teams: [] });
    for (const actor of [world.lead, world.member, world.sales]) {
      await expect(createInvite(actor, { email: email(), role: "MEMBER", teams: [] })).rejects.toMatchObject({ code: "forbidden" });
      await expect(listOpenInvites(actor)).rejects.toMatchObject({ code: "forbidden" });
      await expect(revokeInvite(actor, { inviteId: invite.id })).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(revokeInvite(world.outsider, { inviteId: invite.id })).rejects.toMatchObject({ code: "not_found" });
    expect((await listOpenInvites(world.outsider)).map((open) => open.id)).not.toContain(invite.id);
  });
});
