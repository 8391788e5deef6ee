import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db, type Transaction } from "@/lib/db/client";
import type { OrganisationRole, TeamRole } from "@/lib/db/generated/enums";
import { ExpectedError, NotFoundError } from "@/lib/errors";
import { lockOrganisationAdmins } from "./locks";
import type { SetPersonActiveInput, UpdatePersonRoleInput } from "./schemas";

export type SettingsPerson = {
  id: string;
  name: string;
  email: string;
  role: OrganisationRole;
  active: boolean;
  teams: { id: string; slug: string; name: string; role: TeamRole; archived: boolean }[];
};

/** Everyone in the organisation with their roles and teams; active people first. */
export async function listPeople(actor: Actor): Promise<SettingsPerson[]> {
  authorize(actor, { action: "person.manage", resource: { organisationId: actor.organisationId } });
  const memberships = await db.organisationMembership.findMany({
    where: { organisationId: actor.organisationId },
    select: {
      role: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          deactivatedAt: true,
          teamMemberships: {
            where: { team: { organisationId: actor.organisationId } },
            select: { role: true, team: { select: { id: true, slug: true, name: true, archivedAt: true } } },
            orderBy: { team: { name: "asc" } },
          },
        },
      },
    },
  });
  return memberships
    .map(({ role, user }) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role,
      active: user.deactivatedAt === null,
      teams: user.teamMemberships.map((membership) => ({
        id: membership.team.id,
        slug: membership.team.slug,
        name: membership.team.name,
        role: membership.role,
        archived: membership.team.archivedAt !== null,
      })),
    }))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, "nl"));
}

async function findMembership(tx: Transaction, actor: Actor, userId: string) {
  const membership = await tx.organisationMembership.findFirst({
    where: { userId, organisationId: actor.organisationId },
    select: { id: true, role: true, user: { select: { id: true, deactivatedAt: true } } },
  });
  if (!membership) throw new NotFoundError();
  return membership;
}

/**
 * Refuses a change that would leave the organisation without an active admin. Runs under the
 * organisation's admin lock, so two admins demoting each other at once cannot both succeed.
 */
async function assertAnotherActiveAdmin(tx: Transaction, actor: Actor, userId: string): Promise<void> {
  const others = await tx.organisationMembership.count({
    where: { organisationId: actor.organisationId, role: "ADMIN", userId: { not: userId }, user: { deactivatedAt: null } },
  });
  if (others === 0) throw new ExpectedError("conflict", userId === actor.userId ? "settings.errors.lastAdminSelf" : "settings.errors.lastAdmin");
}

export async function updatePersonRole(actor: Actor, input: UpdatePersonRoleInput): Promise<{ id: string; role: OrganisationRole }> {
  authorize(actor, { action: "person.manage", resource: { organisationId: actor.organisationId } });
  return db.$transaction(async (tx) => {
    await lockOrganisationAdmins(tx, actor.organisationId);
    const membership = await findMembership(tx, actor, input.userId);
    if (membership.role === "ADMIN" && input.role !== "ADMIN" && !membership.user.deactivatedAt) {
      await assertAnotherActiveAdmin(tx, actor, input.userId);
    }
    await tx.organisationMembership.update({ where: { id: membership.id }, data: { role: input.role } });
    return { id: input.userId, role: input.role };
  });
}

/**
 * Deactivates (or reactivates) a person. A deactivated person can no longer sign in, and their
 * open sessions stop working at once (loadActor refuses them); their history stays.
 */
export async function setPersonActive(actor: Actor, input: SetPersonActiveInput): Promise<{ id: string; active: boolean }> {
  authorize(actor, { action: "person.manage", resource: { organisationId: actor.organisationId } });
  return db.$transaction(async (tx) => {
    await lockOrganisationAdmins(tx, actor.organisationId);
    const membership = await findMembership(tx, actor, input.userId);
    if (!input.active && membership.role === "ADMIN" && !membership.user.deactivatedAt) {
      await assertAnotherActiveAdmin(tx, actor, input.userId);
    }
    if (input.active === (membership.user.deactivatedAt === null)) return { id: input.userId, active: input.active };
    await tx.user.update({ where: { id: input.userId }, data: { deactivatedAt: input.active ? null : new Date() } });
    return { id: input.userId, active: input.active };
  });
}
