import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db, type Transaction } from "@/lib/db/client";
import type { OrganisationRole, TeamRole } from "@/lib/db/generated/enums";
import { ExpectedError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { isUniqueViolation } from "./locks";
import type { AddTeamMemberInput, RemoveTeamMemberInput, UpdateTeamMemberInput } from "./schemas";
import { assertTeamActive } from "./teams";

export type TeamMemberRow = { userId: string; name: string; email: string; role: TeamRole; organisationRole: OrganisationRole; active: boolean };
export type MemberCandidate = { id: string; name: string; email: string };

/** The team, if the actor may manage its members and columns (admin, or lead of this team). */
export async function loadManagedTeam(tx: Transaction | typeof db, actor: Actor, teamId: string) {
  const team = await tx.team.findFirst({ where: { id: teamId, organisationId: actor.organisationId }, select: { id: true, organisationId: true, archivedAt: true } });
  if (!team) throw new NotFoundError();
  authorize(actor, { action: "team.manage", resource: { organisationId: team.organisationId, teamId: team.id } });
  return team;
}

export async function listTeamMembers(actor: Actor, teamId: string): Promise<TeamMemberRow[]> {
  const team = await loadManagedTeam(db, actor, teamId);
  const memberships = await db.teamMembership.findMany({
    where: { teamId: team.id },
    select: {
      role: true,
      user: { select: { id: true, name: true, email: true, deactivatedAt: true, organisationMembership: { select: { role: true, organisationId: true } } } },
    },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
  });
  return memberships
    .filter((membership) => membership.user.organisationMembership?.organisationId === team.organisationId)
    .map(({ role, user }) => ({
      userId: user.id,
      name: user.name,
      email: user.email,
      role,
      organisationRole: user.organisationMembership?.role ?? "MEMBER",
      active: user.deactivatedAt === null,
    }));
}

/** Active people of the organisation who are not yet in the team: whom the add-member form offers. */
export async function listMemberCandidates(actor: Actor, teamId: string): Promise<MemberCandidate[]> {
  const team = await loadManagedTeam(db, actor, teamId);
  return db.user.findMany({
    where: {
      deactivatedAt: null,
      organisationMembership: { organisationId: team.organisationId },
      teamMemberships: { none: { teamId: team.id } },
    },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}

export async function addTeamMember(actor: Actor, input: AddTeamMemberInput): Promise<{ userId: string; role: TeamRole }> {
  const team = await loadManagedTeam(db, actor, input.teamId);
  assertTeamActive(team);
  const person = await db.user.findFirst({
    where: { id: input.userId, deactivatedAt: null, organisationMembership: { organisationId: team.organisationId } },
    select: { id: true },
  });
  if (!person) throw new InvalidInputError({ userId: [{ key: "settings.validation.choosePerson" }] });
  try {
    await db.teamMembership.create({ data: { teamId: team.id, userId: person.id, role: input.role } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new InvalidInputError({ userId: [{ key: "settings.validation.alreadyMember" }] });
    throw error;
  }
  return { userId: person.id, role: input.role };
}

/** Makes a member LEAD, or a lead MEMBER again. */
export async function updateTeamMember(actor: Actor, input: UpdateTeamMemberInput): Promise<{ userId: string; role: TeamRole }> {
  const team = await loadManagedTeam(db, actor, input.teamId);
  assertTeamActive(team);
  const { count } = await db.teamMembership.updateMany({ where: { teamId: team.id, userId: input.userId }, data: { role: input.role } });
  if (count === 0) throw new ExpectedError("not_found", "settings.errors.notAMember");
  return { userId: input.userId, role: input.role };
}

/** Removes someone from the team; what they did in it (cards, comments) stays. */
export async function removeTeamMember(actor: Actor, input: RemoveTeamMemberInput): Promise<{ userId: string }> {
  const team = await loadManagedTeam(db, actor, input.teamId);
  assertTeamActive(team);
  // Already gone (another admin was quicker) is the outcome that was asked for.
  await db.teamMembership.deleteMany({ where: { teamId: team.id, userId: input.userId } });
  return { userId: input.userId };
}
