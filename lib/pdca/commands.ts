import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { recordActivity } from "@/lib/board/activity";
import { moveImprovement } from "@/lib/board/commands";
import { db, type Prisma, type Transaction } from "@/lib/db/client";
import type { Stage } from "@/lib/db/generated/enums";
import { ConflictError, ExpectedError, InvalidInputError, NotFoundError, type FieldIssues } from "@/lib/errors";
import { publishImprovement } from "@/lib/realtime/publish";
import { assertImprovementId, cycleSelect, emptyCycle, toCycleDto } from "./queries";
import type { StartPdcaCycleInput, UpdatePdcaCycleInput } from "./schemas";
import type { PdcaCycleDto } from "./types";

// Every checklist write: one transaction that first locks the card's row (so two saves of one
// checklist, or the lazy creation of its first cycle, never interleave), asks the permission
// module (the board's improvement.edit rule), checks the cycle's version, and writes one
// activity line naming the changed fields. The card's own version is left alone: filling in
// the checklist must not make a pending board move stale.

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

async function inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof ExpectedError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    // A unique (improvement, number) clash: someone else created the cycle first.
    if (code === "P2002" || /\b23505\b/.test(String(error))) throw new ConflictError("pdca.errors.stale");
    throw error;
  }
}

async function lockCard(tx: Transaction, actor: Actor, improvementId: string) {
  assertImprovementId(improvementId);
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Improvement" WHERE id = ${improvementId}::uuid AND "organisationId" = ${actor.organisationId}::uuid FOR NO KEY UPDATE`;
  if (!locked[0]) throw new NotFoundError();
  const card = await tx.improvement.findFirst({
    where: { id: improvementId, organisationId: actor.organisationId },
    select: {
      id: true,
      organisationId: true,
      teamId: true,
      submitterId: true,
      status: true,
      version: true,
      column: { select: { stage: true } },
      owners: { select: { userId: true } },
      team: { select: { archivedAt: true } },
    },
  });
  if (!card) throw new NotFoundError();
  authorize(actor, {
    action: "improvement.edit",
    resource: { organisationId: card.organisationId, teamId: card.teamId, submitterId: card.submitterId, ownerIds: card.owners.map((owner) => owner.userId) },
  });
  if (card.team.archivedAt) throw new ExpectedError("forbidden", "pdca.errors.teamArchived");
  return card;
}

async function currentCycle(tx: Transaction, card: { id: string; organisationId: string }) {
  return tx.pdcaCycle.findFirst({ where: { improvementId: card.id, organisationId: card.organisationId }, select: cycleSelect, orderBy: { number: "desc" } });
}

type CurrentCycle = NonNullable<Awaited<ReturnType<typeof currentCycle>>>;

function assertCurrent(current: CurrentCycle | null, input: { cycle: number; version: number }): void {
  if ((current?.number ?? 1) !== input.cycle || (current?.version ?? 0) !== input.version || current?.closedAt) {
    throw new ConflictError("pdca.errors.stale");
  }
}

// Checklist field path → database column, per section.
const planColumns = {
  problemStatement: "problemStatement",
  customerType: "customerType",
  customerName: "customerName",
  segmentId: "segmentId",
  expectation: "expectation",
  kano: "kano",
  baseline: "baseline",
  rootCause: "rootCause",
  goal: "goal",
} as const;
const doColumns = { description: "doDescription", informed: "informed" } as const;
const checkColumns = {
  result: "checkResult",
  measuredResult: "measuredResult",
  sideEffects: "sideEffects",
  expectationMet: "expectationMet",
  expectationEvidence: "expectationEvidence",
} as const;
const actColumns = {
  decision: "actDecision",
  standardisation: "standardisation",
  training: "training",
  monitoring: "monitoring",
  lessonsLearned: "lessonsLearned",
  newCycleReason: "newCycleReason",
} as const;

type CycleValue = string | string[] | null;
type ColumnName = (typeof planColumns)[keyof typeof planColumns] | (typeof doColumns)[keyof typeof doColumns] | (typeof checkColumns)[keyof typeof checkColumns] | (typeof actColumns)[keyof typeof actColumns];

function currentValue(current: CurrentCycle | null, column: ColumnName): CycleValue {
  if (!current) return column === "rootCause" ? [] : null;
  if (column === "segmentId") return current.segment?.id ?? null;
  return current[column];
}

const same = (a: CycleValue, b: CycleValue) => (Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a ?? []) === JSON.stringify(b ?? []) : (a ?? null) === (b ?? null));

