import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import type { TestWorld } from "@/lib/auth/testing/world";
import { db } from "@/lib/db/client";
import { exportList, exportOrganisation, scopeConditions } from "./export";
import { createInvite } from "./invites";
import { createSettingsWorld } from "./testing";

let world: TestWorld;
beforeAll(async () => {
  world = await createSettingsWorld();
  await db.user.update({ where: { id: world.member.userId }, data: { passwordHash: await hashPassword("geheim-wachtwoord") } });
  await db.customerSegment.create({ data: { organisationId: world.organisationId, name: "Particulieren" } });
  await db.customerSegment.create({ data: { organisationId: (await db.organisationMembership.findUniqueOrThrow({ where: { userId: world.outsider.userId } })).organisationId, name: "Geheim segment" } });
  await createInvite(world.admin, { email: "uitgenodigd@example.test", role: "MEMBER", teams: [{ teamId: world.team.id, role: "MEMBER" }] });
});

describe("organisation export", () => {
  it("holds the organisation's people, teams, memberships, columns, segments and invites", async () => {
    const data = await exportOrganisation(world.admin);
    expect(data.organisation.id).toBe(world.organisationId);
    expect(data.tables.Organisation).toHaveLength(1);
    expect(data.tables.User!.map((user) => user.id).sort()).toEqual(
      [world.admin, world.lead, world.member, world.colleague, world.otherTeamMember, world.sales].map((actor) => actor.userId).sort(),
    );
    expect(data.tables.Team!.map((team) => team.id).sort()).toEqual([world.team.id, world.otherTeam.id].sort());
    expect(data.tables.TeamMembership).toHaveLength(4);
    expect(data.tables.Column).toHaveLength(12);
    expect(data.tables.CustomerSegment!.map((segment) => segment.name)).toEqual(["Particulieren"]);
    expect(data.tables.Invite!.map((invite) => invite.email)).toEqual(["uitgenodigd@example.test"]);
    expect(data.tables.InviteTeam).toHaveLength(1);
  });

  it("never holds another organisation's data or any secret", async () => {
    const text = JSON.stringify(await exportOrganisation(world.admin));
    expect(text).not.toContain(world.outsider.userId);
    expect(text).not.toContain(world.outsiderTeam.id);
    expect(text).not.toContain("Geheim segment");
    expect(text).not.toMatch(/passwordHash|tokenHash|argon2/);
  });

  it("leaves out mood check-ins, which are only ever shown as a team's average", async () => {
    const dailyStart = await db.dailyStart.create({ data: { organisationId: world.organisationId, teamId: world.team.id, day: new Date("2026-11-20T00:00:00Z") } });
    await db.dailyStartMood.createMany({
      data: [world.lead, world.member, world.colleague].map((actor, index) => ({ dailyStartId: dailyStart.id, userId: actor.userId, score: index + 2 })),
    });
    const data = await exportOrganisation(world.admin);
    expect(data.tables.DailyStart!.map((row) => row.id)).toContain(dailyStart.id);
    expect(data.tables.DailyStartMood).toBeUndefined();
    expect(JSON.stringify(data)).not.toMatch(/"score"/);
  });

  it("is for admins only", async () => {
    for (const actor of [world.lead, world.member, world.sales]) {
      await expect(exportOrganisation(actor)).rejects.toMatchObject({ code: "forbidden" });
      await expect(exportList(actor, "people")).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("gives the main lists as rows", async () => {
    const people = await exportList(world.admin, "people");
    expect(people.columns[0]).toBe("name");
    expect(people.rows).toHaveLength(6);
    expect(people.rows.find((row) => row[1] === world.lead.email)?.[4]).toContain("Klantenservice");
    expect((await exportList(world.admin, "teams")).rows).toHaveLength(2);
    expect((await exportList(world.admin, "segments")).rows.map((row) => row[0])).toEqual(["Particulieren"]);
    expect((await exportList(world.admin, "improvements")).rows).toEqual([]);
    expect((await exportList(world.admin, "feedback")).rows).toEqual([]);
    expect(JSON.stringify(await exportList(world.outsider, "people"))).not.toContain(world.member.email);
  });

  it("scopes tables through their keys, also two steps away", () => {
    const conditions = scopeConditions(
      [
        { table: "Organisation", columns: ["id"] },
        { table: "Team", columns: ["id", "organisationId"] },
        { table: "Checklist", columns: ["id", "teamId"] },
        { table: "ChecklistItem", columns: ["id", "checklistId"] },
        { table: "RateLimitBucket", columns: ["key"] },
      ],
      [
        { table: "Team", column: "organisationId", parentTable: "Organisation", parentColumn: "id" },
        { table: "Checklist", column: "teamId", parentTable: "Team", parentColumn: "id" },
        { table: "ChecklistItem", column: "checklistId", parentTable: "Checklist", parentColumn: "id" },
      ],
    );
    expect(conditions.get("ChecklistItem")).toBe(
      `t."checklistId" IN (SELECT p."id" FROM "Checklist" p WHERE p."teamId" IN (SELECT p."id" FROM "Team" p WHERE p."organisationId" = $1::uuid))`,
    );
    expect(conditions.has("RateLimitBucket")).toBe(false);
  });
});
