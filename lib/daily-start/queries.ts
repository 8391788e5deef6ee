import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getTeamBySlug } from "@/lib/auth/queries";
import { db } from "@/lib/db/client";
import type { DailyStartItemKind, Stage } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/errors";
import { addDays, dateToDay, dayOf, dayToDate, daysEndingWith } from "./days";
import { kpiStatus } from "./kpi-status";
import { summariseMood } from "./mood";
import { itemKinds } from "./limits";
import { DEFAULT_STUCK_AFTER_DAYS, daysSince, isStuck, lastMovement, runningStages } from "./stuck";
import type {
  AttendanceRow,
  DailyStartItemView,
  DailyStartPage,
  DailyStartRecord,
  DailyStartViewer,
  HistoryEntry,
  ImprovementActions,
  KpiView,
  LookBack,
  TeamRef,
} from "./types";
import { lookBackWindow } from "./window";

// Reads for the daily start. Every query is scoped by organisation (and team); a team of
// another organisation is "not found" (getTeamBySlug). Everyone in the organisation may read.

/** The days a KPI's trend chart shows. */
export const TREND_DAYS = 14;
/** Lists on the page stay short enough to talk through in ten minutes. */
const LIST_LIMIT = 30;
const HISTORY_LIMIT = 90;

type Team = TeamRef & { organisationId: string; archived: boolean };

// getTeamBySlug answers another organisation's team with "not found" and asks team.read.
const loadTeam = (actor: Actor, slug: string): Promise<Team> => getTeamBySlug(actor, slug);

function viewerFor(actor: Actor, team: Team): DailyStartViewer {
  const resource = { organisationId: team.organisationId, teamId: team.id };
  const writable = !team.archived;
  return {
    userId: actor.userId,
    canRun: writable && can(actor, { action: "dailyStart.run", resource }),
    canContribute: writable && can(actor, { action: "dailyStart.contribute", resource }),
    canManageKpis: writable && can(actor, { action: "kpi.manage", resource }),
    canCheckIn: writable && can(actor, { action: "dailyStart.checkIn", resource }),
    canLogFeedback: writable && can(actor, { action: "feedback.create", resource: { organisationId: team.organisationId } }),
    canRecordSuccess: writable && can(actor, { action: "success.create", resource }),
    canSuggest: writable && can(actor, { action: "improvement.create", resource }),
  };
}

async function listMembersWithAttendance(team: Team, dailyStartId: string | null): Promise<AttendanceRow[]> {
  const memberships = await db.teamMembership.findMany({
    where: { teamId: team.id, team: { organisationId: team.organisationId }, user: { deactivatedAt: null } },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  const marks = dailyStartId
    ? await db.dailyStartAttendance.findMany({ where: { dailyStartId }, select: { userId: true, status: true, user: { select: { name: true } } } })
    : [];
  const status = new Map(marks.map((mark) => [mark.userId, mark.status]));
  const rows: AttendanceRow[] = memberships.map(({ role, user }) => ({ id: user.id, name: user.name, role, status: status.get(user.id) ?? null }));
  // Someone who has since left the team still shows in the record of a day they were marked.
  const members = new Set(rows.map((row) => row.id));
  for (const mark of marks) {
    if (!members.has(mark.userId)) rows.push({ id: mark.userId, name: mark.user.name, role: "MEMBER", status: mark.status });
  }
  // Leads first (they run it), then by name, so the list reads the same every day.
  return rows.sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name, "nl") : a.role === "LEAD" ? -1 : 1));
}

