import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "./actor";
import { authorize } from "./permissions";
import { teamSlugSchema } from "./schemas";

export type TeamSummary = { id: string; slug: string; name: string; memberCount: number };

/** Active teams of the actor's organisation (everyone in it may read every team). */
export async function listTeams(actor: Actor): Promise<TeamSummary[]> {
  const teams = await db.team.findMany({
    where: { organisationId: actor.organisationId, archivedAt: null },
    select: { id: true, slug: true, name: true, _count: { select: { memberships: true } } },
    orderBy: { name: "asc" },
  });
  return teams.map(({ _count, ...team }) => ({ ...team, memberCount: _count.memberships }));
}

/** A team of the actor's organisation by slug; another organisation's team, or a slug that cannot be one, is "not found". */
export async function getTeamBySlug(actor: Actor, slug: string): Promise<{ id: string; slug: string; name: string; organisationId: string; archived: boolean }> {
  if (!teamSlugSchema.safeParse(slug).success) throw new NotFoundError();
  const team = await db.team.findUnique({
    where: { organisationId_slug: { organisationId: actor.organisationId, slug } },
    select: { id: true, slug: true, name: true, organisationId: true, archivedAt: true },
  });
  if (!team) throw new NotFoundError();
  authorize(actor, { action: "team.read", resource: { organisationId: team.organisationId, teamId: team.id } });
  const { archivedAt, ...rest } = team;
  return { ...rest, archived: archivedAt !== null };
}
