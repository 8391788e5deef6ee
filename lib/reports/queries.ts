import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CustomerType, KanoCategory } from "@/lib/db/generated/enums";
import { addDays, today } from "@/lib/feedback/dates";
import { aggregateFeedback, feedbackGrouping, scoreSetOf } from "@/lib/feedback/queries";
import type { NpsSummary } from "@/lib/feedback/scores";
import { NONE, type ReportFiltersInput, type ReportGrouping, type ReportResult, type ReportStage } from "./schemas";

// The customer-expectation report for sales: what every team recorded as customer expectation
// in the PDCA checklists. One expectation per improvement: that of its current (latest) cycle,
// since a new cycle carries the expectation over.

export const REPORT_PAGE_SIZE = 50;
/** The feedback figures beside each segment cover this many days up to today. */
export const FEEDBACK_WINDOW_DAYS = 90;

export type ExpectationRow = {
  cycleId: string;
  expectation: string;
  customerType: CustomerType | null;
  customerName: string | null;
  segment: { id: string; name: string } | null;
  kano: KanoCategory | null;
  team: { id: string; slug: string; name: string };
  improvement: { id: string; title: string };
  stage: ReportStage;
  result: ReportResult;
  /** When the checklist was last saved, as "YYYY-MM-DD". */
  updatedOn: string;
};

export type ResolvedReportFilters = Omit<ReportFiltersInput, "team" | "page"> & { teamId?: string; teamSlug?: string; page: number };

function authorizeReport(actor: Actor): void {
  authorize(actor, { action: "report.read", resource: { organisationId: actor.organisationId } });
}

/** The URL's team slug becomes a team of the actor's organisation, or is dropped. */
export async function resolveReportFilters(actor: Actor, filters: ReportFiltersInput): Promise<ResolvedReportFilters> {
  const { team: slug, page, ...rest } = filters;
  const team = slug
    ? await db.team.findUnique({ where: { organisationId_slug: { organisationId: actor.organisationId, slug } }, select: { id: true, slug: true } })
    : null;
  return { ...rest, teamId: team?.id, teamSlug: team?.slug, page: page ?? 1 };
}

/**
 * The current cycle of every improvement of the organisation that states a customer
 * expectation. A later cycle of the same improvement replaces an earlier one.
 */
