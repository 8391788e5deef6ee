import { beforeAll, describe, expect, it } from "vitest";
import type { TestWorld } from "@/lib/auth/testing/world";
import { db } from "@/lib/db/client";
import { addTeamMember, listMemberCandidates, listTeamMembers, removeTeamMember, updateTeamMember } from "./members";
import { setTeamArchived } from "./teams";
import { createSettingsWorld, reload } from "./testing";

let world: TestWorld;
beforeAll(async () => {
  world = await createSettingsWorld();
});

describe("team membership", () => {
  it("lists the team's members with their roles, leads first", async () => {
    const members = await listTeamMembers(world.lead, world.team.id);
    expect(members[0]).toMatchObject({ userId: world.lead.userId, role: "LEAD" });
    expect(members.map((member) => member.userId).sort()).toEqual([world.lead.userId, world.member.userId, world.colleague.userId].sort());
  });

  it("lets a lead add someone, make them LEAD and remove them again", async () => {
    const candidates = await listMemberCandidates(world.lead, world.team.id);
    expect(candidates.map((candidate) => candidate.id)).toContain(world.otherTeamMember.userId);
    expect(candidates.map((candidate) => candidate.id)).not.toContain(world.member.userId);
    expect(candidates.map((candidate) => candidate.id)).not.toContain(world.outsider.userId);

    await addTeamMember(world.lead, { teamId: world.team.id, userId: world.otherTeamMember.userId, role: "MEMBER" });
    await updateTeamMember(world.lead, { teamId: world.team.id, userId: world.otherTeamMember.userId, role: "LEAD" });
    expect((await reload(world.otherTeamMember)).teams.find((team) => team.id === world.team.id)?.role).toBe("LEAD");
    await removeTeamMember(world.lead, { teamId: world.team.id, userId: world.otherTeamMember.userId });
    expect((await reload(world.otherTeamMember)).teams.map((team) => team.id)).toEqual([world.otherTeam.id]);
    // Removing twice (two people at once) is not an error.
    await removeTeamMember(world.admin, { teamId: world.team.id, userId: world.otherTeamMember.userId });
  });

  it("lets an admin manage any team's members", async () => {
    await addTeamMember(world.admin, { teamId: world.otherTeam.id, userId: world.sales.userId, role: "MEMBER" });
    await removeTeamMember(world.admin, { teamId: world.otherTeam.id, userId: world.sales.userId });
  });

  it("refuses a lead of another team, members and sales; another organisation gets not-found", async () => {
    for (const actor of [world.member, world.sales, world.otherTeamMember]) {
      await expect(addTeamMember(actor, { teamId: world.team.id, userId: world.sales.userId, role: "MEMBER" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(updateTeamMember(actor, { teamId: world.team.id, userId: world.member.userId, role: "LEAD" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(removeTeamMember(actor, { teamId: world.team.id, userId: world.member.userId })).rejects.toMatchObject({ code: "forbidden" });
      await expect(listTeamMembers(actor, world.team.id)).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(addTeamMember(world.lead, { teamId: world.otherTeam.id, userId: world.sales.userId, role: "MEMBER" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(addTeamMember(world.outsider, { teamId: world.team.id, userId: world.outsider.userId, role: "LEAD" })).rejects.toMatchObject({ code: "not_found" });
    await expect(listTeamMembers(world.outsider, world.team.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.teamMembership.count({ where: { teamId: world.team.id } })).toBe(3);
  });

  it("refuses someone of another organisation, a deactivated person and a double membership, naming the field", async () => {
    await expect(addTeamMember(world.lead, { teamId: world.team.id, userId: world.outsider.userId, role: "MEMBER" })).rejects.toMatchObject({
      fieldIssues: { userId: [{ key: "settings.validation.choosePerson" }] },
    });
    await expect(addTeamMember(world.lead, { teamId: world.team.id, userId: world.member.userId, role: "MEMBER" })).rejects.toMatchObject({
      fieldIssues: { userId: [{ key: "settings.validation.alreadyMember" }] },
    });
    await db.user.update({ where: { id: world.otherTeamMember.userId }, data: { deactivatedAt: new Date() } });
    try {
      await expect(addTeamMember(world.lead, { teamId: world.team.id, userId: world.otherTeamMember.userId, role: "MEMBER" })).rejects.toMatchObject({ code: "invalid" });
      expect((await listMemberCandidates(world.lead, world.team.id)).map((candidate) => candidate.id)).not.toContain(world.otherTeamMember.userId);
    } finally {
      await db.user.update({ where: { id: world.otherTeamMember.userId }, data: { deactivatedAt: null } });
    }
  });

  it("adds exactly one membership when two people add the same person at once", async () => {
    const results = await Promise.allSettled([
      addTeamMember(world.admin, { teamId: world.team.id, userId: world.sales.userId, role: "MEMBER" }),
      addTeamMember(world.lead, { teamId: world.team.id, userId: world.sales.userId, role: "LEAD" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.teamMembership.count({ where: { teamId: world.team.id, userId: world.sales.userId } })).toBe(1);
    await removeTeamMember(world.admin, { teamId: world.team.id, userId: world.sales.userId });
  });

  it("keeps an archived team's members as they were", async () => {
    await setTeamArchived(world.admin, { teamId: world.otherTeam.id, archived: true });
    try {
      await expect(addTeamMember(world.admin, { teamId: world.otherTeam.id, userId: world.sales.userId, role: "MEMBER" })).rejects.toMatchObject({
        messageKey: "settings.errors.teamArchived",
      });
      await expect(removeTeamMember(world.admin, { teamId: world.otherTeam.id, userId: world.otherTeamMember.userId })).rejects.toMatchObject({
        messageKey: "settings.errors.teamArchived",
      });
    } finally {
      await setTeamArchived(world.admin, { teamId: world.otherTeam.id, archived: false });
    }
  });
});
