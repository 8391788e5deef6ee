import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/permissions";
import { createTeamInTransaction, lockOrganisationTeams } from "@/lib/auth/teams";
import { db, type Transaction } from "@/lib/db/client";
import { ExpectedError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { CreateTeamInput, RenameTeamInput, SetTeamArchivedInput } from "./schemas";

export type SettingsTeam = { id: string; slug: string; name: string; archived: boolean; memberCount: number; leads: string[] };

/** An admin sees every team (archived ones too); a lead sees the teams they lead. */
export async function listSettingsTeams(actor: Actor): Promise<SettingsTeam[]> {
  authorize(actor, { action: "settings.read", resource: { organisationId: actor.organisationId } });
  const isAdmin = can(actor, { action: "organisation.manage", resource: { organisationId: actor.organisationId } });
  const led = actor.teams.filter((team) => team.role === "LEAD").map((team) => team.id);
  const teams = await db.team.findMany({
    where: { organisationId: actor.organisationId, ...(isAdmin ? {} : { id: { in: led } }) },
    select: {
      id: true,
      slug: true,
      name: true,
      archivedAt: true,
      _count: { select: { memberships: { where: { user: { deactivatedAt: null } } } } },
      memberships: { where: { role: "LEAD", user: { deactivatedAt: null } }, select: { user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } },
    },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
  return teams.map((team) => ({
    id: team.id,
    slug: team.slug,
    name: team.name,
    archived: team.archivedAt !== null,
    memberCount: team._count.memberships,
    leads: team.memberships.map((membership) => membership.user.name),
  }));
}

export type TeamSettingsHeader = { id: string; slug: string; name: string; organisationId: string; archived: boolean };

/** A team for its settings page: admins, and leads of that team; another organisation's is "not found". */
export async function getTeamSettings(actor: Actor, slug: string): Promise<TeamSettingsHeader> {
  const team = await db.team.findUnique({
    where: { organisationId_slug: { organisationId: actor.organisationId, slug } },
    select: { id: true, slug: true, name: true, organisationId: true, archivedAt: true },
  });
  if (!team) throw new NotFoundError();
  authorize(actor, { action: "team.manage", resource: { organisationId: team.organisationId, teamId: team.id } });
  const { archivedAt, ...rest } = team;
  return { ...rest, archived: archivedAt !== null };
}

async function assertNameFree(tx: Transaction, organisationId: string, name: string, exceptId?: string): Promise<void> {
  const clash = await tx.team.findFirst({
    where: { organisationId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new InvalidInputError({ name: [{ key: "settings.validation.teamExists" }] });
}

export async function createTeam(actor: Actor, input: CreateTeamInput): Promise<{ id: string; slug: string; name: string }> {
  authorize(actor, { action: "organisation.manage", resource: { organisationId: actor.organisationId } });
  return db.$transaction(async (tx) => {
    await lockOrganisationTeams(tx, actor.organisationId);
    await assertNameFree(tx, actor.organisationId, input.name);
    return createTeamInTransaction(tx, { organisationId: actor.organisationId, name: input.name });
  });
}

/** Renames a team; its slug (its address in URLs) stays as it was. */
export async function renameTeam(actor: Actor, input: RenameTeamInput): Promise<{ id: string; slug: string; name: string }> {
  authorize(actor, { action: "organisation.manage", resource: { organisationId: actor.organisationId } });
  return db.$transaction(async (tx) => {
    await lockOrganisationTeams(tx, actor.organisationId);
    const team = await tx.team.findFirst({ where: { id: input.teamId, organisationId: actor.organisationId }, select: { id: true } });
    if (!team) throw new NotFoundError();
    await assertNameFree(tx, actor.organisationId, input.name, team.id);
    return tx.team.update({ where: { id: team.id }, data: { name: input.name }, select: { id: true, slug: true, name: true } });
  });
}

/**
 * Archives (or restores) a team. An archived team's board and history stay readable; nothing can
 * be added to it, and it leaves its members' navigation.
 */
export async function setTeamArchived(actor: Actor, input: SetTeamArchivedInput): Promise<{ id: string; archived: boolean }> {
  authorize(actor, { action: "organisation.manage", resource: { organisationId: actor.organisationId } });
  const { count } = await db.team.updateMany({
    where: { id: input.teamId, organisationId: actor.organisationId, archivedAt: input.archived ? null : { not: null } },
    data: { archivedAt: input.archived ? new Date() : null },
  });
  if (count === 0) {
    const exists = await db.team.findFirst({ where: { id: input.teamId, organisationId: actor.organisationId }, select: { id: true } });
    if (!exists) throw new NotFoundError();
    // Already in the wanted state (another admin was quicker): nothing to do.
  }
  return { id: input.teamId, archived: input.archived };
}

/** Refuses writes to an archived team's members and columns: its history is kept as it was. */
export function assertTeamActive(team: { archivedAt: Date | null }): void {
  if (team.archivedAt) throw new ExpectedError("forbidden", "settings.errors.teamArchived");
}