function currentExpectationsSql(organisationId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id AS "cycleId", c.expectation, c."customerType", c."customerName", c."segmentId", c.kano, c."expectationMet", c."updatedAt",
           i.id AS "improvementId", i.title, i.status, i."teamId", col.stage
      FROM "PdcaCycle" c
      JOIN "Improvement" i ON i.id = c."improvementId" AND i."organisationId" = c."organisationId"
      JOIN "Column" col ON col.id = i."columnId"
     WHERE c."organisationId" = ${organisationId}::uuid
       AND c.expectation IS NOT NULL AND btrim(c.expectation) <> ''
       AND NOT EXISTS (SELECT 1 FROM "PdcaCycle" later WHERE later."improvementId" = c."improvementId" AND later.number > c.number)`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function filterSql(filters: ResolvedReportFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.segment === NONE) parts.push(Prisma.sql`e."segmentId" IS NULL`);
  else if (filters.segment) parts.push(Prisma.sql`e."segmentId" = ${filters.segment}::uuid`);
  if (filters.kano === NONE) parts.push(Prisma.sql`e.kano IS NULL`);
  else if (filters.kano) parts.push(Prisma.sql`e.kano::text = ${filters.kano}`);
  if (filters.teamId) parts.push(Prisma.sql`e."teamId" = ${filters.teamId}::uuid`);
  if (filters.result === "UNKNOWN") parts.push(Prisma.sql`(e."expectationMet" IS NULL OR e."expectationMet" = 'UNKNOWN')`);
  else if (filters.result) parts.push(Prisma.sql`e."expectationMet"::text = ${filters.result}`);
  if (filters.stage === "PARKED" || filters.stage === "REJECTED") parts.push(Prisma.sql`e.status::text = ${filters.stage}`);
  else if (filters.stage) parts.push(Prisma.sql`e.status = 'ACTIVE' AND e.stage::text = ${filters.stage}`);
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    parts.push(Prisma.sql`(e.expectation ILIKE ${pattern} OR e.title ILIKE ${pattern} OR e."customerName" ILIKE ${pattern})`);
  }
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

// Rows come out grouped (then newest first), so a page shows whole runs of one group.
function orderSql(group: ReportGrouping): Prisma.Sql {
  switch (group) {
    case "segment":
      return Prisma.sql`ORDER BY s.name NULLS LAST, e."updatedAt" DESC, e."cycleId"`;
    case "kano":
      return Prisma.sql`ORDER BY e.kano NULLS LAST, e."updatedAt" DESC, e."cycleId"`;
    case "team":
      return Prisma.sql`ORDER BY t.name, e."updatedAt" DESC, e."cycleId"`;
  }
}

type RawRow = {
  cycleId: string;
  expectation: string;
  customerType: CustomerType | null;
  customerName: string | null;
  segmentId: string | null;
  segmentName: string | null;
  kano: KanoCategory | null;
  expectationMet: "YES" | "PARTLY" | "NO" | "UNKNOWN" | null;
  updatedAt: Date;
  improvementId: string;
  title: string;
  status: "ACTIVE" | "PARKED" | "REJECTED";
  stage: ReportStage;
  teamId: string;
  teamSlug: string;
  teamName: string;
  total: number;
};

function toRow(row: RawRow): ExpectationRow {
  return {
    cycleId: row.cycleId,
    expectation: row.expectation,
    customerType: row.customerType,
    customerName: row.customerName,
    segment: row.segmentId && row.segmentName ? { id: row.segmentId, name: row.segmentName } : null,
    kano: row.kano,
    team: { id: row.teamId, slug: row.teamSlug, name: row.teamName },
    improvement: { id: row.improvementId, title: row.title },
    stage: row.status === "ACTIVE" ? row.stage : row.status,
    result: row.expectationMet ?? "UNKNOWN",
    updatedOn: row.updatedAt.toISOString().slice(0, 10),
  };
}

async function selectExpectations(actor: Actor, filters: ResolvedReportFilters, window: { limit: number; offset: number }): Promise<RawRow[]> {
  return db.$queryRaw<RawRow[]>`
    SELECT e."cycleId", e.expectation, e."customerType", e."customerName", e."segmentId", s.name AS "segmentName", e.kano, e."expectationMet",
           e."updatedAt", e."improvementId", e.title, e.status, e.stage::text AS stage, e."teamId", t.slug AS "teamSlug", t.name AS "teamName",
           count(*) OVER ()::int AS total
      FROM (${currentExpectationsSql(actor.organisationId)}) e
      JOIN "Team" t ON t.id = e."teamId"
      LEFT JOIN "CustomerSegment" s ON s.id = e."segmentId"
      ${filterSql(filters)}
      ${orderSql(filters.group)}
     LIMIT ${window.limit} OFFSET ${window.offset}`;
}

export type ExpectationPage = { rows: ExpectationRow[]; total: number; page: number; pageCount: number };

/** The filtered expectations, grouped as asked, one page at a time. */
export async function listCustomerExpectations(actor: Actor, filters: ResolvedReportFilters): Promise<ExpectationPage> {
  authorizeReport(actor);
  let page = filters.page;
  let rows = await selectExpectations(actor, filters, { limit: REPORT_PAGE_SIZE, offset: (page - 1) * REPORT_PAGE_SIZE });
  if (rows.length === 0 && page > 1) {
    // A page beyond the end (the list shrank since the link was made): show the first page.
    page = 1;
    rows = await selectExpectations(actor, filters, { limit: REPORT_PAGE_SIZE, offset: 0 });
  }
  const total = rows[0]?.total ?? 0;
  return { rows: rows.map(toRow), total, page, pageCount: Math.max(1, Math.ceil(total / REPORT_PAGE_SIZE)) };
}

/** Every filtered expectation in batches, for the CSV export. */
export async function* listAllCustomerExpectations(actor: Actor, filters: ResolvedReportFilters, batchSize = 5_000): AsyncGenerator<ExpectationRow[]> {
  authorizeReport(actor);
  for (let offset = 0; ; offset += batchSize) {
    const rows = await selectExpectations(actor, filters, { limit: batchSize, offset });
    if (rows.length) yield rows.map(toRow);
    if (rows.length < batchSize) return;
  }
}

export type CoverageCounts = { total: number; met: number; partly: number; notMet: number; open: number };

export type SegmentSummary = {
  segment: { id: string; name: string } | null;
  expectations: CoverageCounts;
  nps: NpsSummary;
  complaints: number;
};

export type Coverage = {
  teams: { id: string; slug: string; name: string }[];
  /** Active segments, then (when it has expectations) null for "no segment". */
  segments: ({ id: string; name: string } | null)[];
  /** Expectations per team and segment: `${teamId}:${segmentId ?? "none"}` → count. */
  cells: Record<string, number>;
  teamTotals: Record<string, number>;
  summaries: SegmentSummary[];
  feedbackFrom: string;
  feedbackTo: string;
};

type CoverageRow = {
  teamId: string | null;
  segmentId: string | null;
  grouping: number;
  total: number;
  met: number;
  partly: number;
  notMet: number;
  open: number;
};

export const cellKey = (teamId: string, segmentId: string | null) => `${teamId}:${segmentId ?? NONE}`;

/**
 * The coverage matrix (teams × segments, counting expectations; an empty cell is what the teams
 * do not know yet) and, per segment, the expectations' results beside the segment's feedback
 * figures (NPS and complaints of the last 90 days). Covers all expectations, whatever the
 * list's filters.
 */
export async function getCoverage(actor: Actor): Promise<Coverage> {
  authorizeReport(actor);
  const feedbackTo = today();
  const feedbackFrom = addDays(feedbackTo, -(FEEDBACK_WINDOW_DAYS - 1));
  const [rows, teams, segments, feedback] = await Promise.all([
    db.$queryRaw<CoverageRow[]>`
      SELECT e."teamId", e."segmentId", GROUPING(e."teamId")::int AS grouping,
             count(*)::int AS total,
             count(*) FILTER (WHERE e."expectationMet" = 'YES')::int AS met,
             count(*) FILTER (WHERE e."expectationMet" = 'PARTLY')::int AS partly,
             count(*) FILTER (WHERE e."expectationMet" = 'NO')::int AS "notMet",
             count(*) FILTER (WHERE e."expectationMet" IS NULL OR e."expectationMet" = 'UNKNOWN')::int AS open
        FROM (${currentExpectationsSql(actor.organisationId)}) e
       GROUP BY GROUPING SETS ((e."teamId", e."segmentId"), (e."segmentId"))`,
    db.team.findMany({ where: { organisationId: actor.organisationId, archivedAt: null }, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    db.customerSegment.findMany({ where: { organisationId: actor.organisationId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    aggregateFeedback(actor, { from: feedbackFrom, to: feedbackTo }),
  ]);

  const cells: Record<string, number> = {};
  const teamTotals: Record<string, number> = {};
  const bySegment = new Map<string | null, CoverageCounts>();
  for (const row of rows) {
    const counts = { total: row.total, met: row.met, partly: row.partly, notMet: row.notMet, open: row.open };
    if (row.grouping === 1) bySegment.set(row.segmentId, counts);
    else if (row.teamId) {
      cells[cellKey(row.teamId, row.segmentId)] = row.total;
      teamTotals[row.teamId] = (teamTotals[row.teamId] ?? 0) + row.total;
    }
  }
  // Archived teams' and segments' expectations still count in the totals, not as columns.
  const columns: Coverage["segments"] = [...segments, ...(bySegment.has(null) ? [null] : [])];
  const feedbackBySegment = (segmentId: string | null) => scoreSetOf(feedback.filter((row) => row.grouping === feedbackGrouping.segment && row.segmentId === segmentId));
  const empty: CoverageCounts = { total: 0, met: 0, partly: 0, notMet: 0, open: 0 };
  const summaries = columns.map((segment): SegmentSummary => {
    const scores = feedbackBySegment(segment?.id ?? null);
    return { segment, expectations: bySegment.get(segment?.id ?? null) ?? empty, nps: scores.nps, complaints: scores.complaints.total };
  });
  return { teams, segments: columns, cells, teamTotals, summaries, feedbackFrom, feedbackTo };
}
