import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";
import { dateToDay, dayToDate, periodRange, todayInAmsterdam } from "./dates";
import { isMilestone, lastMilestone, successesToNextMilestone } from "./milestones";
import { readPdcaOutcome, type PdcaOutcome } from "./pdca-outcome";
import { isId, SUCCESSES_PER_PAGE, type SuccessFiltersInput } from "./schemas";
import type {
  PersonRef,
  SuccessDetail,
  SuccessFormOptions,
  SuccessListItem,
  SuccessPage,
  TeamRef,
  TeamSuccessSummary,
} from "./types";

/** Names of thankers shown on a list item; the detail page shows them all. */
const THANKS_SHOWN = 5;
const THANKS_MAX = 1_000;

const successSelect = (thanksTake: number) =>
  ({
    id: true,
    organisationId: true,
    teamId: true,
    title: true,
    story: true,
    achievedOn: true,
    effectValue: true,
    effectUnit: true,
    featuredAt: true,
    createdById: true,
    createdAt: true,
    team: { select: { id: true, slug: true, name: true } },
    improvements: {
      select: { improvement: { select: { id: true, title: true, team: { select: { slug: true } } } } },
      orderBy: { improvement: { title: "asc" } },
    },
    contributors: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
    thanks: { select: { user: { select: { id: true, name: true } } }, orderBy: [{ createdAt: "asc" }, { userId: "asc" }], take: thanksTake },
    _count: { select: { thanks: true } },
  }) satisfies Prisma.SuccessSelect;

type SuccessRow = Prisma.SuccessGetPayload<{ select: ReturnType<typeof successSelect> }>;

function readable(actor: Actor): void {
  authorize(actor, { action: "success.read", resource: { organisationId: actor.organisationId } });
}

/** Each success's place in its team's order of recording; one query whatever the page size. */
async function ordinalsOf(actor: Actor, rows: { id: string; teamId: string }[]): Promise<Map<string, number>> {
  if (rows.length === 0) return new Map();
  const teamIds = [...new Set(rows.map((row) => row.teamId))];
  const ids = rows.map((row) => row.id);
  const found = await db.$queryRaw<{ id: string; ordinal: number }[]>`
    SELECT x.id, x.ordinal::int AS ordinal
      FROM (
        SELECT s.id, row_number() OVER (PARTITION BY s."teamId" ORDER BY s."createdAt", s.id) AS ordinal
          FROM "Success" s
         WHERE s."organisationId" = ${actor.organisationId}::uuid AND s."teamId" = ANY(${teamIds}::uuid[])
      ) x
     WHERE x.id = ANY(${ids}::uuid[])`;
  return new Map(found.map((row) => [row.id, row.ordinal]));
}

async function thankedByViewer(actor: Actor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.successThanks.findMany({ where: { userId: actor.userId, successId: { in: ids } }, select: { successId: true } });
  return new Set(rows.map((row) => row.successId));
}

function toItem(actor: Actor, row: SuccessRow, ordinal: number, byViewer: boolean): SuccessListItem {
  const team = { organisationId: row.organisationId, teamId: row.teamId };
  return {
    id: row.id,
    title: row.title,
    story: row.story,
    achievedOn: dateToDay(row.achievedOn),
    team: row.team,
    effect: row.effectValue !== null && row.effectUnit !== null ? { value: row.effectValue.toNumber(), unit: row.effectUnit } : null,
    featured: row.featuredAt !== null,
    ordinal,
    milestone: isMilestone(ordinal),
    improvements: row.improvements.map(({ improvement }) => ({ id: improvement.id, title: improvement.title, teamSlug: improvement.team.slug })),
    contributors: row.contributors.map(({ user }) => user),
    thanks: { count: row._count.thanks, byViewer, people: row.thanks.map(({ user }) => user) },
    permissions: {
      canEdit: can(actor, { action: "success.edit", resource: { ...team, createdById: row.createdById } }),
      canFeature: can(actor, { action: "success.feature", resource: team }),
      canThank: can(actor, { action: "success.thank", resource: { organisationId: row.organisationId } }),
    },
  };
}

async function toItems(actor: Actor, rows: SuccessRow[]): Promise<SuccessListItem[]> {
  const [ordinals, thanked] = await Promise.all([ordinalsOf(actor, rows), thankedByViewer(actor, rows.map((row) => row.id))]);
  return rows.map((row) => toItem(actor, row, ordinals.get(row.id) ?? 0, thanked.has(row.id)));
}

const newestFirst = [{ achievedOn: "desc" }, { createdAt: "desc" }, { id: "desc" }] satisfies Prisma.SuccessOrderByWithRelationInput[];

