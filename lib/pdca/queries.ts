import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/permissions";
import { db, type Transaction } from "@/lib/db/client";
import type { ActDecision, ActivityKind, ExpectationMet } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";
import { timeZone } from "@/lib/i18n/config";
import { pdcaProgress, type ProgressFacts } from "./progress";
import { isId } from "@/lib/validation/ids";
import type { PdcaChecklist, PdcaCycleDto, PdcaProgress, PersonRef } from "./types";

type Client = Transaction | typeof db;

export const cycleSelect = {
  id: true,
  number: true,
  version: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  problemStatement: true,
  customerType: true,
  customerName: true,
  segment: { select: { id: true, name: true } },
  expectation: true,
  kano: true,
  baseline: true,
  rootCause: true,
  goal: true,
  doDescription: true,
  informed: true,
  checkResult: true,
  measuredResult: true,
  sideEffects: true,
  expectationMet: true,
  expectationEvidence: true,
  actDecision: true,
  standardisation: true,
  training: true,
  monitoring: true,
  lessonsLearned: true,
  newCycleReason: true,
  actions: {
    select: { id: true, description: true, dueDate: true, doneAt: true, owner: { select: { id: true, name: true } } },
    orderBy: { position: "asc" },
  },
} as const;

type CycleRow = Awaited<ReturnType<typeof loadCycles>>[number];

function loadCycles(client: Client, improvementId: string, organisationId: string) {
  return client.pdcaCycle.findMany({ where: { improvementId, organisationId }, select: cycleSelect, orderBy: { number: "desc" } });
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function toCycleDto(row: CycleRow): PdcaCycleDto {
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    plan: {
      problemStatement: row.problemStatement,
      customerType: row.customerType,
      customerName: row.customerName,
      segment: row.segment,
      expectation: row.expectation,
      kano: row.kano,
      baseline: row.baseline,
      rootCause: row.rootCause,
      goal: row.goal,
      actions: row.actions.map((action) => ({
        id: action.id,
        description: action.description,
        owner: action.owner,
        dueDate: isoDate(action.dueDate),
        done: action.doneAt !== null,
        doneAt: action.doneAt?.toISOString() ?? null,
      })),
    },
    do: { description: row.doDescription, informed: row.informed },
    check: {
      result: row.checkResult,
      measuredResult: row.measuredResult,
      sideEffects: row.sideEffects,
      expectationMet: row.expectationMet,
      expectationEvidence: row.expectationEvidence,
    },
    act: {
      decision: row.actDecision,
      standardisation: row.standardisation,
      training: row.training,
      monitoring: row.monitoring,
      lessonsLearned: row.lessonsLearned,
      newCycleReason: row.newCycleReason,
    },
  };
}

/** The first cycle before anyone saved it: the card's own problem description starts the Plan. */
export function emptyCycle(number: number, problemStatement: string | null = null): PdcaCycleDto {
  return {
    id: null,
    number,
    version: 0,
    closedAt: null,
    createdAt: null,
    updatedAt: null,
    plan: {
      problemStatement,
      customerType: null,
      customerName: null,
      segment: null,
      expectation: null,
      kano: null,
      baseline: null,
      rootCause: [],
      goal: null,
      actions: [],
    },
    do: { description: null, informed: null },
    check: { result: null, measuredResult: null, sideEffects: null, expectationMet: null, expectationEvidence: null },
    act: { decision: null, standardisation: null, training: null, monitoring: null, lessonsLearned: null, newCycleReason: null },
  };
}

/** Today's date where the teams work ("YYYY-MM-DD"): due dates are calendar days there. */
export function localToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** An id that is not even a UUID names nothing: "not found", like an id of another organisation. */
export function assertImprovementId(id: string): void {
  if (!isId(id)) throw new NotFoundError();
}

async function loadImprovement(actor: Actor, id: string) {
  assertImprovementId(id);
  const improvement = await db.improvement.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: {
      id: true,
      organisationId: true,
      teamId: true,
      title: true,
      problem: true,
      status: true,
      submitterId: true,
      column: { select: { name: true, stage: true } },
      team: { select: { id: true, slug: true, name: true, archivedAt: true } },
      owners: { select: { userId: true } },
    },
  });
  if (!improvement) throw new NotFoundError();
  authorize(actor, { action: "team.read", resource: { organisationId: improvement.organisationId, teamId: improvement.teamId } });
  return improvement;
}

