import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Transaction } from "@/lib/db/client";
import { Stage } from "@/lib/db/generated/enums";
import { ExpectedError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { lockTeamColumns } from "./locks";
import { loadManagedTeam } from "./members";
import type { CreateColumnInput, DeleteColumnInput, MoveColumnInput, UpdateColumnInput } from "./schemas";
import { assertTeamActive } from "./teams";

// Column administration for a team's board. Columns keep the stage order (IDEA … DONE): a column
// is only ever placed among the columns of its own stage. Card order inside a column is the
// board's business (lib/board); here only `position` of columns changes. Every write locks the
// team's column rows first, so two people editing the same board are applied one after the other
// and positions stay 0…n-1 without gaps or duplicates.

export const MAX_COLUMNS_PER_TEAM = 30;

export const stageOrder: readonly Stage[] = [Stage.IDEA, Stage.PLAN, Stage.DO, Stage.CHECK, Stage.ACT, Stage.DONE];

export type SettingsColumn = {
  id: string;
  name: string;
  stage: Stage;
  position: number;
  wipLimit: number | null;
  activeCount: number;
  offBoardCount: number;
};

type OrderedColumn = { id: string; stage: Stage; position: number; name: string };

/** Stage order first, then the stored position: the order the board shows. Pure. */
export function orderColumns<T extends { stage: Stage; position: number }>(columns: readonly T[]): T[] {
  return [...columns].sort((a, b) => stageOrder.indexOf(a.stage) - stageOrder.indexOf(b.stage) || a.position - b.position);
}

/** Where a new column of `stage` goes in an ordered list: after the last column of its stage or an earlier one. Pure. */
export function insertionIndex(columns: readonly { stage: Stage }[], stage: Stage): number {
  const rank = stageOrder.indexOf(stage);
  let index = 0;
  columns.forEach((column, at) => {
    if (stageOrder.indexOf(column.stage) <= rank) index = at + 1;
  });
  return index;
}

/** Moves `id` to `index` among the columns of its own stage (clamped), leaving other stages alone. Pure. */
export function moveWithinStage<T extends { id: string; stage: Stage }>(columns: readonly T[], id: string, index: number): T[] {
  const moving = columns.find((column) => column.id === id);
  if (!moving) return [...columns];
  const group = columns.filter((column) => column.stage === moving.stage && column.id !== id);
  const target = Math.max(0, Math.min(index, group.length));
  group.splice(target, 0, moving);
  let next = 0;
  return columns.map((column) => (column.stage === moving.stage ? group[next++]! : column));
}

async function readOrdered(tx: Transaction, teamId: string): Promise<OrderedColumn[]> {
  const columns = await tx.column.findMany({
    where: { teamId },
    select: { id: true, stage: true, position: true, name: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  // Ties and gaps from older data are resolved by the sort above; the write below numbers 0…n-1.
  return orderColumns(columns.map((column, index) => ({ ...column, position: index })));
}

async function writePositions(tx: Transaction, teamId: string, ordered: readonly { id: string }[]): Promise<void> {
  const current = await tx.column.findMany({ where: { teamId }, select: { id: true, position: true } });
  const stored = new Map(current.map((column) => [column.id, column.position]));
  for (const [position, column] of ordered.entries()) {
    if (stored.get(column.id) !== position) await tx.column.update({ where: { id: column.id }, data: { position } });
  }
}

function assertNameFree(columns: readonly OrderedColumn[], name: string, exceptId?: string): void {
  const taken = columns.some((column) => column.id !== exceptId && column.name.localeCompare(name, "nl", { sensitivity: "accent" }) === 0);
  if (taken) throw new InvalidInputError({ name: [{ key: "settings.validation.columnExists" }] });
}

/** Loads a column of the actor's organisation with its team, checking the actor may manage that team. */
async function loadManagedColumn(tx: Transaction, actor: Actor, columnId: string) {
  const column = await tx.column.findFirst({ where: { id: columnId, organisationId: actor.organisationId }, select: { id: true, teamId: true, stage: true } });
  if (!column) throw new NotFoundError();
  const team = await loadManagedTeam(tx, actor, column.teamId);
  assertTeamActive(team);
  return { column, team };
}

export async function listTeamColumns(actor: Actor, teamId: string): Promise<SettingsColumn[]> {
  const team = await loadManagedTeam(db, actor, teamId);
  const columns = await db.$queryRaw<(Omit<SettingsColumn, "stage"> & { stage: string })[]>`
    SELECT c.id, c.name, c.stage::text AS stage, c.position, c."wipLimit",
           count(i.id) FILTER (WHERE i.status = 'ACTIVE')::int AS "activeCount",
           count(i.id) FILTER (WHERE i.status <> 'ACTIVE')::int AS "offBoardCount"
      FROM "Column" c LEFT JOIN "Improvement" i ON i."columnId" = c.id
     WHERE c."teamId" = ${team.id}::uuid AND c."organisationId" = ${team.organisationId}::uuid
     GROUP BY c.id
     ORDER BY c.position, c."createdAt"`;
  return orderColumns(columns.map((column) => ({ ...column, stage: column.stage as Stage })));
}

/** Adds a column at the end of its stage's columns. */
export async function createColumn(actor: Actor, input: CreateColumnInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const team = await loadManagedTeam(tx, actor, input.teamId);
    assertTeamActive(team);
    await lockTeamColumns(tx, team.id);
    const ordered = await readOrdered(tx, team.id);
    if (ordered.length >= MAX_COLUMNS_PER_TEAM) throw new ExpectedError("conflict", "settings.errors.tooManyColumns", { maximum: MAX_COLUMNS_PER_TEAM });
    assertNameFree(ordered, input.name);
    const index = insertionIndex(ordered, input.stage);
    const created = await tx.column.create({
      data: { organisationId: team.organisationId, teamId: team.id, name: input.name, stage: input.stage, wipLimit: input.wipLimit, position: index },
      select: { id: true },
    });
    const next = [...ordered.slice(0, index), { id: created.id }, ...ordered.slice(index)];
    await writePositions(tx, team.id, next);
    return created;
  });
}

/** Renames a column and sets (or clears) its WIP limit. The stage never changes. */
export async function updateColumn(actor: Actor, input: UpdateColumnInput): Promise<{ id: string; name: string; wipLimit: number | null }> {
  return db.$transaction(async (tx) => {
    const { column, team } = await loadManagedColumn(tx, actor, input.columnId);
    await lockTeamColumns(tx, team.id);
    assertNameFree(await readOrdered(tx, team.id), input.name, column.id);
    return tx.column.update({ where: { id: column.id }, data: { name: input.name, wipLimit: input.wipLimit }, select: { id: true, name: true, wipLimit: true } });
  });
}

/** Places a column at `index` among the columns of its own stage. Asking for the same place twice changes nothing. */
export async function moveColumn(actor: Actor, input: MoveColumnInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { column, team } = await loadManagedColumn(tx, actor, input.columnId);
    await lockTeamColumns(tx, team.id);
    const ordered = await readOrdered(tx, team.id);
    await writePositions(tx, team.id, moveWithinStage(ordered, column.id, input.index));
    return { id: column.id };
  });
}

/**
 * Removes a column that has no cards on the board. Its parked and rejected improvements (off the
 * board, still findable) move to another column of the same stage; the last column of a stage
 * cannot go, so every PDCA stage keeps a place on the board.
 */
export async function deleteColumn(actor: Actor, input: DeleteColumnInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { column, team } = await loadManagedColumn(tx, actor, input.columnId);
    await lockTeamColumns(tx, team.id);
    // Counted under the lock: the board's moves take the same column lock, so no card can
    // arrive between this count and the delete.
    const active = await tx.improvement.count({ where: { columnId: column.id, status: "ACTIVE" } });
    if (active > 0) throw new ExpectedError("conflict", "settings.errors.columnNotEmpty", { count: active });
    const ordered = await readOrdered(tx, team.id);
    const sibling = ordered.find((other) => other.stage === column.stage && other.id !== column.id);
    if (!sibling) throw new ExpectedError("conflict", "settings.errors.lastColumnOfStage");
    await tx.improvement.updateMany({ where: { columnId: column.id }, data: { columnId: sibling.id } });
    await tx.column.delete({ where: { id: column.id } });
    await writePositions(
      tx,
      team.id,
      ordered.filter((other) => other.id !== column.id),
    );
    return { id: column.id };
  });
}