/** The organisation's successes, newest first, filtered and one page at a time. */
export async function listSuccesses(actor: Actor, filters: SuccessFiltersInput, options: { today?: string } = {}): Promise<SuccessPage> {
  readable(actor);
  const where: Prisma.SuccessWhereInput = { organisationId: actor.organisationId };
  if (filters.team) {
    const team = await db.team.findUnique({
      where: { organisationId_slug: { organisationId: actor.organisationId, slug: filters.team } },
      select: { id: true },
    });
    // An unknown team (or another organisation's) simply has no successes here.
    where.teamId = team?.id ?? "00000000-0000-0000-0000-000000000000";
  }
  if (filters.period) {
    const range = periodRange(filters.period, options.today ?? todayInAmsterdam());
    where.achievedOn = { gte: dayToDate(range.from), lte: dayToDate(range.to) };
  }
  if (filters.person) where.contributors = { some: { userId: filters.person } };
  if (filters.effect) where.effectValue = { not: null };

  const total = await db.success.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / SUCCESSES_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.success.findMany({
    where,
    select: successSelect(THANKS_SHOWN),
    orderBy: newestFirst,
    skip: (page - 1) * SUCCESSES_PER_PAGE,
    take: SUCCESSES_PER_PAGE,
  });
  return { items: await toItems(actor, rows), total, page, pageCount };
}

/** Successes the teams' leads chose to feature (at most one per team), most recently featured first. */
export async function listFeaturedSuccesses(actor: Actor): Promise<SuccessListItem[]> {
  readable(actor);
  const rows = await db.success.findMany({
    where: { organisationId: actor.organisationId, featuredAt: { not: null }, team: { archivedAt: null } },
    select: successSelect(THANKS_SHOWN),
    orderBy: [{ featuredAt: "desc" }, { id: "asc" }],
    take: 20,
  });
  return toItems(actor, rows);
}

/** One success with everything its page shows. Another organisation's, or an id that is no uuid, is "not found". */
export async function getSuccess(actor: Actor, id: string): Promise<SuccessDetail> {
  readable(actor);
  if (!isId(id)) throw new NotFoundError();
  const row = await db.success.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: { ...successSelect(THANKS_MAX), createdBy: { select: { id: true, name: true } } },
  });
  if (!row) throw new NotFoundError();
  const [[item], compliment] = await Promise.all([
    toItems(actor, [row]),
    db.feedback.findFirst({
      where: { organisationId: actor.organisationId, successId: row.id, type: "COMPLIMENT" },
      select: { text: true, customerName: true, receivedOn: true },
      orderBy: { receivedOn: "desc" },
    }),
  ]);
  if (!item) throw new NotFoundError();
  return {
    ...item,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    compliment: compliment ? { ...compliment, receivedOn: dateToDay(compliment.receivedOn) } : null,
  };
}

function summarise(team: TeamRef, total: number, thisMonth: number): TeamSuccessSummary {
  return { team, total, thisMonth, toNextMilestone: successesToNextMilestone(total), lastMilestone: lastMilestone(total) };
}

/**
 * Recognition of teams, not a ranking: every active team with its successes this month and in
 * total, in alphabetical order whatever the numbers.
 */
