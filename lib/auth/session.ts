import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { ExpectedError } from "@/lib/errors";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import type { Actor } from "./actor";
import { auth } from "./auth";

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

/** The signed-in person for this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(userId);
});

/** For pages: the signed-in person, or a redirect to the sign-in page. */
export async function requirePageActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For actions and API handlers: the signed-in person, or an "unauthenticated" error. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new ExpectedError("unauthenticated", "errors.unauthenticated");
  return actor;
}
