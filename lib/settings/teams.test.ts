import { beforeAll, describe, expect, it } from "vitest";
import { getTeamBySlug } from "@/lib/auth/queries";
import type { TestWorld } from "@/lib/auth/testing/world";
import { db } from "@/lib/db/client";
import { ExpectedError } from "@/lib/errors";
import { getOrganisationSettings, updateOrganisation } from "./organisation";
import { createTeam, getTeamSettings, listSettingsTeams, renameTeam, setTeamArchived } from "./teams";
import { createSettingsWorld, reload } from "./testing";

let world: TestWorld;
beforeAll(async () => {
  world = await createSettingsWorld();
});

describe("organisation settings", () => {
  it("lets an admin change the name and default language", async () => {
    await updateOrganisation(world.admin, { name: "Verbeterbedrijf BV", defaultLocale: "en" });
    expect(await getOrganisationSettings(world.admin)).toEqual({ name: "Verbeterbedrijf BV", defaultLocale: "en" });
  });

  it("refuses everyone but an admin", async () => {
    for (const actor of [world.lead, world.member, world.sales]) {
      await expect(updateOrganisation(actor, { name: "Overgenomen", defaultLocale: "nl" })).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(getOrganisationSettings(world.member)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("never lets another organisation's admin touch it", async () => {
    await updateOrganisation(world.outsider, { name: "Eigen naam", defaultLocale: "nl" });
    expect((await getOrganisationSettings(world.admin)).name).toBe("Verbeterbedrijf BV");
  });
});

describe("teams", () => {
  it("creates a team with a slug from its name and the default board columns", async () => {
    const team = await createTeam(world.admin, { name: "Financiële Administratie" });
    expect(team.slug).toBe("financiele-administratie");
    const columns = await db.column.findMany({ where: { teamId: team.id }, orderBy: { position: "asc" }, select: { name: true, stage: true } });
    expect(columns.map((column) => column.stage)).toEqual(["IDEA", "PLAN", "DO", "CHECK", "ACT", "DONE"]);
  });

  it("refuses a second team with the same name, naming the field", async () => {
    const error = await createTeam(world.admin, { name: "financiële administratie" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as ExpectedError).fieldIssues).toEqual({ name: [{ key: "settings.validation.teamExists" }] });
  });

  it("gives two teams created at the same moment distinct slugs (no error, no duplicate)", async () => {
    const results = await Promise.allSettled([createTeam(world.admin, { name: "Inkoop" }), createTeam(world.admin, { name: "Inkoop!" })]);
    const slugs = results.flatMap((result) => (result.status === "fulfilled" ? [result.value.slug] : []));
    expect(slugs.sort()).toEqual(["inkoop", "inkoop-2"]);
  });

  it("renames a team and keeps its slug (its address in URLs)", async () => {
    const team = await createTeam(world.admin, { name: "Magazijn" });
    const renamed = await renameTeam(world.admin, { teamId: team.id, name: "Magazijn & Expeditie" });
    expect(renamed).toMatchObject({ name: "Magazijn & Expeditie", slug: "magazijn" });
  });

  it("refuses a rename onto another team's name", async () => {
    const team = await createTeam(world.admin, { name: "Planning" });
    await expect(renameTeam(world.admin, { teamId: team.id, name: "Inkoop" })).rejects.toMatchObject({ fieldIssues: { name: [{ key: "settings.validation.teamExists" }] } });
  });

  it("lets only an admin create, rename or archive teams", async () => {
    for (const actor of [world.lead, world.member, world.sales]) {
      await expect(createTeam(actor, { name: "Stiekem team" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(renameTeam(actor, { teamId: world.team.id, name: "Nieuwe naam" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(setTeamArchived(actor, { teamId: world.team.id, archived: true })).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("answers another organisation's admin with not-found", async () => {
    await expect(renameTeam(world.outsider, { teamId: world.team.id, name: "Van ons" })).rejects.toMatchObject({ code: "not_found" });
    await expect(setTeamArchived(world.outsider, { teamId: world.team.id, archived: true })).rejects.toMatchObject({ code: "not_found" });
    await expect(getTeamSettings(world.outsider, world.team.slug)).rejects.toMatchObject({ code: "not_found" });
    expect((await listSettingsTeams(world.outsider)).map((team) => team.id)).not.toContain(world.team.id);
  });

  it("archives a team: it leaves its members' teams, its board stays readable, and it can be restored", async () => {
    const team = await createTeam(world.admin, { name: "Tijdelijk project" });
    await db.teamMembership.create({ data: { teamId: team.id, userId: world.member.userId, role: "MEMBER" } });
    expect((await reload(world.member)).teams.map((t) => t.id)).toContain(team.id);

    await setTeamArchived(world.admin, { teamId: team.id, archived: true });
    // Twice is fine (two admins clicking at once).
    await setTeamArchived(world.admin, { teamId: team.id, archived: true });
    const member = await reload(world.member);
    expect(member.teams.map((t) => t.id)).not.toContain(team.id);
    expect(await getTeamBySlug(member, team.slug)).toMatchObject({ archived: true, name: "Tijdelijk project" });
    expect(await db.teamMembership.count({ where: { teamId: team.id } })).toBe(1);
    expect((await listSettingsTeams(world.admin)).find((t) => t.id === team.id)).toMatchObject({ archived: true });

    await setTeamArchived(world.admin, { teamId: team.id, archived: false });
    expect((await reload(world.member)).teams.map((t) => t.id)).toContain(team.id);
    expect((await getTeamBySlug(member, team.slug)).slug).toBe("tijdelijk-project");
  });

  it("shows a lead only the teams they lead, and their team's settings", async () => {
    const teams = await listSettingsTeams(world.lead);
    expect(teams.map((team) => team.id)).toEqual([world.team.id]);
    expect(teams[0]).toMatchObject({ memberCount: 3, leads: [world.lead.name] });
    expect(await getTeamSettings(world.lead, world.team.slug)).toMatchObject({ id: world.team.id, archived: false });
    await expect(getTeamSettings(world.lead, world.otherTeam.slug)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getTeamSettings(world.member, world.team.slug)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listSettingsTeams(world.member)).rejects.toMatchObject({ code: "forbidden" });
  });
});
