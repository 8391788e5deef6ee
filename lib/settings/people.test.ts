import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { checkCredentials } from "@/lib/auth/credentials";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import type { TestWorld } from "@/lib/auth/testing/world";
import { db } from "@/lib/db/client";
import { listPeople, setPersonActive, updatePersonRole } from "./people";
import { createSettingsWorld, reload } from "./testing";

let world: TestWorld;
beforeAll(async () => {
  world = await createSettingsWorld();
});

async function newAdmin(): Promise<Actor> {
  const user = await db.user.create({
    data: {
      email: `beheerder-${crypto.randomUUID().slice(0, 8)}@example.test`,
      name: "Tweede beheerder",
      organisationMembership: { create: { organisationId: world.organisationId, role: "ADMIN" } },
    },
  });
  return (await loadActor(user.id))!;
}

describe("people", () => {
  it("lists everyone in the organisation with roles and teams, never a password hash", async () => {
    const people = await listPeople(world.admin);
    expect(people.map((person) => person.id).sort()).toEqual(
      [world.admin, world.lead, world.member, world.colleague, world.otherTeamMember, world.sales].map((actor) => actor.userId).sort(),
    );
    expect(people.find((person) => person.id === world.lead.userId)).toMatchObject({
      role: "MEMBER",
      active: true,
      teams: [{ id: world.team.id, role: "LEAD", archived: false }],
    });
    expect(JSON.stringify(people)).not.toMatch(/passwordHash|argon2/);
  });

  it("lets only an admin list and change people", async () => {
    for (const actor of [world.lead, world.member, world.sales]) {
      await expect(listPeople(actor)).rejects.toMatchObject({ code: "forbidden" });
      await expect(updatePersonRole(actor, { userId: world.member.userId, role: "ADMIN" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(setPersonActive(actor, { userId: world.member.userId, active: false })).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("answers another organisation's admin with not-found", async () => {
    await expect(updatePersonRole(world.outsider, { userId: world.member.userId, role: "ADMIN" })).rejects.toMatchObject({ code: "not_found" });
    await expect(setPersonActive(world.outsider, { userId: world.member.userId, active: false })).rejects.toMatchObject({ code: "not_found" });
    expect((await listPeople(world.outsider)).map((person) => person.id)).not.toContain(world.member.userId);
  });

  it("changes a role, which takes effect on the next request", async () => {
    await updatePersonRole(world.admin, { userId: world.sales.userId, role: "MEMBER" });
    expect((await reload(world.sales)).organisationRole).toBe("MEMBER");
    await updatePersonRole(world.admin, { userId: world.sales.userId, role: "SALES" });
  });

  it("does not let the last admin demote or deactivate themself", async () => {
    await expect(updatePersonRole(world.admin, { userId: world.admin.userId, role: "MEMBER" })).rejects.toMatchObject({
      code: "conflict",
      messageKey: "settings.errors.lastAdminSelf",
    });
    await expect(setPersonActive(world.admin, { userId: world.admin.userId, active: false })).rejects.toMatchObject({
      messageKey: "settings.errors.lastAdminSelf",
    });
    expect((await reload(world.admin)).organisationRole).toBe("ADMIN");
  });

  it("lets an admin step down once another active admin exists, but not when that one is deactivated", async () => {
    const second = await newAdmin();
    await setPersonActive(world.admin, { userId: second.userId, active: false });
    await expect(updatePersonRole(world.admin, { userId: world.admin.userId, role: "MEMBER" })).rejects.toMatchObject({ code: "conflict" });
    await setPersonActive(world.admin, { userId: second.userId, active: true });
    await updatePersonRole(world.admin, { userId: world.admin.userId, role: "MEMBER" });
    // Now `second` is the last admin: demoting them is refused too.
    await expect(updatePersonRole(second, { userId: second.userId, role: "SALES" })).rejects.toMatchObject({ code: "conflict" });
    await updatePersonRole(second, { userId: world.admin.userId, role: "ADMIN" });
    await updatePersonRole(world.admin, { userId: second.userId, role: "MEMBER" });
  });

  it("keeps one admin when two admins demote each other at the same moment", async () => {
    const second = await newAdmin();
    const admin = await reload(world.admin);
    const results = await Promise.allSettled([
      updatePersonRole(admin, { userId: second.userId, role: "MEMBER" }),
      updatePersonRole(second, { userId: admin.userId, role: "MEMBER" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.organisationMembership.count({ where: { organisationId: world.organisationId, role: "ADMIN" } })).toBe(1);
    // Restore: whoever is left makes the test admin an admin again, and the second admin steps
    // down, so the next test starts with one admin whichever of the two won the race.
    const survivor = (await loadActor(admin.userId))!.organisationRole === "ADMIN" ? admin : second;
    await updatePersonRole(survivor, { userId: admin.userId, role: "ADMIN" });
    await updatePersonRole(await reload(world.admin), { userId: second.userId, role: "MEMBER" });
  });

  it("keeps one admin when two admins deactivate each other at the same moment", async () => {
    const second = await newAdmin();
    const admin = await reload(world.admin);
    const activeAdmins = () =>
      db.organisationMembership.count({ where: { organisationId: world.organisationId, role: "ADMIN", user: { deactivatedAt: null } } });
    expect(await activeAdmins()).toBe(2);
    const results = await Promise.allSettled([
      setPersonActive(admin, { userId: second.userId, active: false }),
      setPersonActive(second, { userId: admin.userId, active: false }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
    await db.user.update({ where: { id: admin.userId }, data: { deactivatedAt: null } });
  });

  it("deactivates a person: no sign-in, no session, history kept; and reactivates them", async () => {
    await db.user.update({ where: { id: world.colleague.userId }, data: { passwordHash: await hashPassword("een-goed-wachtwoord") } });
    expect(await checkCredentials(world.colleague.email, "een-goed-wachtwoord", "test")).toMatchObject({ ok: true });

    await setPersonActive(world.admin, { userId: world.colleague.userId, active: false });
    expect(await loadActor(world.colleague.userId)).toBeNull();
    expect(await checkCredentials(world.colleague.email, "een-goed-wachtwoord", "test")).toEqual({ ok: false, reason: "invalid" });
    expect(await db.teamMembership.count({ where: { userId: world.colleague.userId } })).toBe(1);
    expect((await listPeople(world.admin)).find((person) => person.id === world.colleague.userId)).toMatchObject({ active: false });

    await setPersonActive(world.admin, { userId: world.colleague.userId, active: true });
    expect(await loadActor(world.colleague.userId)).not.toBeNull();
  });
});
