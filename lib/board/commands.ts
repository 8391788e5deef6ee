import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db, type Transaction } from "@/lib/db/client";
import type { Stage } from "@/lib/db/generated/enums";
import { ConflictError, ExpectedError, InvalidInputError, NotFoundError, sqlState } from "@/lib/errors";
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

// PostgreSQL's deadlock detector or a serialisation failure: the transaction is safe to rerun.
function isRetryable(error: unknown): boolean {
  const state = sqlState(error);
  return (error as { code?: unknown } | null)?.code === "P2034" || state === "40P01" || state === "40001";
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002" || sqlState(error) === "23505" || /\b23505\b|Unique constraint/i.test(String(error));
}

/**
 * One transaction; on a rank collision (two writers computed the same key for the same gap,
 * which the unique index on (columnId, rank) refuses) it runs again, up to `attempts` times,
 * telling `work` which attempt this is so a retry can take the column lock.
 */
async function inTransaction<T>(work: (tx: Transaction, attempt: number) => Promise<T>, attempts = 1): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.$transaction((tx) => work(tx, attempt), TRANSACTION_OPTIONS);
    } catch (error) {
      if (error instanceof ExpectedError) throw error;
      if ((isUniqueViolation(error) || isRetryable(error)) && attempt + 1 < attempts) continue;
      // Both mean the board changed under us; the client refetches and the person tries again.
      if (isUniqueViolation(error) || error instanceof RankError) throw new ConflictError("board.errors.boardChanged");
      throw error;
    }
  }
}

/**
 * One transaction on the board's terms: its options, and on a rank collision or a deadlock it
 * runs again (up to `attempts` times). For writes that put a card on the board together with
 * rows of their own (a complaint or a bottleneck turned into a suggestion), so all of it
 * commits or none of it does.
 */
