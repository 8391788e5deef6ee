import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db, type Transaction } from "@/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";
import { dayToDate } from "./dates";
import type { CreateSuccessInput, SuccessIdInput, UpdateSuccessFeatureInput, UpdateSuccessInput } from "./schemas";

// Every write: the permission module asked first, every query scoped by organisation, one
// transaction for anything that touches more than one row.

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

/** Tells open successes logs (and team pages showing them) about a new or changed success. */
function publishSuccess(
  tx: Transaction,
  actor: Actor,
  kind: "success.created" | "success.updated",
  success: { id: string; teamId: string },
): Promise<void> {
  return publish(tx, { kind, organisationId: actor.organisationId, teamId: success.teamId, subjectId: success.id, actorId: actor.userId });
}

async function loadSuccess(client: Transaction | typeof db, actor: Actor, id: string) {
  const success = await client.success.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: { id: true, organisationId: true, teamId: true, createdById: true },
  });
  if (!success) throw new NotFoundError();
  return success;
}

/** Links must stay inside the success's own team and organisation; anything else names the field. */
async function assertLinks(tx: Transaction, actor: Actor, teamId: string, input: { improvementIds: string[]; contributorIds: string[] }) {
  const [improvements, people] = await Promise.all([
    input.improvementIds.length === 0
      ? 0
      : tx.improvement.count({ where: { id: { in: input.improvementIds }, organisationId: actor.organisationId, teamId } }),
    input.contributorIds.length === 0
      ? 0
      : tx.user.count({ where: { id: { in: input.contributorIds }, organisationMembership: { organisationId: actor.organisationId } } }),
  ]);
  const issues: ConstructorParameters<typeof InvalidInputError>[0] = {};
  if (improvements !== input.improvementIds.length) issues.improvementIds = [{ key: "successes.validation.improvementNotInTeam" }];
  if (people !== input.contributorIds.length) issues.contributorIds = [{ key: "successes.validation.unknownPerson" }];
  if (Object.keys(issues).length > 0) throw new InvalidInputError(issues);
}

function effectData(input: { effectValue: number | null; effectUnit: string | null }) {
  return input.effectValue !== null && input.effectUnit !== null
    ? { effectValue: input.effectValue, effectUnit: input.effectUnit }
    : { effectValue: null, effectUnit: null };
}

export type CreatedSuccess = { id: string; teamSlug: string };

/**
 * Records a success for a team. With `feedbackId`, the customer's compliment is shared into the
 * log: the compliment is linked to the new success in the same transaction (once only).
 */
export async function createSuccess(actor: Actor, input: CreateSuccessInput): Promise<CreatedSuccess> {
  const team = await db.team.findFirst({
    where: { id: input.teamId, organisationId: actor.organisationId },
    select: { id: true, slug: true, organisationId: true, archivedAt: true },
  });
  if (!team) throw new NotFoundError();
  authorize(actor, { action: "success.create", resource: { organisationId: team.organisationId, teamId: team.id } });
  if (team.archivedAt) throw new InvalidInputError({ teamId: [{ key: "successes.validation.teamArchived" }] });

  return db.$transaction(async (tx) => {
    await assertLinks(tx, actor, team.id, input);
    if (input.feedbackId) {
      const feedback = await tx.feedback.findFirst({
        where: { id: input.feedbackId, organisationId: actor.organisationId },
        select: { type: true, successId: true },
      });
      if (!feedback) throw new NotFoundError();
      if (feedback.type !== "COMPLIMENT") throw new InvalidInputError({ feedbackId: [{ key: "successes.validation.notACompliment" }] });
      if (feedback.successId) throw new InvalidInputError({ feedbackId: [{ key: "successes.validation.complimentAlreadyShared" }] });
    }
    const success = await tx.success.create({
      data: {
        organisationId: actor.organisationId,
        teamId: team.id,
        title: input.title,
        story: input.story,
        achievedOn: dayToDate(input.achievedOn),
        ...effectData(input),
        createdById: actor.userId,
        improvements: { create: input.improvementIds.map((improvementId) => ({ improvementId })) },
        contributors: { create: input.contributorIds.map((userId) => ({ userId })) },
      },
      select: { id: true },
    });
    if (input.feedbackId) {
      // Guarded by successId: null, so two people sharing the same compliment at once cannot both win.
      const linked = await tx.feedback.updateMany({
        where: { id: input.feedbackId, organisationId: actor.organisationId, successId: null },
        data: { successId: success.id },
      });
      if (linked.count !== 1) throw new ConflictError();
    }
    await publishSuccess(tx, actor, "success.created", { id: success.id, teamId: team.id });
    return { id: success.id, teamSlug: team.slug };
  }, TRANSACTION_OPTIONS);
}

