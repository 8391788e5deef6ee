import "server-only";
import { db } from "@/lib/db/client";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import type { Actor } from "./actor";

/** Everything the permission module needs about a person, read fresh; null when they may not sign in. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      deactivatedAt: true,
      organisationMembership: { select: { role: true, organisation: { select: { id: true, name: true } } } },
      teamMemberships: {
        where: { team: { archivedAt: null } },
        select: { role: true, team: { select: { id: true, slug: true, name: true } } },
        orderBy: { team: { name: "asc" } },
      },
    },
  });
  if (!user || user.deactivatedAt || !user.organisationMembership) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: isLocale(user.locale) ? user.locale : defaultLocale,
    organisationId: user.organisationMembership.organisation.id,
    organisationName: user.organisationMembership.organisation.name,
    organisationRole: user.organisationMembership.role,
    teams: user.teamMemberships.map(({ role, team }) => ({ ...team, role })),
  };
}

