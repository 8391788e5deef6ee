import "server-only";
import type { Transaction } from "@/lib/db/client";
import { defaultColumnRows } from "@/lib/board/default-columns";
import { slugify, uniqueSlug } from "./slug";

/**
 * Serialises team creation and renaming per organisation, so two people at once never pick the
 * same slug or name (the unique index would turn that race into an error).
 */
export async function lockOrganisationTeams(tx: Transaction, organisationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`teams:${organisationId}`}, 0))`;
}

/** Creates a team (with a free slug) inside the caller's transaction, with everything a new team needs. */
export async function createTeamInTransaction(
  tx: Transaction,
  input: { organisationId: string; name: string },
): Promise<{ id: string; slug: string; name: string }> {
  await lockOrganisationTeams(tx, input.organisationId);
  const existing = await tx.team.findMany({ where: { organisationId: input.organisationId }, select: { slug: true } });
  const slug = uniqueSlug(slugify(input.name), new Set(existing.map((team) => team.slug)));
  const team = await tx.team.create({
    data: { organisationId: input.organisationId, name: input.name, slug },
    select: { id: true, slug: true, name: true },
  });
  // Every team starts with its improvement board.
  await tx.column.createMany({ data: defaultColumnRows({ id: team.id, organisationId: input.organisationId }) });
  return team;
}
