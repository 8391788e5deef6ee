import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, type Permission } from "@/lib/auth/permissions";
import { createImprovementInTransaction, inBoardTransaction } from "@/lib/board/commands";
import { TITLE_MAX } from "@/lib/board/schemas";
import { db, type Transaction } from "@/lib/db/client";
import type { AttendanceStatus, DailyStartSection } from "@/lib/db/generated/enums";
import { ConflictError, ExpectedError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";
import { dateToDay, dayOf } from "./days";
import {
  leadItemKinds,
  type AddItemInput,
  type CheckInInput,
  type DailyStartIdInput,
  type ItemIdInput,
  type SetAttendanceInput,
  type SetSectionInput,
  type TeamIdInput,
  type UpdateSettingsInput,
} from "./schemas";

// Every write: the permission module asked first, every query scoped by organisation, one
// transaction that locks the day's daily start row (so finishing and adding never interleave)
// and announces the change to everyone following the page (published on commit only).

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

export type TeamScope = { id: string; organisationId: string; slug: string };

/** A team of the actor's organisation that can still change. */
export async function loadWritableTeam(client: Transaction | typeof db, actor: Actor, teamId: string): Promise<TeamScope> {
  const team = await client.team.findFirst({
    where: { id: teamId, organisationId: actor.organisationId },
    select: { id: true, organisationId: true, slug: true, archivedAt: true },
  });
  if (!team) throw new NotFoundError();
  authorize(actor, { action: "team.read", resource: { organisationId: team.organisationId, teamId: team.id } });
  if (team.archivedAt) throw new ExpectedError("forbidden", "dailyStart.errors.teamArchived");
  return { id: team.id, organisationId: team.organisationId, slug: team.slug };
}

export function teamPermission(action: "dailyStart.run" | "dailyStart.contribute" | "dailyStart.checkIn" | "kpi.manage", team: TeamScope): Permission {
  return { action, resource: { organisationId: team.organisationId, teamId: team.id } };
}

type LockedDailyStart = { id: string; section: DailyStartSection; startedAt: Date | null; finishedAt: Date | null };

/**
 * Today's daily start of the team, row-locked for the rest of the transaction; created first
 * when `create` (the first bottleneck of the morning may come before the lead starts).
 */
async function lockToday(tx: Transaction, team: TeamScope, create: boolean, now: Date): Promise<LockedDailyStart | null> {
  const day = dayOf(now);
  if (create) {
    // Two people adding the day's first note at once both land in one row.
    await tx.$executeRaw`
      INSERT INTO "DailyStart" (id, "organisationId", "teamId", day, "updatedAt")
      VALUES (gen_random_uuid(), ${team.organisationId}::uuid, ${team.id}::uuid, ${day}::date, now())
      ON CONFLICT ("teamId", day) DO NOTHING`;
  }
  const rows = await tx.$queryRaw<LockedDailyStart[]>`
    SELECT id, section::text AS section, "startedAt", "finishedAt" FROM "DailyStart"
     WHERE "teamId" = ${team.id}::uuid AND "organisationId" = ${team.organisationId}::uuid AND day = ${day}::date
     FOR UPDATE`;
  return rows[0] ?? null;
}

function assertOpen(dailyStart: LockedDailyStart): void {
  if (dailyStart.finishedAt) throw new ConflictError("dailyStart.errors.finished");
}

/** `actor` null: a change that must not say who made it (a mood check-in). */
async function announce(tx: Transaction, team: TeamScope, actor: Actor | null, dailyStartId?: string): Promise<void> {
  await publish(tx, { kind: "dailyStart.updated", organisationId: team.organisationId, teamId: team.id, subjectId: dailyStartId, actorId: actor?.userId ?? null });
}

function inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.$transaction(work, TRANSACTION_OPTIONS);
}

export type TimerResult = { id: string; section: DailyStartSection; startedAt: string | null; finishedAt: string | null };

function timerResult(row: LockedDailyStart): TimerResult {
  return { id: row.id, section: row.section, startedAt: row.startedAt?.toISOString() ?? null, finishedAt: row.finishedAt?.toISOString() ?? null };
}

/** The lead starts today's daily start: the timer runs from now on every screen. Starting twice is harmless. */
export async function startDailyStart(actor: Actor, input: TeamIdInput, now = new Date()): Promise<TimerResult> {
  return inTransaction(async (tx) => {
    const team = await loadWritableTeam(tx, actor, input.teamId);
    authorize(actor, teamPermission("dailyStart.run", team));
    const today = await lockToday(tx, team, true, now);
    if (!today) throw new NotFoundError();
    assertOpen(today);
    if (today.startedAt) return timerResult(today);
    await tx.dailyStart.update({ where: { id: today.id }, data: { startedAt: now, startedById: actor.userId, section: "ATTENDANCE" }, select: { id: true } });
    await announce(tx, team, actor, today.id);
    return timerResult({ ...today, startedAt: now, section: "ATTENDANCE" });
  });
}