/** The columns to write and the field paths that changed, for every section the input carries. */
function changedColumns(current: CurrentCycle | null, input: UpdatePdcaCycleInput) {
  const data: Partial<Record<ColumnName, CycleValue>> = {};
  const changed: string[] = [];
  const sections = [
    ["plan", input.plan, planColumns],
    ["do", input.do, doColumns],
    ["check", input.check, checkColumns],
    ["act", input.act, actColumns],
  ] as const;
  for (const [section, values, columns] of sections) {
    if (!values) continue;
    for (const [field, column] of Object.entries(columns) as [string, ColumnName][]) {
      const next = (values as Record<string, CycleValue>)[field] ?? (column === "rootCause" ? [] : null);
      if (!same(currentValue(current, column), next)) {
        data[column] = next;
        changed.push(`${section}.${field}`);
      }
    }
  }
  return { data, changed };
}

async function assertReferences(tx: Transaction, card: { organisationId: string }, current: CurrentCycle | null, input: UpdatePdcaCycleInput): Promise<void> {
  const issues: FieldIssues = {};
  const plan = input.plan;
  if (!plan) return;
  if (plan.segmentId && plan.segmentId !== current?.segment?.id) {
    const segment = await tx.customerSegment.findFirst({ where: { id: plan.segmentId, organisationId: card.organisationId, archivedAt: null }, select: { id: true } });
    if (!segment) issues["plan.segmentId"] = [{ key: "pdca.validation.unknownSegment" }];
  }
  const ownerIds = [...new Set(plan.actions.map((action) => action.ownerId).filter((id): id is string => id !== null))];
  const owners = ownerIds.length
    ? await tx.organisationMembership.findMany({ where: { organisationId: card.organisationId, userId: { in: ownerIds } }, select: { userId: true } })
    : [];
  const known = new Set(current?.actions.map((action) => action.id) ?? []);
  const seen = new Set<string>();
  plan.actions.forEach((action, index) => {
    if (action.ownerId && !owners.some((owner) => owner.userId === action.ownerId)) {
      issues[`plan.actions.${index}.ownerId`] = [{ key: "pdca.validation.unknownOwner" }];
    }
    if (action.id && (!known.has(action.id) || seen.has(action.id))) issues[`plan.actions.${index}.description`] = [{ key: "pdca.validation.unknownAction" }];
    if (action.id) seen.add(action.id);
  });
  if (Object.keys(issues).length > 0) throw new InvalidInputError(issues);
}

/** Replaces the cycle's planned actions with the submitted list; returns which parts changed. */
async function syncActions(
  tx: Transaction,
  cycle: { id: string; organisationId: string },
  existing: CurrentCycle["actions"],
  rows: NonNullable<UpdatePdcaCycleInput["plan"]>["actions"],
  now: Date,
): Promise<{ planned: boolean; ticked: boolean }> {
  let planned = false;
  let ticked = false;
  const kept = new Set(rows.map((row) => row.id).filter(Boolean));
  const removed = existing.filter((action) => !kept.has(action.id)).map((action) => action.id);
  if (removed.length) {
    await tx.pdcaAction.deleteMany({ where: { id: { in: removed }, cycleId: cycle.id } });
    planned = true;
  }
  for (const [position, row] of rows.entries()) {
    const dueDate = row.dueDate ? new Date(`${row.dueDate}T00:00:00Z`) : null;
    const before = row.id ? existing.find((action) => action.id === row.id) : undefined;
    if (!before) {
      await tx.pdcaAction.create({
        data: { organisationId: cycle.organisationId, cycleId: cycle.id, position, description: row.description, ownerId: row.ownerId, dueDate, doneAt: row.done ? now : null },
        select: { id: true },
      });
      planned = true;
      if (row.done) ticked = true;
      continue;
    }
    const beforeIndex = existing.indexOf(before);
    const plannedChange =
      before.description !== row.description ||
      (before.owner?.id ?? null) !== row.ownerId ||
      (before.dueDate?.toISOString().slice(0, 10) ?? null) !== row.dueDate ||
      beforeIndex !== position;
    const tickChange = (before.doneAt !== null) !== row.done;
    if (!plannedChange && !tickChange) continue;
    await tx.pdcaAction.update({
      where: { id: before.id },
      data: { position, description: row.description, ownerId: row.ownerId, dueDate, doneAt: row.done ? (before.doneAt ?? now) : null },
      select: { id: true },
    });
    planned ||= plannedChange;
    ticked ||= tickChange;
  }
  return { planned, ticked };
}

/**
 * Saves the current cycle of an improvement's PDCA checklist (creating the first cycle on its
 * first save). Sections left out of the input stay as they are.
 */
export async function updatePdcaCycle(actor: Actor, improvementId: string, input: UpdatePdcaCycleInput): Promise<PdcaCycleDto> {
  return inTransaction((tx) => updatePdcaCycleInTransaction(tx, actor, improvementId, input));
}

/**
 * `updatePdcaCycle` inside the caller's transaction (same lock, permission check, activity line
 * and live update, sent only when that transaction commits), e.g. to fill in the checklist of a
 * suggestion created in the same transaction.
 */
