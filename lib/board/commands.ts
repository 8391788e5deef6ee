import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db, type Transaction } from "@/lib/db/client";
import type { Stage } from "@/lib/db/generated/enums";
import { ConflictError, ExpectedError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { assertStageGate } from "@/lib/pdca/stage-gate";
import { publishImprovement } from "@/lib/realtime/publish";
import { recordActivity } from "./activity";
import { RankError, rankForSlot, type Slot } from "./rank";
import { isId } from "./schemas";
import type {
  AddCommentInput,
  CreateImprovementInput,
  MoveImprovementInput,
  RestoreImprovementInput,
  SetOwnersInput,
  TriageImprovementInput,
  UpdateImprovementInput,
} from "./schemas";
import type { BoardCard, PlacedCard } from "./types";

// Every write: one short transaction, the permission module asked first, every query scoped by
// organisation, a version check on the card (`UPDATE … WHERE id AND version`), one activity row.

// Moves queue on a column's row lock; under load they wait rather than fail.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; meta?: { code?: unknown } } | null;
  return candidate?.code === "P2002" || candidate?.meta?.code === "23505" || /\b23505\b|Unique constraint/i.test(String(error));
}

async function inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof ExpectedError) throw error;
    // Both mean the board changed under us; the client refetches and the person tries again.
    if (isUniqueViolation(error) || error instanceof RankError) throw new ConflictError("board.errors.boardChanged");
    throw error;
  }
}

const cardSelect = {
  id: true,
  organisationId: true,
  teamId: true,
  columnId: true,
  rank: true,
  status: true,
  version: true,
  submitterId: true,
  firstResponseAt: true,
  stageEnteredAt: true,
  title: true,
  problem: true,
  proposal: true,
  wasteType: true,
  customerValue: true,
  dueDate: true,
  column: { select: { name: true, stage: true } },
  owners: { select: { userId: true } },
  team: { select: { archivedAt: true } },
} as const;

async function loadCard(tx: Transaction, actor: Actor, id: string) {
  if (!isId(id)) throw new NotFoundError();
  const card = await tx.improvement.findFirst({ where: { id, organisationId: actor.organisationId }, select: cardSelect });
  if (!card) throw new NotFoundError();
  return {
    ...card,
    resource: {
      organisationId: card.organisationId,
      teamId: card.teamId,
      submitterId: card.submitterId,
      ownerIds: card.owners.map((owner) => owner.userId),
    },
  };
}

type LoadedCard = Awaited<ReturnType<typeof loadCard>>;

function assertWritable(card: LoadedCard, version?: number): void {
  if (card.team.archivedAt) throw new ExpectedError("forbidden", "board.errors.teamArchived");
  if (version !== undefined && card.version !== version) throw new ConflictError("board.errors.stale");
}

/** Writes the card only if nobody changed it since `version`; otherwise a conflict. */
async function updateAtVersion(
  tx: Transaction,
  id: string,
  version: number,
  data: Parameters<Transaction["improvement"]["updateMany"]>[0]["data"],
): Promise<void> {
  const { count } = await tx.improvement.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError("board.errors.stale");
}

type LockedColumn = { id: string; teamId: string; organisationId: string; stage: Stage; name: string };

/**
 * Locks a column row for the rest of the transaction. Every write that gives a card a rank in a
 * column takes this lock first, so ranks are computed from committed neighbours one writer at
 * a time: parallel moves into the same slot get distinct, ordered keys.
 */
