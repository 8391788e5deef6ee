import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ComplaintStatus, FeedbackChannel, FeedbackType } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/errors";
import { addDays, dateToDay, dayOf, dayToDate, daysBetween, today, weeksBetween } from "./dates";
import { feedbackWhere, type ResolvedFeedbackFilters } from "./filters";
import { PERIOD_MAX_DAYS } from "./schemas";
import { summariseAverage, summariseCsat, summariseNps, type AverageSummary, type CsatSummary, type NpsSummary } from "./scores";

export const FEEDBACK_PAGE_SIZE = 25;

export type FeedbackItem = {
  id: string;
  type: FeedbackType;
  receivedOn: string;
  channel: FeedbackChannel;
  customerName: string | null;
  segment: { id: string; name: string } | null;
  team: { id: string; slug: string; name: string } | null;
  text: string | null;
  score: number | null;
  status: ComplaintStatus | null;
  /** Complaints: days from receipt to handled, or (while not handled) days open so far. */
  handlingDays: number | null;
  improvement: { id: string; title: string; teamSlug: string } | null;
  /** The success a compliment was shared into. */
  successId: string | null;
  viaApi: boolean;
  createdBy: string | null;
  /** Whether the viewer may change its status or turn it into a suggestion (the server checks again). */
  canUpdate: boolean;
};

export type FeedbackPage = { items: FeedbackItem[]; total: number; page: number; pageCount: number };

const itemSelect = {
  id: true,
  type: true,
  receivedOn: true,
  channel: true,
  customerName: true,
  text: true,
  score: true,
  status: true,
  handledAt: true,
  teamId: true,
  createdById: true,
  successId: true,
  apiTokenId: true,
  segment: { select: { id: true, name: true } },
  team: { select: { id: true, slug: true, name: true } },
  improvement: { select: { id: true, title: true, team: { select: { slug: true } } } },
  createdBy: { select: { name: true } },
} satisfies Prisma.FeedbackSelect;

type ItemRow = Prisma.FeedbackGetPayload<{ select: typeof itemSelect }>;

function toItem(actor: Actor, row: ItemRow, now: Date): FeedbackItem {
  const receivedOn = dateToDay(row.receivedOn);
  const handlingDays =
    row.type !== "COMPLAINT" ? null : Math.max(0, daysBetween(receivedOn, row.handledAt ? dayOf(row.handledAt) : dayOf(now)));
  return {
    id: row.id,
    type: row.type,
    receivedOn,
    channel: row.channel,
    customerName: row.customerName,
    segment: row.segment,
    team: row.team,
    text: row.text,
    score: row.score,
    status: row.status,
    handlingDays,
    improvement: row.improvement ? { id: row.improvement.id, title: row.improvement.title, teamSlug: row.improvement.team.slug } : null,
    successId: row.successId,
    viaApi: row.apiTokenId !== null,
    createdBy: row.createdBy?.name ?? null,
    canUpdate: can(actor, {
      action: "feedback.update",
      resource: { organisationId: actor.organisationId, teamId: row.teamId, createdById: row.createdById },
    }),
  };
}

