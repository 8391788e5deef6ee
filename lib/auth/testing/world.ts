// Test-only: builds a small organisation with one person per role, plus a second organisation,
// in the test file's own database. Database tests use these actors instead of hand-made ones.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { loadActor } from "../load-actor";

export type TestWorld = {
  organisationId: string;
  team: { id: string; slug: string };
  otherTeam: { id: string; slug: string };
  admin: Actor;
  lead: Actor;
  member: Actor;
  /** Also a member of `team`: for "someone else's card" cases. */
  colleague: Actor;
  otherTeamMember: Actor;
  sales: Actor;
  /** The admin of a different organisation: must see nothing of this one. */
  outsider: Actor;
  outsiderTeam: { id: string; slug: string };
};

async function person(organisationId: string, role: "ADMIN" | "SALES" | "MEMBER", teams: { id: string; role: "LEAD" | "MEMBER" }[]): Promise<Actor> {
  const tag = randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${tag}@example.test`,
      name: `Test ${role} ${tag}`,
      organisationMembership: { create: { organisationId, role } },
      teamMemberships: { create: teams.map((team) => ({ teamId: team.id, role: team.role })) },
    },
  });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error("test actor could not be loaded");
  return actor;
}

/**
 * `createTeam` lets a module give test teams what real teams get on creation (e.g. the
 * board's default columns); by default a bare team row is made.
 */
export async function createTestWorld(
  options: { createTeam?: (organisationId: string, name: string, slug: string) => Promise<{ id: string; slug: string }> } = {},
): Promise<TestWorld> {
  const tag = randomUUID().slice(0, 8);
  const makeTeam =
    options.createTeam ??
    ((organisationId: string, name: string, slug: string) => db.team.create({ data: { organisationId, name, slug }, select: { id: true, slug: true } }));
  const organisation = await db.organisation.create({ data: { name: `Testorganisatie ${tag}` } });
  const team = await makeTeam(organisation.id, `Klantenservice ${tag}`, `klantenservice-${tag}`);
  const otherTeam = await makeTeam(organisation.id, `Logistiek ${tag}`, `logistiek-${tag}`);
  const outsiderOrganisation = await db.organisation.create({ data: { name: `Andere organisatie ${tag}` } });
  const outsiderTeam = await makeTeam(outsiderOrganisation.id, `Buitenteam ${tag}`, `buitenteam-${tag}`);
  return {
    organisationId: organisation.id,
    team,
    otherTeam,
    admin: await person(organisation.id, "ADMIN", []),
    lead: await person(organisation.id, "MEMBER", [{ id: team.id, role: "LEAD" }]),
    member: await person(organisation.id, "MEMBER", [{ id: team.id, role: "MEMBER" }]),
    colleague: await person(organisation.id, "MEMBER", [{ id: team.id, role: "MEMBER" }]),
    otherTeamMember: await person(organisation.id, "MEMBER", [{ id: otherTeam.id, role: "MEMBER" }]),
    sales: await person(organisation.id, "SALES", []),
    outsider: await person(outsiderOrganisation.id, "ADMIN", [{ id: outsiderTeam.id, role: "LEAD" }]),
    outsiderTeam,
  };
}