export async function listTeamSuccessSummaries(actor: Actor, options: { today?: string } = {}): Promise<TeamSuccessSummary[]> {
  readable(actor);
  const month = periodRange("thisMonth", options.today ?? todayInAmsterdam());
  const organisationId = actor.organisationId;
  const [teams, totals, monthly] = await Promise.all([
    db.team.findMany({ where: { organisationId, archivedAt: null }, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    db.success.groupBy({ by: ["teamId"], where: { organisationId }, _count: { _all: true } }),
    db.success.groupBy({
      by: ["teamId"],
      where: { organisationId, achievedOn: { gte: dayToDate(month.from), lte: dayToDate(month.to) } },
      _count: { _all: true },
    }),
  ]);
  const total = new Map(totals.map((row) => [row.teamId, row._count._all]));
  const thisMonth = new Map(monthly.map((row) => [row.teamId, row._count._all]));
  return teams.map((team) => summarise(team, total.get(team.id) ?? 0, thisMonth.get(team.id) ?? 0));
}

export type TeamSuccesses = { summary: TeamSuccessSummary; recent: SuccessListItem[]; canCreate: boolean };

/** A team's latest successes and counts, for its own pages (board, daily start). */
export async function getTeamSuccesses(actor: Actor, teamId: string, options: { limit?: number; today?: string } = {}): Promise<TeamSuccesses> {
  readable(actor);
  const team = await db.team.findFirst({
    where: { id: teamId, organisationId: actor.organisationId },
    select: { id: true, slug: true, name: true, organisationId: true, archivedAt: true },
  });
  if (!team) throw new NotFoundError();
  const month = periodRange("thisMonth", options.today ?? todayInAmsterdam());
  const [total, thisMonth, rows] = await Promise.all([
    db.success.count({ where: { teamId: team.id, organisationId: actor.organisationId } }),
    db.success.count({
      where: { teamId: team.id, organisationId: actor.organisationId, achievedOn: { gte: dayToDate(month.from), lte: dayToDate(month.to) } },
    }),
    db.success.findMany({
      where: { teamId: team.id, organisationId: actor.organisationId },
      select: successSelect(THANKS_SHOWN),
      orderBy: newestFirst,
      take: options.limit ?? 3,
    }),
  ]);
  return {
    summary: summarise({ id: team.id, slug: team.slug, name: team.name }, total, thisMonth),
    recent: await toItems(actor, rows),
    canCreate: team.archivedAt === null && can(actor, { action: "success.create", resource: { organisationId: team.organisationId, teamId: team.id } }),
  };
}

/** People who were thanked in at least one success: the choices of the "person thanked" filter. */
export async function listThankedPeople(actor: Actor): Promise<PersonRef[]> {
  readable(actor);
  return db.user.findMany({
    where: { successCredits: { some: { success: { organisationId: actor.organisationId } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Teams the actor may record successes for (active teams only). */
export async function listRecordableTeams(actor: Actor): Promise<TeamRef[]> {
  const teams = await db.team.findMany({
    where: {
      organisationId: actor.organisationId,
      archivedAt: null,
      ...(actor.organisationRole === "ADMIN" ? {} : { id: { in: actor.teams.map((team) => team.id) } }),
    },
    select: { id: true, slug: true, name: true, organisationId: true },
    orderBy: { name: "asc" },
  });
  return teams
    .filter((team) => can(actor, { action: "success.create", resource: { organisationId: team.organisationId, teamId: team.id } }))
    .map(({ id, slug, name }) => ({ id, slug, name }));
}

/**
 * What the success form offers: the teams, their completed improvements (plus any already
 * linked, so editing never drops one silently), and the organisation's people.
 */
export async function getSuccessFormOptions(
  actor: Actor,
  keep: { improvementIds?: string[]; contributorIds?: string[]; team?: TeamRef } = {},
): Promise<SuccessFormOptions> {
  const recordable = await listRecordableTeams(actor);
  const teams = keep.team && !recordable.some((team) => team.id === keep.team?.id) ? [...recordable, keep.team] : recordable;
  const teamIds = teams.map((team) => team.id);
  const keepImprovements = keep.improvementIds ?? [];
  const keepPeople = keep.contributorIds ?? [];
  const [improvements, people] = await Promise.all([
    db.improvement.findMany({
      where: {
        organisationId: actor.organisationId,
        teamId: { in: teamIds },
        OR: [{ status: "ACTIVE", column: { stage: "DONE" } }, { id: { in: keepImprovements } }],
      },
      select: { id: true, title: true, teamId: true, status: true, column: { select: { stage: true } } },
      orderBy: [{ stageEnteredAt: "desc" }, { id: "asc" }],
      take: 500,
    }),
    db.user.findMany({
      where: {
        organisationMembership: { organisationId: actor.organisationId },
        OR: [{ deactivatedAt: null }, { id: { in: keepPeople } }],
      },
      select: { id: true, name: true, teamMemberships: { select: { teamId: true } } },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    teams,
    improvements: improvements.map((improvement) => ({
      id: improvement.id,
      title: improvement.title,
      teamId: improvement.teamId,
      done: improvement.status === "ACTIVE" && improvement.column.stage === "DONE",
    })),
    people: people.map((person) => ({ id: person.id, name: person.name, teamIds: person.teamMemberships.map((membership) => membership.teamId) })),
  };
}

export type SuccessPrefill = {
  improvement: {
    id: string;
    title: string;
    problem: string | null;
    customerValue: string | null;
    done: boolean;
    team: TeamRef;
  };
  pdca: PdcaOutcome | null;
  /** The submitter, the owners and the owners of planned actions. */
  contributorIds: string[];
  /** Successes already recorded from this improvement. */
  existing: { id: string; title: string }[];
  canCreate: boolean;
};

/** What "Record as success" starts from: the improvement and its PDCA record. */
export async function getSuccessPrefill(actor: Actor, improvementId: string): Promise<SuccessPrefill> {
  if (!isId(improvementId)) throw new NotFoundError();
  const improvement = await db.improvement.findFirst({
    where: { id: improvementId, organisationId: actor.organisationId },
    select: {
      id: true,
      organisationId: true,
      teamId: true,
      title: true,
      problem: true,
      customerValue: true,
      status: true,
      submitterId: true,
      column: { select: { stage: true } },
      team: { select: { id: true, slug: true, name: true, archivedAt: true } },
      owners: { select: { userId: true } },
    },
  });
  if (!improvement) throw new NotFoundError();
  const resource = { organisationId: improvement.organisationId, teamId: improvement.teamId };
  authorize(actor, { action: "team.read", resource });
  const [pdca, existing] = await Promise.all([
    readPdcaOutcome(actor.organisationId, improvement.id),
    db.success.findMany({
      where: { organisationId: actor.organisationId, improvements: { some: { improvementId: improvement.id } } },
      select: { id: true, title: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const candidates = [improvement.submitterId, ...improvement.owners.map((owner) => owner.userId), ...(pdca?.actionOwnerIds ?? [])];
  return {
    improvement: {
      id: improvement.id,
      title: improvement.title,
      problem: improvement.problem,
      customerValue: improvement.customerValue,
      done: improvement.status === "ACTIVE" && improvement.column.stage === "DONE",
      team: { id: improvement.team.id, slug: improvement.team.slug, name: improvement.team.name },
    },
    pdca,
    contributorIds: [...new Set(candidates.filter((id): id is string => id !== null))],
    existing,
    canCreate: improvement.team.archivedAt === null && can(actor, { action: "success.create", resource }),
  };
}

