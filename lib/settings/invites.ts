import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { OrganisationRole, TeamRole } from "@/lib/db/generated/enums";
import { ExpectedError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { generateInviteToken, hashInviteToken, inviteExpiry } from "./invite-token";
import { isUniqueViolation } from "./locks";
import type { AcceptInviteInput, CreateInviteInput, RevokeInviteInput } from "./schemas";

export type CreatedInvite = { id: string; email: string; token: string; expiresAt: string };

/**
 * Creates a single-use invite link (valid for 7 days) that carries an organisation role and teams.
 * The token is returned once; only its hash is stored. A new invite for the same email replaces
 * any open one, so only the newest link works.
 */
export async function createInvite(actor: Actor, input: CreateInviteInput): Promise<CreatedInvite> {
  authorize(actor, { action: "person.manage", resource: { organisationId: actor.organisationId } });
  const token = generateInviteToken();
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new InvalidInputError({ email: [{ key: "errors.validation.emailTaken" }] });
    const teamIds = input.teams.map((team) => team.teamId);
    const teams = await tx.team.findMany({
      where: { id: { in: teamIds }, organisationId: actor.organisationId, archivedAt: null },
      select: { id: true },
    });
    if (teams.length !== teamIds.length) throw new InvalidInputError({ teams: [{ key: "settings.validation.unknownTeam" }] });
    const now = new Date();
    await tx.invite.updateMany({
      where: { organisationId: actor.organisationId, email: input.email, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invite = await tx.invite.create({
      data: {
        organisationId: actor.organisationId,
        email: input.email,
        role: input.role,
        tokenHash: hashInviteToken(token),
        expiresAt: inviteExpiry(now),
        createdById: actor.userId,
        teams: { create: input.teams.map((team) => ({ teamId: team.teamId, role: team.role })) },
      },
      select: { id: true, email: true, expiresAt: true },
    });
    return { id: invite.id, email: invite.email, token, expiresAt: invite.expiresAt.toISOString() };
  });
}

export type OpenInvite = {
  id: string;
  email: string;
  role: OrganisationRole;
  teams: { name: string; role: TeamRole }[];
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
};

/** Invites not yet used or revoked (expired ones too, so an admin sees who still needs a new link). */
export async function listOpenInvites(actor: Actor): Promise<OpenInvite[]> {
  authorize(actor, { action: "person.manage", resource: { organisationId: actor.organisationId } });
  const invites = await db.invite.findMany({
    where: { organisationId: actor.organisationId, usedAt: null, revokedAt: null },
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      createdBy: { select: { name: true } },
      teams: { select: { role: true, team: { select: { name: true } } }, orderBy: { team: { name: "asc" } } },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const now = Date.now();
  return invites.map((invite) => ({
    id: invite.id,
    email: invite.email,
    role: invite.role,
    teams: invite.teams.map((team) => ({ name: team.team.name, role: team.role })),
    createdBy: invite.createdBy?.name ?? null,
    createdAt: invite.createdAt.toISOString(),
    expiresAt: invite.expiresAt.toISOString(),
    expired: invite.expiresAt.getTime() <= now,
  }));
}

export async function revokeInvite(actor: Actor, input: RevokeInviteInput): Promise<{ id: string }> {
  authorize(actor, { action: "person.manage", resource: { organisationId: actor.organisationId } });
  const { count } = await db.invite.updateMany({
    where: { id: input.inviteId, organisationId: actor.organisationId, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) {
    const invite = await db.invite.findFirst({ where: { id: input.inviteId, organisationId: actor.organisationId }, select: { usedAt: true } });
    if (!invite) throw new NotFoundError();
    if (invite.usedAt) throw new ExpectedError("conflict", "settings.invite.alreadyUsedByInvitee");
  }
  return { id: input.inviteId };
}

export type InviteState = "valid" | "used" | "expired" | "revoked" | "invalid";

export type InviteForToken =
  | { state: "valid"; email: string; organisationName: string; defaultLocale: AppLocale; teams: string[]; expiresAt: string }
  | { state: Exclude<InviteState, "valid"> };

function stateOf(invite: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null, now = new Date()): InviteState {
  if (!invite) return "invalid";
  if (invite.usedAt) return "used";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt <= now) return "expired";
  return "valid";
}

/** For the public invite page: what the link is for, or why it no longer works. Needs no sign-in. */
export async function getInviteForToken(token: string): Promise<InviteForToken> {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      email: true,
      usedAt: true,
      revokedAt: true,
      expiresAt: true,
      organisation: { select: { name: true, defaultLocale: true } },
      teams: { where: { team: { archivedAt: null } }, select: { team: { select: { name: true } } }, orderBy: { team: { name: "asc" } } },
    },
  });
  const state = stateOf(invite);
  if (state !== "valid" || !invite) return { state: state === "valid" ? "invalid" : state };
  return {
    state,
    email: invite.email,
    organisationName: invite.organisation.name,
    defaultLocale: isLocale(invite.organisation.defaultLocale) ? invite.organisation.defaultLocale : "nl",
    teams: invite.teams.map((team) => team.team.name),
    expiresAt: invite.expiresAt.toISOString(),
  };
}

const refusalKeys: Record<Exclude<InviteState, "valid">, string> = {
  used: "settings.invite.used",
  expired: "settings.invite.expired",
  revoked: "settings.invite.revoked",
  invalid: "settings.invite.invalid",
};

export type AcceptedInvite = { userId: string; email: string; landingPath: string };

/**
 * Creates the invited person's account and spends the link, in one transaction. The link is
 * claimed with one conditional UPDATE (not used, not revoked, not expired), so of two
 * simultaneous acceptances exactly one wins; if creating the account fails the claim rolls back.
 */
export async function acceptInvite(input: AcceptInviteInput): Promise<AcceptedInvite> {
  const tokenHash = hashInviteToken(input.token);
  // A cheap look first: a dead link must not cost a password hash (this endpoint is public).
  const early = stateOf(await db.invite.findUnique({ where: { tokenHash }, select: { usedAt: true, revokedAt: true, expiresAt: true } }));
  if (early !== "valid") throw new ExpectedError(early === "invalid" ? "not_found" : "conflict", refusalKeys[early]);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      const { count } = await tx.invite.updateMany({
        where: { tokenHash, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (count === 0) {
        const invite = await tx.invite.findUnique({ where: { tokenHash }, select: { usedAt: true, revokedAt: true, expiresAt: true } });
        const state = stateOf(invite, now);
        throw new ExpectedError(state === "invalid" ? "not_found" : "conflict", refusalKeys[state === "valid" ? "invalid" : state]);
      }
      const invite = await tx.invite.findUniqueOrThrow({
        where: { tokenHash },
        select: {
          id: true,
          organisationId: true,
          email: true,
          role: true,
          teams: {
            where: { team: { archivedAt: null } },
            select: { teamId: true, role: true, team: { select: { slug: true, name: true, organisationId: true } } },
          },
        },
      });
      const teams = invite.teams.filter((team) => team.team.organisationId === invite.organisationId);
      const user = await tx.user.create({
        data: {
          email: invite.email,
          name: input.name,
          locale: input.locale,
          passwordHash,
          organisationMembership: { create: { organisationId: invite.organisationId, role: invite.role } },
          teamMemberships: { create: teams.map((team) => ({ teamId: team.teamId, role: team.role })) },
        },
        select: { id: true, email: true },
      });
      await tx.invite.update({ where: { id: invite.id }, data: { usedById: user.id } });
      // The team the person lands on: one they lead, else the first by name.
      const landing = [...teams].sort((a, b) => Number(b.role === "LEAD") - Number(a.role === "LEAD") || a.team.name.localeCompare(b.team.name, "nl"))[0];
      return { userId: user.id, email: user.email, landingPath: landing ? `/teams/${landing.team.slug}/board` : "/" };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ExpectedError("conflict", "settings.invite.emailTaken");
    throw error;
  }
}