/** The filtered feedback, newest first, one page at a time. Everyone in the organisation may read it. */
export async function listFeedback(actor: Actor, filters: ResolvedFeedbackFilters): Promise<FeedbackPage> {
  authorize(actor, { action: "feedback.read", resource: { organisationId: actor.organisationId } });
  const where = feedbackWhere(actor, filters);
  const total = await db.feedback.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / FEEDBACK_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.feedback.findMany({
    where,
    select: itemSelect,
    orderBy: [{ receivedOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * FEEDBACK_PAGE_SIZE,
    take: FEEDBACK_PAGE_SIZE,
  });
  const now = new Date();
  return { items: rows.map((row) => toItem(actor, row, now)), total, page, pageCount };
}

/** All filtered feedback in batches, for the CSV export (memory stays flat for any size). */
export async function* listAllFeedback(actor: Actor, filters: ResolvedFeedbackFilters, batchSize = 5_000): AsyncGenerator<FeedbackItem[]> {
  authorize(actor, { action: "feedback.read", resource: { organisationId: actor.organisationId } });
  const where = feedbackWhere(actor, filters);
  const now = new Date();
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.feedback.findMany({
      where,
      select: itemSelect,
      orderBy: [{ receivedOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    yield rows.map((row) => toItem(actor, row, now));
    if (rows.length < batchSize) return;
    cursor = rows.at(-1)?.id;
  }
}

export type ComplaintSummary = { total: number; open: number; inProgress: number; handled: number; averageHandlingDays: number | null };

export type ScoreSet = { nps: NpsSummary; ces: AverageSummary; csat: CsatSummary; complaints: ComplaintSummary; compliments: number; tips: number };

export type WeekScores = { week: string; nps: number | null; npsAnswers: number; ces: number | null; cesAnswers: number; csat: number | null; csatAnswers: number };

export type FeedbackScores = {
  from: string;
  to: string;
  overall: ScoreSet;
  teams: { id: string | null; slug: string | null; name: string | null; scores: ScoreSet }[];
  segments: { id: string | null; name: string | null; scores: ScoreSet }[];
  weeks: WeekScores[];
};

type AggregateRow = {
  type: FeedbackType;
  teamId: string | null;
  segmentId: string | null;
  week: Date | null;
  grouping: number;
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  scoreSum: number;
  satisfied: number;
  open: number;
  inProgress: number;
  handled: number;
  handlingDaysSum: number;
};

// GROUPING(teamId, segmentId, week) tells the grouping sets apart (a bit is 1 where the column is aggregated away).
export const feedbackGrouping = { overall: 7, team: 3, segment: 5, week: 6 } as const;
const GROUP = feedbackGrouping;

/** The scores' where clause; the list's type, status and search filters do not apply to scores. */
function scoreFilterSql(actor: Actor, filters: Pick<ResolvedFeedbackFilters, "from" | "to" | "teamId" | "segmentId">): Prisma.Sql {
  return Prisma.sql`f."organisationId" = ${actor.organisationId}::uuid
    AND f."receivedOn" BETWEEN ${dayToDate(filters.from)}::date AND ${dayToDate(filters.to)}::date
    ${filters.teamId ? Prisma.sql`AND f."teamId" = ${filters.teamId}::uuid` : Prisma.empty}
    ${filters.segmentId ? Prisma.sql`AND f."segmentId" = ${filters.segmentId}::uuid` : Prisma.empty}`;
}

/**
 * One scan of the period's feedback, grouped four ways at once (overall, per team, per segment,
 * per week): the page's cost does not grow with the number of teams, segments or weeks.
 */
export async function aggregateFeedback(
  actor: Actor,
  filters: Pick<ResolvedFeedbackFilters, "from" | "to" | "teamId" | "segmentId">,
): Promise<AggregateRow[]> {
  return db.$queryRaw<AggregateRow[]>`
    SELECT f.type, f."teamId", f."segmentId", date_trunc('week', f."receivedOn")::date AS week,
           GROUPING(f."teamId", f."segmentId", date_trunc('week', f."receivedOn"))::int AS grouping,
           count(*)::int AS answers,
           count(*) FILTER (WHERE f.score >= 9)::int AS promoters,
           count(*) FILTER (WHERE f.score BETWEEN 7 AND 8)::int AS passives,
           count(*) FILTER (WHERE f.score <= 6)::int AS detractors,
           coalesce(sum(f.score), 0)::int AS "scoreSum",
           count(*) FILTER (WHERE f.score >= 4)::int AS satisfied,
           count(*) FILTER (WHERE f.status = 'OPEN')::int AS open,
           count(*) FILTER (WHERE f.status = 'IN_PROGRESS')::int AS "inProgress",
           count(*) FILTER (WHERE f.status = 'HANDLED')::int AS handled,
           coalesce(sum(((f."handledAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date - f."receivedOn")
                    FILTER (WHERE f.status = 'HANDLED'), 0)::int AS "handlingDaysSum"
      FROM "Feedback" f
     WHERE ${scoreFilterSql(actor, filters)}
     GROUP BY GROUPING SETS ((f.type), (f.type, f."teamId"), (f.type, f."segmentId"), (f.type, date_trunc('week', f."receivedOn")))`;
}

/** Folds a group's rows (one per feedback type) into its figures. */
export function scoreSetOf(rows: readonly AggregateRow[]): ScoreSet {
  const ofType = (type: FeedbackType) => rows.find((row) => row.type === type);
  const nps = ofType("NPS");
  const ces = ofType("CES");
  const csat = ofType("CSAT");
  const complaints = ofType("COMPLAINT");
  return {
    nps: summariseNps({ promoters: nps?.promoters ?? 0, passives: nps?.passives ?? 0, detractors: nps?.detractors ?? 0 }),
    ces: summariseAverage(ces?.scoreSum ?? 0, ces?.answers ?? 0),
    csat: summariseCsat(csat?.scoreSum ?? 0, csat?.answers ?? 0, csat?.satisfied ?? 0),
    complaints: {
      total: complaints?.answers ?? 0,
      open: complaints?.open ?? 0,
      inProgress: complaints?.inProgress ?? 0,
      handled: complaints?.handled ?? 0,
      averageHandlingDays: complaints?.handled ? summariseAverage(complaints.handlingDaysSum, complaints.handled).average : null,
    },
    compliments: ofType("COMPLIMENT")?.answers ?? 0,
    tips: ofType("TIP")?.answers ?? 0,
  };
}

function groupBy<Key>(rows: readonly AggregateRow[], key: (row: AggregateRow) => Key): Map<Key, AggregateRow[]> {
  const groups = new Map<Key, AggregateRow[]>();
  for (const row of rows) {
    const value = key(row);
    const list = groups.get(value);
    if (list) list.push(row);
    else groups.set(value, [row]);
  }
  return groups;
}

/**
 * NPS, CES and CSAT (and complaint figures) for the period, team and segment: overall, per team,
 * per segment and per week. Every team and active segment gets a row, also without answers:
 * an empty row is information too.
 */
export async function getFeedbackScores(actor: Actor, requested: ResolvedFeedbackFilters): Promise<FeedbackScores> {
  authorize(actor, { action: "feedback.read", resource: { organisationId: actor.organisationId } });
  // The URL's schema already shortens a long period; this keeps any other caller from asking for
  // a row per week over centuries. The answer names the period it covers.
  const filters =
    daysBetween(requested.from, requested.to) >= PERIOD_MAX_DAYS ? { ...requested, from: addDays(requested.to, -(PERIOD_MAX_DAYS - 1)) } : requested;
  const [rows, teams, segments] = await Promise.all([
    aggregateFeedback(actor, filters),
    db.team.findMany({
      where: { organisationId: actor.organisationId, archivedAt: null, ...(filters.teamId ? { id: filters.teamId } : {}) },
      select: { id: true, slug: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.customerSegment.findMany({
      where: { organisationId: actor.organisationId, archivedAt: null, ...(filters.segmentId ? { id: filters.segmentId } : {}) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const overall = rows.filter((row) => row.grouping === GROUP.overall);
  const byTeam = groupBy(
    rows.filter((row) => row.grouping === GROUP.team),
    (row) => row.teamId,
  );
  const bySegment = groupBy(
    rows.filter((row) => row.grouping === GROUP.segment),
    (row) => row.segmentId,
  );
  const byWeek = groupBy(
    rows.filter((row) => row.grouping === GROUP.week && row.week),
    (row) => (row.week ? dateToDay(row.week) : ""),
  );

  // Archived teams and segments still show when they have answers in the period.
  const teamRows: FeedbackScores["teams"] = teams.map((team) => ({ ...team, scores: scoreSetOf(byTeam.get(team.id) ?? []) }));
  const knownTeams = new Set(teams.map((team) => team.id));
  const missingTeamIds = [...byTeam.keys()].filter((id): id is string => id !== null && !knownTeams.has(id));
  const segmentRows: FeedbackScores["segments"] = segments.map((segment) => ({ ...segment, scores: scoreSetOf(bySegment.get(segment.id) ?? []) }));
  const knownSegments = new Set(segments.map((segment) => segment.id));
  const missingSegmentIds = [...bySegment.keys()].filter((id): id is string => id !== null && !knownSegments.has(id));
  const [archivedTeams, archivedSegments] = await Promise.all([
    missingTeamIds.length
      ? db.team.findMany({ where: { id: { in: missingTeamIds }, organisationId: actor.organisationId }, select: { id: true, slug: true, name: true } })
      : [],
    missingSegmentIds.length
      ? db.customerSegment.findMany({ where: { id: { in: missingSegmentIds }, organisationId: actor.organisationId }, select: { id: true, name: true } })
      : [],
  ]);
  for (const team of archivedTeams) teamRows.push({ ...team, scores: scoreSetOf(byTeam.get(team.id) ?? []) });
  for (const segment of archivedSegments) segmentRows.push({ ...segment, scores: scoreSetOf(bySegment.get(segment.id) ?? []) });
  if (byTeam.has(null)) teamRows.push({ id: null, slug: null, name: null, scores: scoreSetOf(byTeam.get(null) ?? []) });
  if (bySegment.has(null)) segmentRows.push({ id: null, name: null, scores: scoreSetOf(bySegment.get(null) ?? []) });

  const weeks = weeksBetween(filters.from, filters.to).map((week): WeekScores => {
    const scores = scoreSetOf(byWeek.get(week) ?? []);
    return {
      week,
      nps: scores.nps.score,
      npsAnswers: scores.nps.answers,
      ces: scores.ces.average,
      cesAnswers: scores.ces.answers,
      csat: scores.csat.average,
      csatAnswers: scores.csat.answers,
    };
  });

  return { from: filters.from, to: filters.to, overall: scoreSetOf(overall), teams: teamRows, segments: segmentRows, weeks };
}

export type FeedbackFormOptions = {
  teams: { id: string; slug: string; name: string }[];
  segments: { id: string; name: string }[];
  /** Teams on whose board the viewer may put a suggestion (for turning a complaint into one). */
  suggestionTeamIds: string[];
  /** Teams the viewer may record a success for (sharing a compliment into the successes log). */
  successTeamIds: string[];
  today: string;
};

/** What the feedback form and the filters offer: the organisation's active teams and segments. */
export async function getFeedbackFormOptions(actor: Actor): Promise<FeedbackFormOptions> {
  authorize(actor, { action: "feedback.read", resource: { organisationId: actor.organisationId } });
  const [teams, segments] = await Promise.all([
    db.team.findMany({ where: { organisationId: actor.organisationId, archivedAt: null }, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    db.customerSegment.findMany({ where: { organisationId: actor.organisationId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const suggestionTeamIds = teams
    .filter((team) => can(actor, { action: "improvement.create", resource: { organisationId: actor.organisationId, teamId: team.id } }))
    .map((team) => team.id);
  const successTeamIds = teams
    .filter((team) => can(actor, { action: "success.create", resource: { organisationId: actor.organisationId, teamId: team.id } }))
    .map((team) => team.id);
  return { teams, segments, suggestionTeamIds, successTeamIds, today: today() };
}

/** One piece of feedback of the actor's organisation; another organisation's is "not found". */
export async function getFeedback(actor: Actor, id: string): Promise<FeedbackItem> {
  authorize(actor, { action: "feedback.read", resource: { organisationId: actor.organisationId } });
  const row = await db.feedback.findFirst({ where: { id, organisationId: actor.organisationId }, select: itemSelect });
  if (!row) throw new NotFoundError();
  return toItem(actor, row, new Date());
}
