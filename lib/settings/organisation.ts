import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/config";
import type { UpdateOrganisationInput } from "./schemas";

export type OrganisationSettings = { name: string; defaultLocale: AppLocale };

export async function getOrganisationSettings(actor: Actor): Promise<OrganisationSettings> {
  authorize(actor, { action: "settings.read", resource: { organisationId: actor.organisationId } });
  const organisation = await db.organisation.findUnique({ where: { id: actor.organisationId }, select: { name: true, defaultLocale: true } });
  if (!organisation) throw new NotFoundError();
  return organisation;
}

/** Name and default language (what new people and invite pages start with). A single-row write. */
export async function updateOrganisation(actor: Actor, input: UpdateOrganisationInput): Promise<OrganisationSettings> {
  authorize(actor, { action: "organisation.manage", resource: { organisationId: actor.organisationId } });
  return db.organisation.update({
    where: { id: actor.organisationId },
    data: { name: input.name, defaultLocale: input.defaultLocale },
    select: { name: true, defaultLocale: true },
  });
}