async function listItems(actor: Actor, team: Team, dailyStartId: string | null, finished: boolean): Promise<DailyStartItemView[]> {
  if (!dailyStartId) return [];
  const items = await db.dailyStartItem.findMany({
    where: { dailyStartId, organisationId: team.organisationId },
    select: {
      id: true,
      kind: true,
      text: true,
      createdAt: true,
      authorId: true,
      author: { select: { id: true, name: true } },
      improvement: { select: { id: true, title: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return items.map((item) => ({
    id: item.id,
    kind: item.kind,
    text: item.text,
    author: item.author,
    createdAt: item.createdAt.toISOString(),
    improvement: item.improvement,
    canDelete:
      !finished &&
      !team.archived &&
      can(actor, { action: "dailyStart.editItem", resource: { organisationId: team.organisationId, teamId: team.id, createdById: item.authorId } }),
  }));
}

async function listFinished(team: Team): Promise<{ id: string; finishedAt: Date }[]> {
  const rows = await db.dailyStart.findMany({
    where: { teamId: team.id, organisationId: team.organisationId, finishedAt: { not: null } },
    select: { id: true, finishedAt: true },
    orderBy: { finishedAt: "desc" },
    take: HISTORY_LIMIT,
  });
  return rows.flatMap((row) => (row.finishedAt ? [{ id: row.id, finishedAt: row.finishedAt }] : []));
}

/** What happened on and around the team's board in the window: the "looking back" section. */
async function getLookBack(
  team: Team,
  window: { from: Date; to: Date; previousId: string | null },
  options: { hideCustomerNames: boolean },
): Promise<LookBack> {
  const inWindow = { gt: window.from, lte: window.to };
  const scope = { organisationId: team.organisationId, teamId: team.id };
  const [created, moves, feedback, successes, previous] = await Promise.all([
    db.improvement.findMany({ where: { ...scope, createdAt: inWindow }, select: { id: true, title: true }, orderBy: { createdAt: "asc" }, take: LIST_LIMIT }),
    db.improvementActivity.findMany({
      where: { organisationId: team.organisationId, kind: "MOVED", createdAt: inWindow, improvement: { teamId: team.id } },
      select: { improvementId: true, data: true, improvement: { select: { title: true } } },
      orderBy: { createdAt: "asc" },
      take: 200,
    }),
    db.feedback.findMany({
      where: { ...scope, type: { in: ["COMPLAINT", "COMPLIMENT"] }, createdAt: inWindow },
      select: { id: true, type: true, text: true, customerName: true, receivedOn: true },
      orderBy: { createdAt: "asc" },
      take: LIST_LIMIT,
    }),
    db.success.findMany({ where: { ...scope, createdAt: inWindow }, select: { id: true, title: true, achievedOn: true }, orderBy: { createdAt: "asc" }, take: LIST_LIMIT }),
    window.previousId ? db.dailyStart.findFirst({ where: { id: window.previousId, ...scope }, select: { day: true } }) : null,
  ]);

  // A card moved several times shows once: where it came from, where it is now.
  const moved = new Map<string, { id: string; title: string; fromColumn: string; toColumn: string; toStage: string }>();
  for (const move of moves) {
    const data = (move.data ?? {}) as { fromColumn?: unknown; toColumn?: unknown; toStage?: unknown };
    const earlier = moved.get(move.improvementId);
    moved.set(move.improvementId, {
      id: move.improvementId,
      title: move.improvement.title,
      fromColumn: earlier?.fromColumn ?? String(data.fromColumn ?? ""),
      toColumn: String(data.toColumn ?? ""),
      toStage: String(data.toStage ?? ""),
    });
  }
  const all = [...moved.values()];
  return {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    previousDay: previous ? dateToDay(previous.day) : null,
    created,
    moved: all.filter((move) => move.toStage !== "DONE").map(({ id, title, fromColumn, toColumn }) => ({ id, title, fromColumn, toColumn })),
    completed: all.filter((move) => move.toStage === "DONE").map(({ id, title }) => ({ id, title })),
    feedback: feedback.map((row) => ({
      id: row.id,
      type: row.type as "COMPLAINT" | "COMPLIMENT",
      text: row.text,
      customerName: options.hideCustomerNames ? null : row.customerName,
      receivedOn: dateToDay(row.receivedOn),
    })),
    successes: successes.map((row) => ({ id: row.id, title: row.title, achievedOn: dateToDay(row.achievedOn) })),
  };
}

/** The team's KPIs with today's value, colour and the last 14 days. */
export async function listKpiViews(team: Pick<Team, "id" | "organisationId">, today: string): Promise<KpiView[]> {
  const days = daysEndingWith(today, TREND_DAYS);
  const kpis = await db.kpi.findMany({
    where: { teamId: team.id, organisationId: team.organisationId, archivedAt: null },
    select: {
      id: true,
      name: true,
      unit: true,
      target: true,
      direction: true,
      values: { where: { day: { gte: dayToDate(days[0] ?? today), lte: dayToDate(today) } }, select: { day: true, value: true } },
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return kpis.map((kpi) => {
    const target = kpi.target === null ? null : kpi.target.toNumber();
    const byDay = new Map(kpi.values.map((value) => [dateToDay(value.day), value.value.toNumber()]));
    const trend = days.map((day) => {
      const value = byDay.get(day) ?? null;
      return { day, value, status: kpiStatus({ value, target, direction: kpi.direction }) };
    });
    const latest = [...trend].reverse().find((point) => point.value !== null);
    return {
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      target,
      direction: kpi.direction,
      current: latest && latest.value !== null ? { day: latest.day, value: latest.value, status: latest.status } : null,
      todayValue: byDay.get(today) ?? null,
      trend,
    };
  });
}

type RunningRow = {
  id: string;
  title: string;
  stageEnteredAt: Date;
  updatedAt: Date;
  column: { name: string; stage: Stage };
  owners: { user: { id: string; name: string } }[];
};

/** Section 5: running improvements, overdue PDCA actions, stuck cards, waiting suggestions, WIP. */
async function getImprovementActions(team: Team, today: string, now: Date): Promise<ImprovementActions> {
  const scope = { organisationId: team.organisationId, teamId: team.id };
  const [setting, running, overdue, waiting, columns] = await Promise.all([
    db.dailyStartSetting.findFirst({ where: scope, select: { stuckAfterDays: true } }),
    db.improvement.findMany({
      where: { ...scope, status: "ACTIVE", column: { stage: { in: [...runningStages] } } },
      select: {
        id: true,
        title: true,
        stageEnteredAt: true,
        updatedAt: true,
        column: { select: { name: true, stage: true } },
        owners: { select: { user: { select: { id: true, name: true } } } },
      },
      orderBy: [{ column: { position: "asc" } }, { rank: "asc" }],
      take: 200,
    }),
    db.pdcaAction.findMany({
      where: {
        organisationId: team.organisationId,
        doneAt: null,
        dueDate: { lt: dayToDate(today) },
        cycle: { closedAt: null, improvement: { ...scope, status: "ACTIVE", column: { stage: { not: "DONE" } } } },
      },
      select: {
        id: true,
        description: true,
        dueDate: true,
        owner: { select: { id: true, name: true } },
        cycle: { select: { improvement: { select: { id: true, title: true } } } },
      },
      orderBy: { dueDate: "asc" },
      take: 100,
    }),
    db.improvement.findMany({
      where: { ...scope, status: "ACTIVE", firstResponseAt: null, column: { stage: "IDEA" } },
      select: { id: true, title: true, createdAt: true, submitter: { select: { id: true, name: true } } },
      orderBy: { createdAt: "asc" },
      take: LIST_LIMIT,
    }),
    db.column.findMany({
      where: { ...scope, wipLimit: { not: null } },
      select: { id: true, name: true, stage: true, wipLimit: true, _count: { select: { improvements: { where: { status: "ACTIVE" } } } } },
      orderBy: { position: "asc" },
    }),
  ]);
  const stuckAfterDays = setting?.stuckAfterDays ?? DEFAULT_STUCK_AFTER_DAYS;
  const overdueByImprovement = new Map<string, number>();
  for (const action of overdue) {
    const improvementId = action.cycle.improvement.id;
    overdueByImprovement.set(improvementId, (overdueByImprovement.get(improvementId) ?? 0) + 1);
  }
  return {
    stuckAfterDays,
    running: running.map((card: RunningRow) => ({
      id: card.id,
      title: card.title,
      stage: card.column.stage,
      columnName: card.column.name,
      owners: card.owners.map((owner) => owner.user).sort((a, b) => a.name.localeCompare(b.name, "nl")),
      daysInStage: daysSince(card.stageEnteredAt, now),
      idleDays: daysSince(lastMovement(card), now),
      stuck: isStuck({ stage: card.column.stage, status: "ACTIVE", stageEnteredAt: card.stageEnteredAt, updatedAt: card.updatedAt }, now, stuckAfterDays),
      overdueActions: overdueByImprovement.get(card.id) ?? 0,
    })),
    overdueActions: overdue.flatMap((action) =>
      action.dueDate
        ? [
            {
              id: action.id,
              description: action.description,
              owner: action.owner,
              dueDate: dateToDay(action.dueDate),
              daysOverdue: Math.round((dayToDate(today).getTime() - action.dueDate.getTime()) / 86_400_000),
              improvement: action.cycle.improvement,
            },
          ]
        : [],
    ),
    waiting: waiting.map((card) => ({ id: card.id, title: card.title, submitter: card.submitter, waitingDays: daysSince(card.createdAt, now) })),
    overWip: columns.flatMap((column) =>
      column.wipLimit !== null && column._count.improvements > column.wipLimit
        ? [{ id: column.id, name: column.name, stage: column.stage, wipLimit: column.wipLimit, count: column._count.improvements }]
        : [],
    ),
  };
}

async function getMood(dailyStartId: string | null) {
  if (!dailyStartId) return summariseMood([]);
  // Only the scores, never who gave them.
  const answers = await db.dailyStartMood.findMany({ where: { dailyStartId }, select: { score: true } });
  return summariseMood(answers.map((answer) => answer.score));
}

/**
 * Everything the daily start page shows for today. `hideCustomerNames` for the screen in the
 * team's room: customer names never leave the server then.
 */
export async function getDailyStartPage(
  actor: Actor,
  slug: string,
  options: { hideCustomerNames?: boolean; now?: Date } = {},
): Promise<DailyStartPage> {
  const team = await loadTeam(actor, slug);
  const now = options.now ?? new Date();
  const today = dayOf(now);
  const record = await db.dailyStart.findUnique({
    where: { teamId_day: { teamId: team.id, day: dayToDate(today) } },
    select: {
      id: true,
      organisationId: true,
      section: true,
      startedAt: true,
      finishedAt: true,
      startedBy: { select: { id: true, name: true } },
      finishedBy: { select: { id: true, name: true } },
    },
  });
  const current = record && record.organisationId === team.organisationId ? record : null;
  const finished = await listFinished(team);
  // A finished daily start keeps showing what it looked back on; a running one looks up to now.
  const window = lookBackWindow({ finished, currentId: current?.id ?? null, now: current?.finishedAt ?? now });
  const [attendance, items, lookBack, kpis, actions, mood, answered, catchUp] = await Promise.all([
    listMembersWithAttendance(team, current?.id ?? null),
    listItems(actor, team, current?.id ?? null, Boolean(current?.finishedAt)),
    getLookBack(team, window, { hideCustomerNames: options.hideCustomerNames ?? false }),
    listKpiViews(team, today),
    getImprovementActions(team, today, now),
    getMood(current?.id ?? null),
    current ? db.dailyStartMood.count({ where: { dailyStartId: current.id, userId: actor.userId } }) : 0,
    getCatchUp(actor, team, finished[0]?.id ?? null),
  ]);
  return {
    team: { id: team.id, slug: team.slug, name: team.name },
    today,
    viewer: viewerFor(actor, team),
    dailyStart: current
      ? {
          id: current.id,
          day: today,
          section: current.section,
          startedAt: current.startedAt?.toISOString() ?? null,
          finishedAt: current.finishedAt?.toISOString() ?? null,
          startedBy: current.startedBy,
          finishedBy: current.finishedBy,
        }
      : null,
    attendance,
    items,
    lookBack,
    kpis,
    actions,
    mood: { ...mood, answered: answered > 0 },
    catchUp,
  };
}

/** Haalplicht: the team's latest finished daily start, if the viewer missed it and has not read it. */
async function getCatchUp(actor: Actor, team: Team, latestId: string | null): Promise<{ day: string } | null> {
  if (!latestId) return null;
  const missed = await db.dailyStart.findFirst({
    where: {
      id: latestId,
      organisationId: team.organisationId,
      attendance: { some: { userId: actor.userId, status: "ABSENT" } },
      reads: { none: { userId: actor.userId } },
    },
    select: { day: true },
  });
  return missed ? { day: dateToDay(missed.day) } : null;
}

/** Finished daily starts of the team, newest first, with what the viewer still has to read. */
export async function listDailyStartHistory(actor: Actor, slug: string): Promise<{ team: TeamRef; entries: HistoryEntry[] }> {
  const team = await loadTeam(actor, slug);
  const rows = await db.dailyStart.findMany({
    where: { teamId: team.id, organisationId: team.organisationId, finishedAt: { not: null } },
    select: {
      id: true,
      day: true,
      startedAt: true,
      finishedAt: true,
      finishedBy: { select: { id: true, name: true } },
      attendance: { select: { userId: true, status: true } },
      items: { select: { kind: true } },
      reads: { where: { userId: actor.userId }, select: { userId: true } },
    },
    orderBy: { day: "desc" },
    take: HISTORY_LIMIT,
  });
  const entries = rows.flatMap((row): HistoryEntry[] => {
    if (!row.finishedAt) return [];
    const counts = Object.fromEntries(itemKinds.map((kind) => [kind, 0])) as Record<DailyStartItemKind, number>;
    for (const item of row.items) counts[item.kind] += 1;
    const viewerAbsent = row.attendance.some((mark) => mark.userId === actor.userId && mark.status === "ABSENT");
    return [
      {
        id: row.id,
        day: dateToDay(row.day),
        startedAt: row.startedAt?.toISOString() ?? null,
        finishedAt: row.finishedAt.toISOString(),
        finishedBy: row.finishedBy,
        present: row.attendance.filter((mark) => mark.status !== "ABSENT").length,
        absent: row.attendance.filter((mark) => mark.status === "ABSENT").length,
        counts,
        unread: viewerAbsent && row.reads.length === 0,
      },
    ];
  });
  return { team: { id: team.id, slug: team.slug, name: team.name }, entries };
}

/** One finished daily start as it was saved, with what it looked back on. */
export async function getDailyStartRecord(actor: Actor, slug: string, day: string): Promise<DailyStartRecord> {
  const team = await loadTeam(actor, slug);
  const row = await db.dailyStart.findFirst({
    where: { teamId: team.id, organisationId: team.organisationId, day: dayToDate(day), finishedAt: { not: null } },
    select: {
      id: true,
      startedAt: true,
      finishedAt: true,
      startedBy: { select: { id: true, name: true } },
      finishedBy: { select: { id: true, name: true } },
      reads: { where: { userId: actor.userId }, select: { userId: true } },
    },
  });
  if (!row?.finishedAt) throw new NotFoundError();
  const finishedAt = row.finishedAt;
  const finished = await listFinished(team);
  const window = lookBackWindow({ finished, currentId: row.id, now: finishedAt });
  const [attendance, items, mood, lookBack] = await Promise.all([
    listMembersWithAttendance(team, row.id),
    listItems(actor, team, row.id, true),
    getMood(row.id),
    getLookBack(team, window, { hideCustomerNames: false }),
  ]);
  const viewerWasAbsent = attendance.some((person) => person.id === actor.userId && person.status === "ABSENT");
  return {
    team: { id: team.id, slug: team.slug, name: team.name },
    id: row.id,
    day,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: finishedAt.toISOString(),
    startedBy: row.startedBy,
    finishedBy: row.finishedBy,
    attendance,
    items,
    mood,
    lookBack,
    viewerWasAbsent,
    viewerHasRead: row.reads.length > 0,
  };
}

/** How many finished daily starts of the actor's teams they missed and have not read (a badge). */
export async function countUnreadDailyStarts(actor: Actor): Promise<number> {
  if (actor.teams.length === 0) return 0;
  return db.dailyStart.count({
    where: {
      organisationId: actor.organisationId,
      teamId: { in: actor.teams.map((team) => team.id) },
      finishedAt: { not: null },
      day: { gte: dayToDate(addDays(dayOf(new Date()), -30)) },
      attendance: { some: { userId: actor.userId, status: "ABSENT" } },
      reads: { none: { userId: actor.userId } },
    },
  });
}
