import "server-only";
import { db, type Transaction } from "@/lib/db/client";
import { ExpectedError } from "@/lib/errors";
import { hashPassword } from "./password";
import type { SetupOrganisationInput } from "./schemas";
import { createTeamInTransaction } from "./teams";

export async function hasAnyOrganisation(): Promise<boolean> {
  return (await db.organisation.count()) > 0;
}

// Serialises first-run setup: two visitors submitting at once must not create two organisations.
const setupLockKey = 7_301_001;

/**
 * First run only: creates the organisation, its first team and the person who becomes ADMIN
 * (and LEAD of that team). Refused once any organisation exists: there is no open sign-up.
 */
export async function createFirstOrganisation(input: SetupOrganisationInput): Promise<{ userId: string; teamSlug: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${setupLockKey})`;
    if ((await tx.organisation.count()) > 0) throw new ExpectedError("forbidden", "auth.setup.alreadyDone");
    const organisation = await tx.organisation.create({ data: { name: input.organisationName } });
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        passwordHash,
        organisationMembership: { create: { organisationId: organisation.id, role: "ADMIN" } },
      },
    });
    const team = await createTeamInTransaction(tx, { organisationId: organisation.id, name: input.teamName });
    await tx.teamMembership.create({ data: { teamId: team.id, userId: user.id, role: "LEAD" } });
    return { userId: user.id, teamSlug: team.slug };
  });
}

export type { Transaction };