export function inBoardTransaction<T>(work: (tx: Transaction) => Promise<T>, attempts = 3): Promise<T> {
  return inTransaction(work, attempts);
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
 * Locks a column row for the rest of the transaction, so writers that hold it compute ranks
 * from committed neighbours one at a time. NO KEY UPDATE: it must not wait for (or block) the
 * key-share locks that foreign-key checks take when cards are written into the column.
 */
async function lockColumn(tx: Transaction, columnId: string): Promise<LockedColumn | null> {
  const rows = await tx.$queryRaw<LockedColumn[]>`
    SELECT id, "teamId", "organisationId", stage::text AS stage, name FROM "Column" WHERE id = ${columnId}::uuid FOR NO KEY UPDATE`;
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

type SlotRow = { prevRank: string | null; nextRank: string | null; afterPrev: string | null; beforeNext: string | null; lastRank: string | null };

/**
 * Where a moved card goes, from the neighbours the client named (DESIGN.md: the cards that will
 * sit directly above and below it), read in one statement: right after `previous` (before
 * whatever follows it now, which may be a card someone else just dropped there); else right
 * before `next`; with neither, at the bottom. Named neighbours that have left the column are a
 * conflict: the client refetches.
 */
async function moveSlot(tx: Transaction, cardId: string, columnId: string, previousId: string | null, nextId: string | null): Promise<Slot> {
  const [row] = await tx.$queryRaw<SlotRow[]>`
    WITH p AS (SELECT rank FROM "Improvement" WHERE id = ${previousId}::uuid AND "columnId" = ${columnId}::uuid AND status = 'ACTIVE' AND rank IS NOT NULL),
         n AS (SELECT rank FROM "Improvement" WHERE id = ${nextId}::uuid AND "columnId" = ${columnId}::uuid AND status = 'ACTIVE' AND rank IS NOT NULL)
    SELECT (SELECT rank FROM p) AS "prevRank",
           (SELECT rank FROM n) AS "nextRank",
           (SELECT i.rank FROM "Improvement" i, p WHERE i."columnId" = ${columnId}::uuid AND i.status = 'ACTIVE' AND i.rank > p.rank
               AND i.id <> ${cardId}::uuid ORDER BY i.rank LIMIT 1) AS "afterPrev",
           (SELECT i.rank FROM "Improvement" i, n WHERE i."columnId" = ${columnId}::uuid AND i.status = 'ACTIVE' AND i.rank < n.rank
               AND i.id <> ${cardId}::uuid ORDER BY i.rank DESC LIMIT 1) AS "beforeNext",
           (SELECT max(i.rank) FROM "Improvement" i WHERE i."columnId" = ${columnId}::uuid AND i.status = 'ACTIVE'
               AND i.id <> ${cardId}::uuid) AS "lastRank"`;
  if (!row) throw new ConflictError("board.errors.boardChanged");
  if (row.prevRank !== null) return { before: row.prevRank, after: row.afterPrev };
  if (row.nextRank !== null) return { before: row.beforeNext, after: row.nextRank };
  if (previousId || nextId) throw new ConflictError("board.errors.boardChanged");
  return { before: row.lastRank, after: null };
}

/** Neighbour ids must name cards of the card's own board (anything else is bad input). */
async function assertNeighboursOnBoard(tx: Transaction, card: LoadedCard, previousId: string | null, nextId: string | null): Promise<void> {
  const ids = [previousId, nextId].filter((value): value is string => value !== null);
  if (ids.length === 0) return;
  if (ids.includes(card.id)) throw new InvalidInputError({ [previousId === card.id ? "previousId" : "nextId"]: [{ key: "board.validation.neighbourIsCard" }] });
  const found = await tx.improvement.findMany({
    where: { id: { in: ids }, organisationId: card.organisationId, teamId: card.teamId },
    select: { id: true },
  });
  const known = new Set(found.map((neighbour) => neighbour.id));
  if (previousId && !known.has(previousId)) throw new InvalidInputError({ previousId: [{ key: "board.validation.neighbourNotOnBoard" }] });
  if (nextId && !known.has(nextId)) throw new InvalidInputError({ nextId: [{ key: "board.validation.neighbourNotOnBoard" }] });
}

// A move into a gap another move is filling at the same moment computes the same key; the
// unique index refuses the second, which then retries under the column lock.
const MOVE_ATTEMPTS = 6;

/**
 * Moves a card to a column, between the neighbours the client names: one short transaction
 * writing one card row (plus its history line). Everything that does not decide the rank runs
 * first; the rank is read from committed neighbours just before the single UPDATE. Moves into
 * different places run in parallel; moves into the same place collide on the unique index and
 * the loser retries holding the column's row lock, so it always lands, distinct and in order.
 */
export async function moveImprovement(actor: Actor, id: string, input: MoveImprovementInput): Promise<PlacedCard> {
  return inTransaction(async (tx, attempt) => {
    // The card's row first: two moves of one card queue here instead of deadlocking later on
    // the history row's foreign-key lock; the second then sees the new version and is refused.
    if (isId(id)) await tx.$queryRaw`SELECT 1 FROM "Improvement" WHERE id = ${id}::uuid AND "organisationId" = ${actor.organisationId}::uuid FOR UPDATE`;
    const card = await loadCard(tx, actor, id);
    authorize(actor, { action: "improvement.move", resource: card.resource });
    assertWritable(card, input.version);
    if (card.status !== "ACTIVE") throw new ConflictError("board.errors.notOnBoard");
    const column = await tx.column.findFirst({
      where: { id: input.columnId, organisationId: card.organisationId, teamId: card.teamId },
      select: { id: true, name: true, stage: true },
    });
    if (!column) throw new InvalidInputError({ columnId: [{ key: "board.validation.columnNotOnBoard" }] });
    await assertNeighboursOnBoard(tx, card, input.previousId, input.nextId);
    await assertStageGate(tx, { id: card.id, organisationId: card.organisationId }, card.column.stage, column.stage);
    if (column.id !== card.columnId) {
      await recordActivity(tx, {
        organisationId: card.organisationId,
        improvementId: card.id,
        actorId: actor.userId,
        kind: "MOVED",
        data: { fromColumn: card.column.name, toColumn: column.name, fromStage: card.column.stage, toStage: column.stage },
      });
    }
    await publishImprovement(tx, "improvement.moved", card, actor.userId, input.version + 1);
    if (attempt > 0) await lockColumn(tx, column.id);
    const rank = rankForSlot(await moveSlot(tx, card.id, column.id, input.previousId, input.nextId));
    const now = new Date();
    const stageEnteredAt = column.stage !== card.column.stage ? now : undefined;
    const respond = !card.firstResponseAt && actor.userId !== card.submitterId ? now : undefined;
    await updateAtVersion(tx, card.id, input.version, { columnId: column.id, rank, stageEnteredAt, firstResponseAt: respond });
    return placedCard(card, column.id, rank, input.version, stageEnteredAt);
  }, MOVE_ATTEMPTS);
}

function placedCard(card: LoadedCard, columnId: string, rank: string, version: number, stageEnteredAt: Date | undefined): PlacedCard {
  return { id: card.id, columnId, rank, version: version + 1, stageEnteredAt: (stageEnteredAt ?? card.stageEnteredAt).toISOString() };
}

/** A new suggestion, at the top of the team's first column. Only the title is required. */
export async function createImprovement(actor: Actor, input: CreateImprovementInput): Promise<BoardCard> {
  return inTransaction((tx) => createImprovementInTransaction(tx, actor, input), 3);
}

/**
 * `createImprovement` inside the caller's transaction (same permission check, rank, activity
 * line and live update, which is sent only when that transaction commits).
 */
export async function createImprovementInTransaction(tx: Transaction, actor: Actor, input: CreateImprovementInput): Promise<BoardCard> {
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
  }, 3);
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
  }, 3);
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