/** The lead moves the agenda on (or back). */
export async function setDailyStartSection(actor: Actor, input: SetSectionInput, now = new Date()): Promise<TimerResult> {
  return inTransaction(async (tx) => {
    const team = await loadWritableTeam(tx, actor, input.teamId);
    authorize(actor, teamPermission("dailyStart.run", team));
    const today = await lockToday(tx, team, false, now);
    if (!today?.startedAt) throw new ConflictError("dailyStart.errors.notStarted");
    assertOpen(today);
    if (today.section !== input.section) {
      await tx.dailyStart.update({ where: { id: today.id }, data: { section: input.section }, select: { id: true } });
      await announce(tx, team, actor, today.id);
    }
    return timerResult({ ...today, section: input.section });
  });
}

/**
 * Finishing saves the daily start to the team's history. Whoever was not marked present by then
 * counts as absent: they missed it, so it waits for them, unread, until they open it.
 */
export async function finishDailyStart(actor: Actor, input: TeamIdInput, now = new Date()): Promise<TimerResult & { day: string }> {
  return inTransaction(async (tx) => {
    const team = await loadWritableTeam(tx, actor, input.teamId);
    authorize(actor, teamPermission("dailyStart.run", team));
    const today = await lockToday(tx, team, false, now);
    if (!today?.startedAt) throw new ConflictError("dailyStart.errors.notStarted");
    assertOpen(today);
    await tx.dailyStart.update({ where: { id: today.id }, data: { finishedAt: now, finishedById: actor.userId }, select: { id: true } });
    await tx.$executeRaw`
      INSERT INTO "DailyStartAttendance" ("dailyStartId", "userId", status, "updatedAt")
      SELECT ${today.id}::uuid, m."userId", 'ABSENT'::"AttendanceStatus", now()
        FROM "TeamMembership" m JOIN "User" u ON u.id = m."userId"
       WHERE m."teamId" = ${team.id}::uuid AND u."deactivatedAt" IS NULL
      ON CONFLICT ("dailyStartId", "userId") DO NOTHING`;
    await announce(tx, team, actor, today.id);
    return { ...timerResult({ ...today, finishedAt: now }), day: dayOf(now) };
  });
}

/** Present, joined remotely, absent — or unmarked again (null). Only the team's own people. */
export async function setAttendance(actor: Actor, input: SetAttendanceInput, now = new Date()): Promise<{ userId: string; status: AttendanceStatus | null }> {
  return inTransaction(async (tx) => {
    const team = await loadWritableTeam(tx, actor, input.teamId);
    authorize(actor, teamPermission("dailyStart.run", team));
    const member = await tx.teamMembership.findFirst({ where: { teamId: team.id, userId: input.userId }, select: { id: true } });
    if (!member) throw new InvalidInputError({ userId: [{ key: "dailyStart.validation.notInTeam" }] });
    const today = await lockToday(tx, team, true, now);
    if (!today) throw new NotFoundError();
    assertOpen(today);
    const key = { dailyStartId_userId: { dailyStartId: today.id, userId: input.userId } };
    if (input.status === null) await tx.dailyStartAttendance.deleteMany({ where: { dailyStartId: today.id, userId: input.userId } });
    else
      await tx.dailyStartAttendance.upsert({
        where: key,
        create: { dailyStartId: today.id, userId: input.userId, status: input.status },
        update: { status: input.status },
        select: { userId: true },
      });
    await announce(tx, team, actor, today.id);
    return { userId: input.userId, status: input.status };
  });
}

/** An announcement (the lead's), a note, a bottleneck or a decision on today's daily start. */
export async function addDailyStartItem(actor: Actor, input: AddItemInput, now = new Date()): Promise<{ id: string }> {
  return inTransaction(async (tx) => {
    const team = await loadWritableTeam(tx, actor, input.teamId);
    authorize(actor, teamPermission(leadItemKinds.includes(input.kind) ? "dailyStart.run" : "dailyStart.contribute", team));
    const today = await lockToday(tx, team, true, now);
    if (!today) throw new NotFoundError();
    assertOpen(today);
    const item = await tx.dailyStartItem.create({
      data: { organisationId: team.organisationId, dailyStartId: today.id, kind: input.kind, text: input.text, authorId: actor.userId },
      select: { id: true },
    });
    await announce(tx, team, actor, today.id);
    return item;
  });
}

async function loadItem(tx: Transaction, actor: Actor, id: string) {
  const item = await tx.dailyStartItem.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: {
      id: true,
      kind: true,
      text: true,
      authorId: true,
      improvementId: true,
      dailyStart: { select: { id: true, teamId: true, organisationId: true, finishedAt: true } },
    },
  });
  if (!item) throw new NotFoundError();
  return item;
}

