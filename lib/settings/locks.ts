import "server-only";
import type { Transaction } from "@/lib/db/client";

// Transaction-scoped advisory locks, keyed per organisation: they serialise the writes that
// check an organisation-wide rule before changing it (read-then-write would race otherwise).

export async function lockOrganisationAdmins(tx: Transaction, organisationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`admins:${organisationId}`}, 0))`;
}

/** Locks a team's column rows, in id order so two writers never deadlock. */
export async function lockTeamColumns(tx: Transaction, teamId: string): Promise<void> {
  await tx.$executeRaw`SELECT id FROM "Column" WHERE "teamId" = ${teamId}::uuid ORDER BY id FOR UPDATE`;
}

export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; meta?: { code?: unknown } } | null;
  return candidate?.code === "P2002" || candidate?.meta?.code === "23505" || /\b23505\b|Unique constraint/i.test(String(error));
}