async function listTeamPeople(teamId: string): Promise<PersonRef[]> {
  const memberships = await db.teamMembership.findMany({
    where: { teamId, user: { deactivatedAt: null } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.map((membership) => membership.user);
}

/** The PDCA checklist of an improvement: the current cycle, earlier cycles, and what the form offers. */
export async function getPdcaChecklist(actor: Actor, improvementId: string): Promise<PdcaChecklist> {
  const improvement = await loadImprovement(actor, improvementId);
  const [cycles, segments, members] = await Promise.all([
    loadCycles(db, improvement.id, actor.organisationId),
    db.customerSegment.findMany({
      where: { organisationId: actor.organisationId, archivedAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    listTeamPeople(improvement.teamId),
  ]);
  const [latest, ...earlier] = cycles;
  const current = latest ? toCycleDto(latest) : emptyCycle(1, improvement.problem);
  // An archived segment the cycle already names stays selectable, so saving does not drop it.
  const chosen = current.plan.segment;
  const offered = chosen && !segments.some((segment) => segment.id === chosen.id) ? [...segments, chosen] : segments;
  const resource = {
    organisationId: improvement.organisationId,
    teamId: improvement.teamId,
    submitterId: improvement.submitterId,
    ownerIds: improvement.owners.map((owner) => owner.userId),
  };
  return {
    improvement: {
      id: improvement.id,
      title: improvement.title,
      status: improvement.status,
      stage: improvement.column.stage,
      columnName: improvement.column.name,
      team: { id: improvement.team.id, slug: improvement.team.slug, name: improvement.team.name },
    },
    current,
    previous: earlier.map(toCycleDto),
    segments: offered,
    members,
    permissions: {
      canEdit: improvement.team.archivedAt === null && can(actor, { action: "improvement.edit", resource }),
      canCreateSegment: can(actor, { action: "segment.create", resource: { organisationId: actor.organisationId } }),
    },
  };
}

type ProgressRow = {
  improvementId: string;
  number: number;
  expectationMet: ExpectationMet | null;
  actDecision: ActDecision | null;
  total: number;
  done: number;
  overdue: number;
  incomplete: number;
} & ProgressFacts["filled"];

/**
 * PDCA progress of every card on a team's board, keyed by improvement id, in one query that
 * reads only whether fields are filled in (never the texts). Cards without a checklist yet are
 * absent: their progress is "nothing filled in". With `ids`, only those cards (a live update).
 */
export async function listPdcaProgress(actor: Actor, teamId: string, ids?: readonly string[]): Promise<Record<string, PdcaProgress>> {
  if (!isId(teamId)) throw new NotFoundError();
  const team = await db.team.findFirst({ where: { id: teamId, organisationId: actor.organisationId }, select: { id: true, organisationId: true } });
  if (!team) throw new NotFoundError();
  authorize(actor, { action: "team.read", resource: { organisationId: team.organisationId, teamId: team.id } });
  const today = localToday();
  // Empty texts are stored as NULL (the schemas turn "" and blanks into null), so IS NOT NULL
  // means "filled in".
  const rows = await db.$queryRaw<ProgressRow[]>`
    SELECT c."improvementId", c.number,
           c."problemStatement" IS NOT NULL AS "problemStatement",
           c."customerType" IS NOT NULL AS "customerType",
           c."customerName" IS NOT NULL AS "customerName",
           c.expectation IS NOT NULL AS expectation,
           c.kano IS NOT NULL AS kano,
           c.baseline IS NOT NULL AS baseline,
           coalesce(cardinality(c."rootCause"), 0) > 0 AS "rootCause",
           c.goal IS NOT NULL AS goal,
           c."doDescription" IS NOT NULL AS "doDescription",
           c.informed IS NOT NULL AS informed,
           c."checkResult" IS NOT NULL AS "checkResult",
           c."measuredResult" IS NOT NULL AS "measuredResult",
           c."sideEffects" IS NOT NULL AS "sideEffects",
           c."expectationEvidence" IS NOT NULL AS "expectationEvidence",
           c.standardisation IS NOT NULL AS standardisation,
           c.training IS NOT NULL AS training,
           c.monitoring IS NOT NULL AS monitoring,
           c."lessonsLearned" IS NOT NULL AS "lessonsLearned",
           c."newCycleReason" IS NOT NULL AS "newCycleReason",
           c."expectationMet"::text AS "expectationMet",
           c."actDecision"::text AS "actDecision",
           coalesce(a.total, 0)::int AS total,
           coalesce(a.done, 0)::int AS done,
           coalesce(a.overdue, 0)::int AS overdue,
           coalesce(a.incomplete, 0)::int AS incomplete
      FROM "PdcaCycle" c
      JOIN "Improvement" i ON i.id = c."improvementId"
      LEFT JOIN LATERAL (
        SELECT count(*) AS total,
               count(*) FILTER (WHERE x."doneAt" IS NOT NULL) AS done,
               count(*) FILTER (WHERE x."doneAt" IS NULL AND x."dueDate" < ${today}::date) AS overdue,
               count(*) FILTER (WHERE x."ownerId" IS NULL OR x."dueDate" IS NULL) AS incomplete
          FROM "PdcaAction" x WHERE x."cycleId" = c.id
      ) a ON true
     WHERE i."teamId" = ${team.id}::uuid
       AND i."organisationId" = ${actor.organisationId}::uuid
       AND c."organisationId" = ${actor.organisationId}::uuid
       AND i.status = 'ACTIVE'
       AND c."closedAt" IS NULL
       ${ids ? Prisma.sql`AND i.id = ANY(${[...ids]}::uuid[])` : Prisma.empty}`;
  const progress: Record<string, PdcaProgress> = {};
  for (const row of rows) {
    const { improvementId, number, expectationMet, actDecision, total, done, overdue, incomplete, ...filled } = row;
    progress[improvementId] = pdcaProgress({ number, filled, expectationMet, actDecision, actions: { total, done, overdue, incomplete } });
  }
  return progress;
}

export type PdcaHistoryEntry = { id: string; kind: ActivityKind; data: Record<string, unknown> | null; actor: PersonRef | null; createdAt: string };

export type PdcaRecord = {
  improvement: {
    id: string;
    title: string;
    problem: string | null;
    status: PdcaChecklist["improvement"]["status"];
    stage: PdcaChecklist["improvement"]["stage"];
    columnName: string;
    team: { slug: string; name: string };
    submitter: PersonRef | null;
    owners: PersonRef[];
    createdAt: string;
  };
  /** Every cycle, oldest first. */
  cycles: PdcaCycleDto[];
  /** Moves and checklist changes, oldest first: who changed what, when. */
  history: PdcaHistoryEntry[];
};

const recordHistoryKinds: ActivityKind[] = ["CREATED", "ACCEPTED", "MOVED", "PDCA_UPDATED", "PDCA_CYCLE_STARTED", "PARKED", "REJECTED", "RESTORED"];

/** Everything the printable PDCA record shows; readable by everyone who may read the team. */
export async function getPdcaRecord(actor: Actor, improvementId: string): Promise<PdcaRecord> {
  const base = await loadImprovement(actor, improvementId);
  const [details, cycles, history] = await Promise.all([
    db.improvement.findFirst({
      where: { id: base.id, organisationId: actor.organisationId },
      select: {
        createdAt: true,
        submitter: { select: { id: true, name: true } },
        owners: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
      },
    }),
    loadCycles(db, base.id, actor.organisationId),
    db.improvementActivity.findMany({
      where: { improvementId: base.id, organisationId: actor.organisationId, kind: { in: recordHistoryKinds } },
      select: { id: true, kind: true, data: true, createdAt: true, actor: { select: { id: true, name: true } } },
      orderBy: { createdAt: "asc" },
      take: 1_000,
    }),
  ]);
  if (!details) throw new NotFoundError();
  return {
    improvement: {
      id: base.id,
      title: base.title,
      problem: base.problem,
      status: base.status,
      stage: base.column.stage,
      columnName: base.column.name,
      team: { slug: base.team.slug, name: base.team.name },
      submitter: details.submitter,
      owners: details.owners.map((owner) => owner.user),
      createdAt: details.createdAt.toISOString(),
    },
    cycles: cycles.length ? cycles.map(toCycleDto).reverse() : [emptyCycle(1, base.problem)],
    history: history.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      data: entry.data && typeof entry.data === "object" && !Array.isArray(entry.data) ? (entry.data as Record<string, unknown>) : null,
      actor: entry.actor,
      createdAt: entry.createdAt.toISOString(),
    })),
  };
}
