// Test and benchmark data for the board: an organisation with teams, people in every role and
// default columns. Not for the app itself.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { OrganisationRole, TeamRole } from "@/lib/db/generated/enums";
import { defaultColumnRows } from "./default-columns";
import { rankForSlot } from "./rank";

export type BoardWorld = {
  organisationId: string;
  team: { id: string; slug: string; columns: { id: string; stage: string; name: string }[] };
  otherTeam: { id: string; slug: string; columns: { id: string; stage: string; name: string }[] };
  actors: {
    admin: Actor;
    lead: Actor;
    member: Actor;
    colleague: Actor;
    otherTeamMember: Actor;
    sales: Actor;
    outsider: Actor;
  };
};

async function createTeam(db: PrismaClient, organisationId: string, name: string) {
  const slug = `${name.toLowerCase()}-${randomUUID().slice(0, 6)}`;
  const team = await db.team.create({ data: { organisationId, name, slug }, select: { id: true, slug: true, name: true } });
  await db.column.createMany({ data: defaultColumnRows({ id: team.id, organisationId }) });
  const columns = await db.column.findMany({ where: { teamId: team.id }, select: { id: true, stage: true, name: true }, orderBy: { position: "asc" } });
  return { ...team, columns };
}

async function createPerson(
  db: PrismaClient,
  organisation: { id: string; name: string },
  role: OrganisationRole,
  teams: { id: string; slug: string; name: string; role: TeamRole }[],
): Promise<Actor> {
  const email = `${randomUUID()}@test.example`;
  const name = `Persoon ${email.slice(0, 6)}`;
  const user = await db.user.create({
    data: {
      email,
      name,
      organisationMembership: { create: { organisationId: organisation.id, role } },
      teamMemberships: { create: teams.map((team) => ({ teamId: team.id, role: team.role })) },
    },
    select: { id: true },
  });
  return {
    userId: user.id,
    name,
    email,
    locale: "nl",
    organisationId: organisation.id,
    organisationName: organisation.name,
    organisationRole: role,
    teams: teams.map(({ id, slug, name: teamName, role: teamRole }) => ({ id, slug, name: teamName, role: teamRole })),
  };
}

/** A fresh organisation with a team, another team, and one person per role (plus an outsider). */
export async function createBoardWorld(db: PrismaClient): Promise<BoardWorld> {
  const organisation = await db.organisation.create({ data: { name: `Org ${randomUUID().slice(0, 6)}` }, select: { id: true, name: true } });
  const team = await createTeam(db, organisation.id, "Klantenservice");
  const otherTeam = await createTeam(db, organisation.id, "Logistiek");
  const foreignOrganisation = await db.organisation.create({ data: { name: "Elders BV" }, select: { id: true, name: true } });
  const foreignTeam = await createTeam(db, foreignOrganisation.id, "Buiten");
  return {
    organisationId: organisation.id,
    team,
    otherTeam,
    actors: {
      admin: await createPerson(db, organisation, "ADMIN", []),
      lead: await createPerson(db, organisation, "MEMBER", [{ ...team, role: "LEAD" }]),
      member: await createPerson(db, organisation, "MEMBER", [{ ...team, role: "MEMBER" }]),
      colleague: await createPerson(db, organisation, "MEMBER", [{ ...team, role: "MEMBER" }]),
      otherTeamMember: await createPerson(db, organisation, "MEMBER", [{ ...otherTeam, role: "MEMBER" }]),
      sales: await createPerson(db, organisation, "SALES", []),
      outsider: await createPerson(db, foreignOrganisation, "ADMIN", [{ ...foreignTeam, role: "LEAD" }]),
    },
  };
}

/** Inserts `count` cards at the bottom of a column in one statement (ranks in order). */
export async function insertCards(
  db: PrismaClient,
  target: { organisationId: string; teamId: string; columnId: string; submitterId?: string | null },
  count: number,
  title = (index: number) => `Verbetering ${index + 1}`,
): Promise<{ id: string; rank: string }[]> {
  const last = await db.improvement.findFirst({
    where: { columnId: target.columnId, status: "ACTIVE", rank: { not: null } },
    orderBy: { rank: "desc" },
    select: { rank: true },
  });
  let previous = last?.rank ?? null;
  const rows = Array.from({ length: count }, (_, index) => {
    previous = rankForSlot({ before: previous, after: null });
    return {
      id: randomUUID(),
      organisationId: target.organisationId,
      teamId: target.teamId,
      columnId: target.columnId,
      submitterId: target.submitterId ?? null,
      rank: previous,
      title: title(index),
    };
  });
  await db.improvement.createMany({ data: rows });
  return rows.map(({ id, rank }) => ({ id, rank }));
}