/** Takes back a note while the daily start runs; a finished one is history and stays as it was. */
export async function deleteDailyStartItem(actor: Actor, input: ItemIdInput): Promise<{ id: string }> {
  return inTransaction(async (tx) => {
    const item = await loadItem(tx, actor, input.id);
    const team = await loadWritableTeam(tx, actor, item.dailyStart.teamId);
    authorize(actor, { action: "dailyStart.editItem", resource: { organisationId: team.organisationId, teamId: team.id, createdById: item.authorId } });
    const [locked] = await tx.$queryRaw<{ finishedAt: Date | null }[]>`
      SELECT "finishedAt" FROM "DailyStart" WHERE id = ${item.dailyStart.id}::uuid FOR UPDATE`;
    if (locked?.finishedAt) throw new ConflictError("dailyStart.errors.finished");
    await tx.dailyStartItem.delete({ where: { id: item.id }, select: { id: true } });
    await announce(tx, team, actor, item.dailyStart.id);
    return { id: item.id };
  });
}

function suggestionTitle(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= TITLE_MAX ? oneLine : `${oneLine.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}

/**
 * Turns a bottleneck into a suggestion on the team's board, through the board's own service (its
 * permission check, rank, activity log and live update apply), and links the two, in one
 * transaction: when any part fails, no suggestion is left behind and the bottleneck is left as
 * it was. The bottleneck's row is locked before the suggestion is made, so two people
 * converting it at once make one suggestion and the second gets a conflict.
 */
export async function convertBottleneckToImprovement(actor: Actor, input: ItemIdInput): Promise<{ improvementId: string; teamSlug: string }> {
  return inBoardTransaction(async (tx) => {
    const item = await loadItem(tx, actor, input.id);
    const team = await loadWritableTeam(tx, actor, item.dailyStart.teamId);
    authorize(actor, teamPermission("dailyStart.contribute", team));
    if (item.kind !== "BOTTLENECK") throw new InvalidInputError({ id: [{ key: "dailyStart.validation.notABottleneck" }] }, "dailyStart.errors.notABottleneck");
    const [locked] = await tx.$queryRaw<{ improvementId: string | null }[]>`
      SELECT "improvementId" FROM "DailyStartItem" WHERE id = ${item.id}::uuid AND "organisationId" = ${actor.organisationId}::uuid FOR UPDATE`;
    if (!locked) throw new NotFoundError();
    if (locked.improvementId) throw new ConflictError("dailyStart.errors.alreadyConverted");
    const improvement = await createImprovementInTransaction(tx, actor, {
      teamId: team.id,
      title: suggestionTitle(item.text),
      problem: item.text,
      proposal: null,
      wasteType: null,
      customerValue: null,
    });
    await tx.dailyStartItem.update({ where: { id: item.id }, data: { improvementId: improvement.id }, select: { id: true } });
    await announce(tx, team, actor, item.dailyStart.id);
    return { improvementId: improvement.id, teamSlug: team.slug };
  });
}

/** The mood check-in: one answer per person per day, which they may change until the finish. */
export async function checkInMood(actor: Actor, input: CheckInInput, now = new Date()): Promise<{ answered: true }> {
  return inTransaction(async (tx) => {
    const team = await loadWritableTeam(tx, actor, input.teamId);
    authorize(actor, teamPermission("dailyStart.checkIn", team));
    const today = await lockToday(tx, team, true, now);
    if (!today) throw new NotFoundError();
    assertOpen(today);
    await tx.dailyStartMood.upsert({
      where: { dailyStartId_userId: { dailyStartId: today.id, userId: actor.userId } },
      create: { dailyStartId: today.id, userId: actor.userId, score: input.score },
      update: { score: input.score },
      select: { userId: true },
    });
    // Anonymous: with who checked in and the average before and after, anyone watching could
    // work out their score.
    await announce(tx, team, null, today.id);
    return { answered: true };
  });
}

/** Haalplicht: opening a finished daily start marks it read for the viewer. Reading twice is harmless. */
export async function markDailyStartRead(actor: Actor, input: DailyStartIdInput): Promise<{ read: true; day: string }> {
  const dailyStart = await db.dailyStart.findFirst({
    where: { id: input.dailyStartId, organisationId: actor.organisationId },
    select: { id: true, organisationId: true, teamId: true, day: true, finishedAt: true },
  });
  if (!dailyStart) throw new NotFoundError();
  authorize(actor, { action: "team.read", resource: { organisationId: dailyStart.organisationId, teamId: dailyStart.teamId } });
  if (!dailyStart.finishedAt) throw new ConflictError("dailyStart.errors.notFinished");
  await db.dailyStartRead.createMany({ data: [{ dailyStartId: dailyStart.id, userId: actor.userId }], skipDuplicates: true });
  return { read: true, day: dateToDay(dailyStart.day) };
}

/** The team's own "stuck after N days". */
export async function updateDailyStartSettings(actor: Actor, input: UpdateSettingsInput): Promise<{ stuckAfterDays: number }> {
  return inTransaction(async (tx) => {
    const team = await loadWritableTeam(tx, actor, input.teamId);
    authorize(actor, teamPermission("dailyStart.run", team));
    await tx.dailyStartSetting.upsert({
      where: { teamId: team.id },
      create: { teamId: team.id, organisationId: team.organisationId, stuckAfterDays: input.stuckAfterDays },
      update: { stuckAfterDays: input.stuckAfterDays },
      select: { teamId: true },
    });
    await announce(tx, team, actor);
    return { stuckAfterDays: input.stuckAfterDays };
  });
}