async function lockColumn(tx: Transaction, columnId: string): Promise<LockedColumn | null> {
  const rows = await tx.$queryRaw<LockedColumn[]>`
    SELECT id, "teamId", "organisationId", stage::text AS stage, name FROM "Column" WHERE id = ${columnId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

async function neighbourRank(tx: Transaction, columnId: string, movingId: string, side: "after" | "before", pivot: string | null): Promise<string | null> {
  const rows =
    side === "after"
      ? pivot === null
        ? await tx.$queryRaw<{ rank: string }[]>`
            SELECT rank FROM "Improvement" WHERE "columnId" = ${columnId}::uuid AND status = 'ACTIVE' AND rank IS NOT NULL
               AND id <> ${movingId}::uuid ORDER BY rank ASC LIMIT 1`
        : await tx.$queryRaw<{ rank: string }[]>`
            SELECT rank FROM "Improvement" WHERE "columnId" = ${columnId}::uuid AND status = 'ACTIVE' AND rank > ${pivot}
               AND id <> ${movingId}::uuid ORDER BY rank ASC LIMIT 1`
      : pivot === null
        ? await tx.$queryRaw<{ rank: string }[]>`
            SELECT rank FROM "Improvement" WHERE "columnId" = ${columnId}::uuid AND status = 'ACTIVE' AND rank IS NOT NULL
               AND id <> ${movingId}::uuid ORDER BY rank DESC LIMIT 1`
        : await tx.$queryRaw<{ rank: string }[]>`
            SELECT rank FROM "Improvement" WHERE "columnId" = ${columnId}::uuid AND status = 'ACTIVE' AND rank < ${pivot}
               AND id <> ${movingId}::uuid ORDER BY rank DESC LIMIT 1`;
  return rows[0]?.rank ?? null;
}

const NO_CARD = "00000000-0000-0000-0000-000000000000";

/** The top of a locked column (new suggestions, accepted and restored cards land there). */
async function topSlot(tx: Transaction, columnId: string, movingId = NO_CARD): Promise<Slot> {
  return { before: null, after: await neighbourRank(tx, columnId, movingId, "after", null) };
}

/**
 * Where a moved card goes, from the neighbours the client named (DESIGN.md: the cards that will
 * sit directly above and below it). Read under the column lock, so the answer is current:
 * right after `previous` (before whatever follows it now, which may be a card another person
 * just dropped there); else right before `next`; with neither, at the bottom. A neighbour that
 * is no longer in the column, with no usable other, is a conflict: the client refetches.
 */
async function moveSlot(
  tx: Transaction,
  card: LoadedCard,
  column: LockedColumn,
  previousId: string | null,
  nextId: string | null,
): Promise<Slot> {
  const ids = [previousId, nextId].filter((value): value is string => value !== null);
  if (ids.includes(card.id)) throw new InvalidInputError({ [previousId === card.id ? "previousId" : "nextId"]: [{ key: "board.validation.neighbourIsCard" }] });
  const neighbours = ids.length
    ? await tx.improvement.findMany({
        where: { id: { in: ids }, organisationId: card.organisationId, teamId: card.teamId },
        select: { id: true, columnId: true, status: true, rank: true },
      })
    : [];
  const previous = previousId ? neighbours.find((neighbour) => neighbour.id === previousId) : undefined;
  const next = nextId ? neighbours.find((neighbour) => neighbour.id === nextId) : undefined;
  // Ids that are not cards of this board at all are bad input, not a race.
  if (previousId && !previous) throw new InvalidInputError({ previousId: [{ key: "board.validation.neighbourNotOnBoard" }] });
  if (nextId && !next) throw new InvalidInputError({ nextId: [{ key: "board.validation.neighbourNotOnBoard" }] });
  const inColumn = (neighbour: typeof previous): neighbour is { id: string; columnId: string; status: "ACTIVE"; rank: string } =>
    neighbour !== undefined && neighbour.columnId === column.id && neighbour.status === "ACTIVE" && neighbour.rank !== null;

  if (inColumn(previous)) return { before: previous.rank, after: await neighbourRank(tx, column.id, card.id, "after", previous.rank) };
  if (inColumn(next)) return { before: await neighbourRank(tx, column.id, card.id, "before", next.rank), after: next.rank };
  if (previous || next) throw new ConflictError("board.errors.boardChanged");
  return { before: await neighbourRank(tx, column.id, card.id, "before", null), after: null };
}

/** Moves a card to a column, between the neighbours the client names. Writes one card row. */
export async function moveImprovement(actor: Actor, id: string, input: MoveImprovementInput): Promise<PlacedCard> {
  return inTransaction(async (tx) => {
    const card = await loadCard(tx, actor, id);
    authorize(actor, { action: "improvement.move", resource: card.resource });
    assertWritable(card, input.version);
    if (card.status !== "ACTIVE") throw new ConflictError("board.errors.notOnBoard");
    const column = await lockColumn(tx, input.columnId);
    if (!column || column.teamId !== card.teamId || column.organisationId !== card.organisationId) {
      throw new InvalidInputError({ columnId: [{ key: "board.validation.columnNotOnBoard" }] });
    }
    const rank = rankForSlot(await moveSlot(tx, card, column, input.previousId, input.nextId));
    await assertStageGate(tx, { id: card.id, organisationId: card.organisationId }, card.column.stage, column.stage);
    const now = new Date();
    const columnChanged = column.id !== card.columnId;
    const stageEnteredAt = column.stage !== card.column.stage ? now : undefined;
    const respond = !card.firstResponseAt && actor.userId !== card.submitterId ? now : undefined;
    await updateAtVersion(tx, card.id, input.version, { columnId: column.id, rank, stageEnteredAt, firstResponseAt: respond });
    await publishImprovement(tx, "improvement.moved", card, actor.userId, input.version + 1);
    if (columnChanged) {
      await recordActivity(tx, {
        organisationId: card.organisationId,
        improvementId: card.id,
        actorId: actor.userId,
        kind: "MOVED",
        data: { fromColumn: card.column.name, toColumn: column.name, fromStage: card.column.stage, toStage: column.stage },
      });
    }
    return placedCard(card, column.id, rank, input.version, stageEnteredAt);
  });
}

function placedCard(card: LoadedCard, columnId: string, rank: string, version: number, stageEnteredAt: Date | undefined): PlacedCard {
  return { id: card.id, columnId, rank, version: version + 1, stageEnteredAt: (stageEnteredAt ?? card.stageEnteredAt).toISOString() };
}

/** A new suggestion, at the top of the team's first column. Only the title is required. */
export async function createImprovement(actor: Actor, input: CreateImprovementInput): Promise<BoardCard> {
  return inTransaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true, organisationId: true, archivedAt: true } });
    if (!team) throw new NotFoundError();
    authorize(actor, { action: "improvement.create", resource: { organisationId: team.organisationId, teamId: team.id } });
    if (team.archivedAt) throw new ExpectedError("forbidden", "board.errors.teamArchived");
    const first = await tx.column.findFirst({
      where: { teamId: team.id, organisationId: team.organisationId },
      select: { id: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    });
    if (!first) throw new ExpectedError("invalid", "board.errors.noColumns");
    await lockColumn(tx, first.id);
    const rank = rankForSlot(await topSlot(tx, first.id));
    const created = await tx.improvement.create({
      data: {
        organisationId: team.organisationId,
        teamId: team.id,
        columnId: first.id,
        rank,
        title: input.title,
        problem: input.problem,
        proposal: input.proposal,
        wasteType: input.wasteType,
        customerValue: input.customerValue,
        submitterId: actor.userId,
      },
      select: { id: true, version: true, createdAt: true, stageEnteredAt: true, status: true },
    });
    await recordActivity(tx, { organisationId: team.organisationId, improvementId: created.id, actorId: actor.userId, kind: "CREATED" });
    await publishImprovement(tx, "improvement.created", { id: created.id, organisationId: team.organisationId, teamId: team.id }, actor.userId, created.version);
    return {
      id: created.id,
      columnId: first.id,
      rank,
      title: input.title,
      version: created.version,
      status: created.status,
      wasteType: input.wasteType,
      dueDate: null,
      createdAt: created.createdAt.toISOString(),
      firstResponseAt: null,
      stageEnteredAt: created.stageEnteredAt.toISOString(),
      submitter: { id: actor.userId, name: actor.name },
      owners: [],
      commentCount: 0,
      canMove: true,
    };
  });
}

const editableFields = ["title", "problem", "proposal", "wasteType", "customerValue", "dueDate"] as const;

/** Edits a card's fields; the history names the fields that changed. */
export async function updateImprovement(actor: Actor, id: string, input: UpdateImprovementInput): Promise<{ version: number }> {
  return inTransaction(async (tx) => {
    const card = await loadCard(tx, actor, id);
    authorize(actor, { action: "improvement.edit", resource: card.resource });
    assertWritable(card, input.version);
    const next = { ...input, dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null };
    const current = { ...card, dueDate: card.dueDate };
    const changed = editableFields.filter((field) => {
      const before = current[field];
      const after = next[field];
      return before instanceof Date || after instanceof Date
        ? (before as Date | null)?.getTime() !== (after as Date | null)?.getTime()
        : (before ?? null) !== (after ?? null);
    });
    if (changed.length === 0) return { version: card.version };
    await updateAtVersion(tx, card.id, input.version, Object.fromEntries(changed.map((field) => [field, next[field]])));
    await recordActivity(tx, { organisationId: card.organisationId, improvementId: card.id, actorId: actor.userId, kind: "EDITED", data: { fields: [...changed] } });
    await publishImprovement(tx, "improvement.updated", card, actor.userId, card.version + 1);
    return { version: card.version + 1 };
  });
}

/** Replaces a card's owners; they must be members of its team. */
export async function setImprovementOwners(actor: Actor, id: string, input: SetOwnersInput): Promise<{ version: number }> {
  return inTransaction(async (tx) => {
    const card = await loadCard(tx, actor, id);
    authorize(actor, { action: "improvement.edit", resource: card.resource });
    assertWritable(card, input.version);
    const ownerIds = [...new Set(input.ownerIds)];
    const members = await tx.teamMembership.findMany({ where: { teamId: card.teamId, userId: { in: ownerIds } }, select: { userId: true } });
    if (members.length !== ownerIds.length) throw new InvalidInputError({ ownerIds: [{ key: "board.validation.ownerNotInTeam" }] });
    await updateAtVersion(tx, card.id, input.version, {});
    await tx.improvementOwner.deleteMany({ where: { improvementId: card.id } });
    if (ownerIds.length) await tx.improvementOwner.createMany({ data: ownerIds.map((userId) => ({ improvementId: card.id, userId })) });
    const users = await tx.user.findMany({ where: { id: { in: ownerIds } }, select: { name: true }, orderBy: { name: "asc" } });
    await recordActivity(tx, {
      organisationId: card.organisationId,
      improvementId: card.id,
      actorId: actor.userId,
      kind: "OWNERS_CHANGED",
      data: { owners: users.map((user) => user.name) },
    });
    await publishImprovement(tx, "improvement.updated", card, actor.userId, card.version + 1);
    return { version: card.version + 1 };
  });
}

export type TriageResult = { status: "ACTIVE" | "PARKED" | "REJECTED"; placed: PlacedCard | null };

/**
 * A team lead's answer to a suggestion: accept (to the top of the first Plan column), park, or
 * reject with a reason. Parked and rejected cards leave the board and stay findable.
 */
export async function triageImprovement(actor: Actor, id: string, input: TriageImprovementInput): Promise<TriageResult> {
  return inTransaction(async (tx) => {
    const card = await loadCard(tx, actor, id);
    authorize(actor, { action: "improvement.triage", resource: card.resource });
    assertWritable(card, input.version);
    const now = new Date();
    const firstResponseAt = card.firstResponseAt ?? now;
    const base = { organisationId: card.organisationId, improvementId: card.id, actorId: actor.userId };
    if (input.decision === "accept") {
      if (card.status !== "ACTIVE") throw new ConflictError("board.errors.notOnBoard");
      const plan = await tx.column.findFirst({
        where: { teamId: card.teamId, organisationId: card.organisationId, stage: "PLAN" },
        select: { id: true },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      });
      if (!plan) throw new ExpectedError("invalid", "board.errors.noPlanColumn");
      const column = await lockColumn(tx, plan.id);
      if (!column) throw new ConflictError("board.errors.boardChanged");
      const rank = rankForSlot(await topSlot(tx, column.id, card.id));
      await assertStageGate(tx, { id: card.id, organisationId: card.organisationId }, card.column.stage, column.stage);
      const stageEnteredAt = column.stage !== card.column.stage ? now : undefined;
      await updateAtVersion(tx, card.id, input.version, { columnId: column.id, rank, firstResponseAt, stageEnteredAt });
      await recordActivity(tx, { ...base, kind: "ACCEPTED", data: { fromColumn: card.column.name, toColumn: column.name, reason: input.reason } });
      await publishImprovement(tx, "improvement.triaged", card, actor.userId, input.version + 1);
      return { status: "ACTIVE", placed: placedCard(card, column.id, rank, input.version, stageEnteredAt) };
    }
    const status = input.decision === "park" ? "PARKED" : "REJECTED";
    if (card.status === status) throw new ConflictError("board.errors.stale");
    // The rank is released: another card may take that place while this one is off the board.
    await updateAtVersion(tx, card.id, input.version, { status, statusReason: input.reason, statusChangedAt: now, rank: null, firstResponseAt });
    await recordActivity(tx, { ...base, kind: status, data: { reason: input.reason } });
    await publishImprovement(tx, "improvement.triaged", card, actor.userId, input.version + 1);
    return { status, placed: null };
  });
}

/** Brings a parked or rejected card back, at the top of the column it left. */
export async function restoreImprovement(actor: Actor, id: string, input: RestoreImprovementInput): Promise<PlacedCard> {
  return inTransaction(async (tx) => {
    const card = await loadCard(tx, actor, id);
    authorize(actor, { action: "improvement.triage", resource: card.resource });
    assertWritable(card, input.version);
    if (card.status === "ACTIVE") throw new ConflictError("board.errors.alreadyOnBoard");
    await lockColumn(tx, card.columnId);
    const rank = rankForSlot(await topSlot(tx, card.columnId, card.id));
    await updateAtVersion(tx, card.id, input.version, { status: "ACTIVE", statusReason: null, statusChangedAt: new Date(), rank });
    await recordActivity(tx, {
      organisationId: card.organisationId,
      improvementId: card.id,
      actorId: actor.userId,
      kind: "RESTORED",
      data: { from: card.status, toColumn: card.column.name },
    });
    await publishImprovement(tx, "improvement.restored", card, actor.userId, input.version + 1);
    return placedCard(card, card.columnId, rank, input.version, undefined);
  });
}

/** A comment on a card. A reaction from anyone but the submitter counts as the first response. */
export async function addComment(actor: Actor, id: string, input: AddCommentInput): Promise<{ id: string; createdAt: string }> {
  return inTransaction(async (tx) => {
    const card = await loadCard(tx, actor, id);
    authorize(actor, { action: "improvement.comment", resource: card.resource });
    assertWritable(card);
    const comment = await tx.improvementComment.create({
      data: { organisationId: card.organisationId, improvementId: card.id, authorId: actor.userId, body: input.body },
      select: { id: true, createdAt: true },
    });
    if (!card.firstResponseAt && actor.userId !== card.submitterId) {
      await tx.improvement.update({ where: { id: card.id }, data: { firstResponseAt: comment.createdAt }, select: { id: true } });
    }
    await publishImprovement(tx, "improvement.commented", card, actor.userId, card.version);
    return { id: comment.id, createdAt: comment.createdAt.toISOString() };
  });
}