export async function updateSuccess(actor: Actor, input: UpdateSuccessInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const success = await loadSuccess(tx, actor, input.id);
    authorize(actor, { action: "success.edit", resource: success });
    await assertLinks(tx, actor, success.teamId, input);
    await tx.successImprovement.deleteMany({ where: { successId: success.id } });
    await tx.successContributor.deleteMany({ where: { successId: success.id } });
    await tx.success.update({
      where: { id: success.id },
      data: {
        title: input.title,
        story: input.story,
        achievedOn: dayToDate(input.achievedOn),
        ...effectData(input),
        improvements: { create: input.improvementIds.map((improvementId) => ({ improvementId })) },
        contributors: { create: input.contributorIds.map((userId) => ({ userId })) },
      },
    });
    await publishSuccess(tx, actor, "success.updated", success);
    return { id: success.id };
  }, TRANSACTION_OPTIONS);
}

export async function deleteSuccess(actor: Actor, input: SuccessIdInput): Promise<{ teamSlug: string }> {
  return db.$transaction(async (tx) => {
    const success = await loadSuccess(tx, actor, input.id);
    authorize(actor, { action: "success.edit", resource: success });
    // The compliment it was shared from stays; it can be shared again.
    await tx.feedback.updateMany({ where: { organisationId: actor.organisationId, successId: success.id }, data: { successId: null } });
    const deleted = await tx.success.delete({ where: { id: success.id }, select: { team: { select: { slug: true } } } });
    await publishSuccess(tx, actor, "success.updated", success);
    return { teamSlug: deleted.team.slug };
  }, TRANSACTION_OPTIONS);
}

/** A lead features a success of their team; the team's previously featured one steps back. */
export async function updateSuccessFeature(actor: Actor, input: UpdateSuccessFeatureInput): Promise<{ featured: boolean }> {
  return db.$transaction(async (tx) => {
    const success = await loadSuccess(tx, actor, input.id);
    authorize(actor, { action: "success.feature", resource: success });
    // Two leads featuring at once queue on the team row, so a team never ends up with two.
    await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${success.teamId}::uuid FOR UPDATE`;
    if (input.featured) {
      await tx.success.updateMany({
        where: { teamId: success.teamId, organisationId: actor.organisationId, featuredAt: { not: null }, id: { not: success.id } },
        data: { featuredAt: null },
      });
      await tx.success.updateMany({ where: { id: success.id, featuredAt: null }, data: { featuredAt: new Date() } });
    } else {
      await tx.success.update({ where: { id: success.id }, data: { featuredAt: null } });
    }
    await publishSuccess(tx, actor, "success.updated", success);
    return { featured: input.featured };
  }, TRANSACTION_OPTIONS);
}

export type ThanksState = { thanked: boolean; count: number };

/** One thanks per person per success: a repeat (double click, retry) changes nothing. */
export async function createSuccessThanks(actor: Actor, input: SuccessIdInput): Promise<ThanksState> {
  const success = await loadSuccess(db, actor, input.id);
  authorize(actor, { action: "success.thank", resource: { organisationId: success.organisationId } });
  // ON CONFLICT DO NOTHING on the (success, person) key: one statement, no race to lose.
  return db.$transaction(async (tx) => {
    const added = await tx.successThanks.createMany({ data: [{ successId: success.id, userId: actor.userId }], skipDuplicates: true });
    if (added.count > 0) await publishSuccess(tx, actor, "success.updated", success);
    return { thanked: true, count: await tx.successThanks.count({ where: { successId: success.id } }) };
  }, TRANSACTION_OPTIONS);
}

export async function deleteSuccessThanks(actor: Actor, input: SuccessIdInput): Promise<ThanksState> {
  const success = await loadSuccess(db, actor, input.id);
  authorize(actor, { action: "success.thank", resource: { organisationId: success.organisationId } });
  return db.$transaction(async (tx) => {
    const removed = await tx.successThanks.deleteMany({ where: { successId: success.id, userId: actor.userId } });
    if (removed.count > 0) await publishSuccess(tx, actor, "success.updated", success);
    return { thanked: false, count: await tx.successThanks.count({ where: { successId: success.id } }) };
  }, TRANSACTION_OPTIONS);
}
