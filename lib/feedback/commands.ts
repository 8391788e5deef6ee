import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { createImprovementInTransaction, inBoardTransaction } from "@/lib/board/commands";
import { updatePdcaCycleInTransaction } from "@/lib/pdca/commands";
import { planSectionSchema, PROBLEM_MAX } from "@/lib/pdca/schemas";
import { db, type Transaction } from "@/lib/db/client";
import { publish } from "@/lib/realtime/publish";
import type { ComplaintStatus } from "@/lib/db/generated/enums";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { dayToDate } from "./dates";
import type { ConvertComplaintInput, CreateFeedbackInput, UpdateComplaintStatusInput } from "./schemas";

/**
 * The team and segment must be the organisation's own and still in use; anything else is a
 * field error (never a lookup in another organisation).
 */
export async function assertTeamAndSegment(
  client: Pick<Transaction, "team" | "customerSegment">,
  organisationId: string,
  input: { teamId: string | null; segmentId: string | null },
  paths: { team: string; segment: string } = { team: "teamId", segment: "segmentId" },
): Promise<void> {
  const [team, segment] = await Promise.all([
    input.teamId ? client.team.findFirst({ where: { id: input.teamId, organisationId, archivedAt: null }, select: { id: true } }) : null,
    input.segmentId ? client.customerSegment.findFirst({ where: { id: input.segmentId, organisationId, archivedAt: null }, select: { id: true } }) : null,
  ]);
  const issues: ConstructorParameters<typeof InvalidInputError>[0] = {};
  if (input.teamId && !team) issues[paths.team] = [{ key: "feedback.validation.unknownTeam" }];
  if (input.segmentId && !segment) issues[paths.segment] = [{ key: "feedback.validation.unknownSegment" }];
  if (Object.keys(issues).length > 0) throw new InvalidInputError(issues);
}

/** Records a complaint, compliment, tip or survey answer for the actor's organisation. */
export async function createFeedback(actor: Actor, input: CreateFeedbackInput): Promise<{ id: string }> {
  authorize(actor, { action: "feedback.create", resource: { organisationId: actor.organisationId } });
  await assertTeamAndSegment(db, actor.organisationId, input);
  return db.$transaction(async (tx) => {
    const created = await tx.feedback.create({
      data: {
        organisationId: actor.organisationId,
        type: input.type,
        receivedOn: dayToDate(input.receivedOn),
        channel: input.channel,
        customerName: input.customerName,
        segmentId: input.segmentId,
        teamId: input.teamId,
        text: input.text,
        score: input.score ?? null,
        status: input.type === "COMPLAINT" ? "OPEN" : null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await publishFeedback(tx, actor, "feedback.created", { id: created.id, teamId: input.teamId });
    return created;
  });
}

/** Tells open feedback lists (and daily starts) that this entry is new or changed. */
function publishFeedback(
  tx: Transaction,
  actor: Actor,
  kind: "feedback.created" | "feedback.updated",
  feedback: { id: string; teamId: string | null },
): Promise<void> {
  return publish(tx, { kind, organisationId: actor.organisationId, teamId: feedback.teamId, subjectId: feedback.id, actorId: actor.userId });
}

async function loadComplaint(actor: Actor, id: string) {
  const feedback = await db.feedback.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: { id: true, type: true, status: true, handledAt: true, teamId: true, segmentId: true, customerName: true, createdById: true, improvementId: true },
  });
  if (!feedback) throw new NotFoundError();
  authorize(actor, {
    action: "feedback.update",
    resource: { organisationId: actor.organisationId, teamId: feedback.teamId, createdById: feedback.createdById },
  });
  if (feedback.type !== "COMPLAINT") throw new InvalidInputError({ id: [{ key: "feedback.validation.notAComplaint" }] }, "feedback.errors.notAComplaint");
  return feedback;
}

/** Open → in progress → handled (and back, when a handled complaint turns out not to be). */
export async function updateComplaintStatus(
  actor: Actor,
  input: UpdateComplaintStatusInput,
): Promise<{ id: string; status: ComplaintStatus; handledAt: string | null }> {
  const complaint = await loadComplaint(actor, input.id);
  // Handling time counts from receipt to the first "handled"; saying "handled" again keeps it.
  const handledAt = input.status === "HANDLED" ? (complaint.handledAt ?? new Date()) : null;
  await db.$transaction(async (tx) => {
    await tx.feedback.update({ where: { id: complaint.id }, data: { status: input.status, handledAt }, select: { id: true } });
    await publishFeedback(tx, actor, "feedback.updated", complaint);
  });
  return { id: complaint.id, status: input.status, handledAt: handledAt?.toISOString() ?? null };
}

/**
 * Turns a complaint into a suggestion on a team's board through the board's own service (its
 * permission check, rank and activity log apply), stores the draft customer expectation in the
 * suggestion's PDCA checklist through the PDCA service (external customer, the complaint's
 * segment and customer), and links complaint and suggestion.
 *
 * All of it is one transaction: when any part fails, no suggestion is left behind and nothing
 * is linked. The complaint's row is locked first, so two people converting the same complaint
 * at once make one suggestion and the second gets a conflict; the checklist input is validated
 * before anything is written.
 */
export async function convertComplaintToImprovement(
  actor: Actor,
  input: ConvertComplaintInput,
): Promise<{ improvementId: string; teamSlug: string }> {
  const complaint = await loadComplaint(actor, input.feedbackId);
  const [team, segment] = await Promise.all([
    db.team.findFirst({ where: { id: input.teamId, organisationId: actor.organisationId, archivedAt: null }, select: { id: true, slug: true } }),
    complaint.segmentId
      ? db.customerSegment.findFirst({ where: { id: complaint.segmentId, organisationId: actor.organisationId, archivedAt: null }, select: { id: true } })
      : null,
  ]);
  if (!team) throw new InvalidInputError({ teamId: [{ key: "feedback.validation.unknownTeam" }] });
  const plan = input.customerExpectation
    ? planSectionSchema.parse({
        problemStatement: input.problem && input.problem.length <= PROBLEM_MAX ? input.problem : null,
        customerType: "EXTERNAL",
        customerName: complaint.customerName,
        segmentId: segment?.id ?? null,
        expectation: input.customerExpectation,
      })
    : null;
  return inBoardTransaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ improvementId: string | null; status: ComplaintStatus | null }[]>`
      SELECT "improvementId", status FROM "Feedback" WHERE id = ${complaint.id}::uuid AND "organisationId" = ${actor.organisationId}::uuid FOR UPDATE`;
    if (!locked) throw new NotFoundError();
    if (locked.improvementId) throw new ConflictError("feedback.errors.alreadyConverted");
    const improvement = await createImprovementInTransaction(tx, actor, {
      teamId: team.id,
      title: input.title,
      problem: input.problem,
      proposal: null,
      wasteType: null,
      customerValue: null,
    });
    if (plan) await updatePdcaCycleInTransaction(tx, actor, improvement.id, { cycle: 1, version: 0, plan });
    await tx.feedback.update({
      where: { id: complaint.id },
      data: { improvementId: improvement.id, ...(locked.status === "OPEN" ? { status: "IN_PROGRESS" } : {}) },
      select: { id: true },
    });
    await publishFeedback(tx, actor, "feedback.updated", complaint);
    return { improvementId: improvement.id, teamSlug: team.slug };
  });
}