export async function updatePdcaCycleInTransaction(tx: Transaction, actor: Actor, improvementId: string, input: UpdatePdcaCycleInput): Promise<PdcaCycleDto> {
  const card = await lockCard(tx, actor, improvementId);
  const current = await currentCycle(tx, card);
  assertCurrent(current, input);
  await assertReferences(tx, card, current, input);
  const { data: changes, changed } = changedColumns(current, input);
  // The values passed the schema (enums included); only their static type is too wide here.
  const data = changes as Prisma.PdcaCycleUncheckedUpdateManyInput;
  const now = new Date();
  if (!current && changed.length === 0 && !input.plan?.actions.length) return emptyCycle(1);

  const cycleId =
    current?.id ??
    (await tx.pdcaCycle.create({ data: { ...(data as Prisma.PdcaCycleUncheckedCreateInput), organisationId: card.organisationId, improvementId: card.id, number: 1 }, select: { id: true } })).id;
  const actions = input.plan
    ? await syncActions(tx, { id: cycleId, organisationId: card.organisationId }, current?.actions ?? [], input.plan.actions, now)
    : { planned: false, ticked: false };
  if (actions.planned) changed.push("plan.actions");
  if (actions.ticked) changed.push("do.actions");
  if (current && changed.length === 0) return toCycleDto(current);

  if (current) {
    const { count } = await tx.pdcaCycle.updateMany({ where: { id: current.id, version: current.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("pdca.errors.stale");
  }
  await recordActivity(tx, {
    organisationId: card.organisationId,
    improvementId: card.id,
    actorId: actor.userId,
    kind: "PDCA_UPDATED",
    data: { cycle: current?.number ?? 1, fields: changed },
  });
  // Other boards refresh the card's progress; no card version, since the card itself did not change.
  await publishImprovement(tx, "pdca.updated", card, actor.userId);
  const saved = await currentCycle(tx, card);
  if (!saved) throw new ConflictError("pdca.errors.stale");
  return toCycleDto(saved);
}

export type StartedCycle = { number: number; movedToPlan: boolean };

const laterThanPlan: Stage[] = ["DO", "CHECK", "ACT", "DONE"];

/**
 * Act decided "not achieved, new cycle": closes the current cycle (it stays readable) and starts
 * the next from Plan, keeping the problem and the customer expectation, with the measured
 * result as the new baseline. The card then goes back to the team's Plan column; when that move
 * cannot be made (someone moved it meanwhile), the new cycle stands and the card stays put.
 */
export async function startPdcaCycle(actor: Actor, improvementId: string, input: StartPdcaCycleInput): Promise<StartedCycle> {
  const started = await inTransaction(async (tx) => {
    const card = await lockCard(tx, actor, improvementId);
    const current = await currentCycle(tx, card);
    assertCurrent(current, input);
    const issues: FieldIssues = {};
    if (!current?.checkResult) issues["check.result"] = [{ key: "pdca.validation.newCycleNeedsCheck" }];
    if (current?.actDecision !== "NEW_CYCLE") issues["act.decision"] = [{ key: "pdca.validation.newCycleNeedsDecision" }];
    if (!current?.newCycleReason) issues["act.newCycleReason"] = [{ key: "pdca.validation.newCycleNeedsReason" }];
    if (!current || Object.keys(issues).length > 0) throw new InvalidInputError(issues);

    const now = new Date();
    const { count } = await tx.pdcaCycle.updateMany({ where: { id: current.id, version: current.version }, data: { closedAt: now, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("pdca.errors.stale");
    const number = current.number + 1;
    await tx.pdcaCycle.create({
      data: {
        organisationId: card.organisationId,
        improvementId: card.id,
        number,
        problemStatement: current.problemStatement,
        customerType: current.customerType,
        customerName: current.customerName,
        segmentId: current.segment?.id ?? null,
        expectation: current.expectation,
        kano: current.kano,
        baseline: current.measuredResult ?? current.baseline,
      },
      select: { id: true },
    });
    await recordActivity(tx, {
      organisationId: card.organisationId,
      improvementId: card.id,
      actorId: actor.userId,
      kind: "PDCA_CYCLE_STARTED",
      data: { cycle: number, reason: current.newCycleReason },
    });
    await publishImprovement(tx, "pdca.updated", card, actor.userId);
    return { number, card };
  });

  const { card } = started;
  if (card.status !== "ACTIVE" || !laterThanPlan.includes(card.column.stage)) return { number: started.number, movedToPlan: false };
  const plan = await db.column.findFirst({
    where: { teamId: card.teamId, organisationId: card.organisationId, stage: "PLAN" },
    select: { id: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  if (!plan) return { number: started.number, movedToPlan: false };
  try {
    await moveImprovement(actor, card.id, { columnId: plan.id, previousId: null, nextId: null, version: card.version });
    return { number: started.number, movedToPlan: true };
  } catch (error) {
    if (error instanceof ExpectedError) return { number: started.number, movedToPlan: false };
    throw error;
  }
}
