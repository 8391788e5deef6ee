import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/permissions";
import { getTeamBySlug } from "@/lib/auth/queries";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ActivityKind, ImprovementStatus, Stage, WasteType } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/errors";
import { isId, type BoardCardsInput, type BoardFilters, type LoadMoreInput } from "./schemas";
import type { BoardCard, BoardColumn, ColumnCounts, PersonRef } from "./types";

/** Cards shown per column before "show more": keeps a 2,000-card board light in the browser. */
export const CARDS_PER_COLUMN = 30;

type Queryable = Pick<typeof db, "$queryRaw">;

type CardRow = {
  id: string;
  columnId: string;
  rank: string;
  title: string;
  version: number;
  status: ImprovementStatus;
  wasteType: WasteType | null;
  dueDate: Date | null;
  createdAt: Date;
  firstResponseAt: Date | null;
  stageEnteredAt: Date;
  submitterId: string | null;
  submitterName: string | null;
  owners: PersonRef[];
  commentCount: number;
  matching: number;
};

const DAY_MS = 86_400_000;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function filterSql(actor: Actor, filters: BoardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    parts.push(Prisma.sql`(i.title ILIKE ${pattern} OR i.problem ILIKE ${pattern} OR i.proposal ILIKE ${pattern})`);
  }
  if (filters.owner) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ImprovementOwner" o WHERE o."improvementId" = i.id AND o."userId" = ${filters.owner}::uuid)`);
  }
  if (filters.mine) {
    parts.push(
      Prisma.sql`(i."submitterId" = ${actor.userId}::uuid OR EXISTS (SELECT 1 FROM "ImprovementOwner" o WHERE o."improvementId" = i.id AND o."userId" = ${actor.userId}::uuid))`,
    );
  }
  if (filters.waste) parts.push(Prisma.sql`i."wasteType"::text = ${filters.waste}`);
  if (filters.age) parts.push(Prisma.sql`i."createdAt" < ${new Date(Date.now() - Number(filters.age) * DAY_MS)}`);
  return parts.length > 0 ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/**
 * One query for the cards of a whole board (or one column after a rank), at most `limit` per
 * column, with owners and comment counts aggregated in: the number of queries never grows
 * with the number of cards.
 */
async function selectCards(
  client: Queryable,
  actor: Actor,
  scope: { teamId: string; status: ImprovementStatus; columnId?: string; afterRank?: string; ids?: readonly string[] },
  filters: BoardFilters,
  limit: number | null,
): Promise<CardRow[]> {
  const columnSql = scope.columnId ? Prisma.sql`AND i."columnId" = ${scope.columnId}::uuid` : Prisma.empty;
  const afterSql = scope.afterRank ? Prisma.sql`AND i.rank > ${scope.afterRank}` : Prisma.empty;
  const idsSql = scope.ids ? Prisma.sql`AND i.id = ANY(${[...scope.ids]}::uuid[])` : Prisma.empty;
  const limitSql = limit === null ? Prisma.empty : Prisma.sql`WHERE x.n <= ${limit}`;
  // Off-board cards have no rank; they are listed newest status change first.
  const order =
    scope.status === "ACTIVE" ? Prisma.sql`i.rank` : Prisma.sql`i."statusChangedAt" DESC NULLS LAST, i."createdAt" DESC`;
  return client.$queryRaw<CardRow[]>`
    SELECT x.id, x."columnId", coalesce(x.rank, '') AS rank, x.title, x.version, x.status, x."wasteType",
           x."dueDate", x."createdAt", x."firstResponseAt", x."stageEnteredAt", x."submitterId",
           u.name AS "submitterName", x.matching,
           (SELECT count(*)::int FROM "ImprovementComment" c WHERE c."improvementId" = x.id) AS "commentCount",
           (SELECT coalesce(json_agg(json_build_object('id', ou.id, 'name', ou.name) ORDER BY ou.name), '[]'::json)
              FROM "ImprovementOwner" o JOIN "User" ou ON ou.id = o."userId"
             WHERE o."improvementId" = x.id) AS owners
      FROM (
        SELECT i.id, i."columnId", i.rank, i.title, i.version, i.status::text AS status, i."wasteType"::text AS "wasteType",
               i."dueDate", i."createdAt", i."firstResponseAt", i."stageEnteredAt", i."submitterId",
               row_number() OVER (PARTITION BY i."columnId" ORDER BY ${order}) AS n,
               (count(*) OVER (PARTITION BY i."columnId"))::int AS matching
          FROM "Improvement" i
         WHERE i."teamId" = ${scope.teamId}::uuid
           AND i."organisationId" = ${actor.organisationId}::uuid
           AND i.status::text = ${scope.status}
           ${columnSql} ${afterSql} ${idsSql} ${filterSql(actor, filters)}
      ) x
      LEFT JOIN "User" u ON u.id = x."submitterId"
      ${limitSql}
     ORDER BY x."columnId", x.n`;
}

function toCard(actor: Actor, teamId: string, row: CardRow): BoardCard {
  const ownerIds = row.owners.map((owner) => owner.id);
  return {
    id: row.id,
    columnId: row.columnId,
    rank: row.rank,
    title: row.title,
    version: row.version,
    status: row.status,
    wasteType: row.wasteType,
    dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
    createdAt: row.createdAt.toISOString(),
    firstResponseAt: row.firstResponseAt?.toISOString() ?? null,
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    submitter: row.submitterId && row.submitterName ? { id: row.submitterId, name: row.submitterName } : null,
    owners: row.owners,
    commentCount: row.commentCount,
    canMove: can(actor, {
      action: "improvement.move",
      resource: { organisationId: actor.organisationId, teamId, submitterId: row.submitterId, ownerIds },
    }),
  };
}

export type TeamMember = PersonRef & { role: "LEAD" | "MEMBER" };

async function listTeamMembers(teamId: string): Promise<TeamMember[]> {
  return db.$queryRaw<TeamMember[]>`
    SELECT u.id, u.name, m.role::text AS role
      FROM "TeamMembership" m JOIN "User" u ON u.id = m."userId"
     WHERE m."teamId" = ${teamId}::uuid AND u."deactivatedAt" IS NULL
     ORDER BY u.name`;
}

export type Board = {
  team: { id: string; slug: string; name: string };
  columns: BoardColumn[];
  members: TeamMember[];
  viewer: { canCreate: boolean; canTriage: boolean };
};

/** A team's board: its columns in order, each with its first cards (filtered) and counts. */
export async function getBoard(
  actor: Actor,
  teamSlug: string,
  filters: BoardFilters = {},
  options: { perColumn?: number | null } = {},
): Promise<Board> {
  const team = await getTeamBySlug(actor, teamSlug);
  const perColumn = options.perColumn === undefined ? CARDS_PER_COLUMN : options.perColumn;
  const [columns, rows, members] = await Promise.all([
    db.$queryRaw<Omit<BoardColumn, "cards" | "matchingCount">[]>`
      SELECT c.id, c.name, c.stage::text AS stage, c.position, c."wipLimit",
             (SELECT count(*)::int FROM "Improvement" i WHERE i."columnId" = c.id AND i.status = 'ACTIVE') AS "activeCount"
        FROM "Column" c
       WHERE c."teamId" = ${team.id}::uuid AND c."organisationId" = ${actor.organisationId}::uuid
       ORDER BY c.position, c."createdAt"`,
    selectCards(db, actor, { teamId: team.id, status: "ACTIVE" }, filters, perColumn),
    listTeamMembers(team.id),
  ]);
  const byColumn = new Map<string, CardRow[]>();
  for (const row of rows) {
    const list = byColumn.get(row.columnId) ?? [];
    list.push(row);
    byColumn.set(row.columnId, list);
  }
  const resource = { organisationId: team.organisationId, teamId: team.id };
  return {
    team: { id: team.id, slug: team.slug, name: team.name },
    columns: columns.map((column) => {
      const cards = byColumn.get(column.id) ?? [];
      return {
        ...column,
        stage: column.stage as Stage,
        matchingCount: cards[0]?.matching ?? 0,
        cards: cards.map((row) => toCard(actor, team.id, row)),
      };
    }),
    members,
    viewer: {
      canCreate: can(actor, { action: "improvement.create", resource }) && !team.archived,
      canTriage: can(actor, { action: "improvement.triage", resource }) && !team.archived,
    },
  };
}

/** The next cards of one column after the last one shown ("show more"). */
export async function listColumnImprovements(actor: Actor, input: LoadMoreInput): Promise<BoardCard[]> {
  const team = await db.team.findUnique({ where: { id: input.teamId }, select: { id: true, organisationId: true } });
  if (!team) throw new NotFoundError();
  authorize(actor, { action: "team.read", resource: { organisationId: team.organisationId, teamId: team.id } });
  const rows = await selectCards(
    db,
    actor,
    { teamId: team.id, status: "ACTIVE", columnId: input.columnId, afterRank: input.afterRank },
    input.filters,
    CARDS_PER_COLUMN,
  );
  return rows.map((row) => toCard(actor, team.id, row));
}

/**
 * Some cards of a board as they stand now, for a browser that heard they changed: each id is
 * either its current card (active, on this team's board, matching the filters) or null (gone
 * from this view), plus every column's counts. Two queries, whatever the number of ids.
 */
export async function getBoardCards(
  actor: Actor,
  input: BoardCardsInput,
): Promise<{ cards: { id: string; card: BoardCard | null }[]; counts: ColumnCounts[] }> {
  const team = await db.team.findFirst({ where: { id: input.teamId, organisationId: actor.organisationId }, select: { id: true, organisationId: true } });
  if (!team) throw new NotFoundError();
  authorize(actor, { action: "team.read", resource: { organisationId: team.organisationId, teamId: team.id } });
  const [rows, counts] = await Promise.all([
    selectCards(db, actor, { teamId: team.id, status: "ACTIVE", ids: input.ids }, input.filters, null),
    db.$queryRaw<ColumnCounts[]>`
      SELECT c.id,
             (SELECT count(*)::int FROM "Improvement" i WHERE i."columnId" = c.id AND i.status = 'ACTIVE') AS "activeCount",
             (SELECT count(*)::int FROM "Improvement" i WHERE i."columnId" = c.id AND i.status = 'ACTIVE' ${filterSql(actor, input.filters)}) AS "matchingCount"
        FROM "Column" c
       WHERE c."teamId" = ${team.id}::uuid AND c."organisationId" = ${actor.organisationId}::uuid
       ORDER BY c.position, c."createdAt"`,
  ]);
  const found = new Map(rows.map((row) => [row.id, toCard(actor, team.id, row)]));
  return { cards: input.ids.map((id) => ({ id, card: found.get(id) ?? null })), counts };
}

export type OffBoardImprovement = BoardCard & { statusReason: string | null; statusChangedAt: string | null; columnName: string };

/** Parked or rejected improvements of a team: off the board, never lost. */
export async function listOffBoardImprovements(
  actor: Actor,
  teamSlug: string,
  status: "PARKED" | "REJECTED",
  filters: BoardFilters = {},
): Promise<OffBoardImprovement[]> {
  const team = await getTeamBySlug(actor, teamSlug);
  const rows = await selectCards(db, actor, { teamId: team.id, status }, filters, null);
  const details = await db.improvement.findMany({
    where: { id: { in: rows.map((row) => row.id) }, organisationId: actor.organisationId },
    select: { id: true, statusReason: true, statusChangedAt: true, column: { select: { name: true } } },
  });
  const byId = new Map(details.map((detail) => [detail.id, detail]));
  return rows
    .map((row) => {
      const detail = byId.get(row.id);
      return {
        ...toCard(actor, team.id, row),
        statusReason: detail?.statusReason ?? null,
        statusChangedAt: detail?.statusChangedAt?.toISOString() ?? null,
        columnName: detail?.column.name ?? "",
      };
    })
    .sort((a, b) => ((a.statusChangedAt ?? "") < (b.statusChangedAt ?? "") ? 1 : -1));
}

export type MySuggestion = {
  id: string;
  title: string;
  status: ImprovementStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  createdAt: string;
  firstResponseAt: string | null;
  column: { name: string; stage: Stage };
  team: { slug: string; name: string };
};

/** Everything the actor submitted, newest first, with where it stands and why. */
export async function listMySuggestions(actor: Actor): Promise<MySuggestion[]> {
  const rows = await db.improvement.findMany({
    where: { organisationId: actor.organisationId, submitterId: actor.userId },
    select: {
      id: true,
      title: true,
      status: true,
      statusReason: true,
      statusChangedAt: true,
      createdAt: true,
      firstResponseAt: true,
      column: { select: { name: true, stage: true } },
      team: { select: { slug: true, name: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  return rows.map((row) => ({
    ...row,
    statusChangedAt: row.statusChangedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    firstResponseAt: row.firstResponseAt?.toISOString() ?? null,
  }));
}

export type ActivityEntry = {
  id: string;
  kind: ActivityKind;
  data: Record<string, unknown> | null;
  actor: PersonRef | null;
  createdAt: string;
};

export type ImprovementDetail = {
  id: string;
  title: string;
  problem: string | null;
  proposal: string | null;
  wasteType: WasteType | null;
  customerValue: string | null;
  dueDate: string | null;
  status: ImprovementStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  version: number;
  rank: string | null;
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  stageEnteredAt: string;
  column: { id: string; name: string; stage: Stage };
  team: { id: string; slug: string; name: string };
  submitter: PersonRef | null;
  owners: PersonRef[];
  comments: { id: string; body: string; author: PersonRef | null; createdAt: string }[];
  activity: ActivityEntry[];
  columns: { id: string; name: string; stage: Stage }[];
  members: TeamMember[];
  permissions: { canEdit: boolean; canMove: boolean; canTriage: boolean; canComment: boolean };
};

/** One improvement with everything its detail view shows. Another organisation's is "not found". */
export async function getImprovement(actor: Actor, id: string): Promise<ImprovementDetail> {
  if (!isId(id)) throw new NotFoundError();
  const improvement = await db.improvement.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: {
      id: true,
      organisationId: true,
      teamId: true,
      title: true,
      problem: true,
      proposal: true,
      wasteType: true,
      customerValue: true,
      dueDate: true,
      status: true,
      statusReason: true,
      statusChangedAt: true,
      version: true,
      rank: true,
      createdAt: true,
      updatedAt: true,
      firstResponseAt: true,
      stageEnteredAt: true,
      column: { select: { id: true, name: true, stage: true } },
      team: { select: { id: true, slug: true, name: true, archivedAt: true } },
      submitter: { select: { id: true, name: true } },
      owners: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
    },
  });
  if (!improvement) throw new NotFoundError();
  const team = { organisationId: improvement.organisationId, teamId: improvement.teamId };
  authorize(actor, { action: "team.read", resource: team });
  const [comments, activity, columns, members] = await Promise.all([
    db.improvementComment.findMany({
      where: { improvementId: id },
      select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
      orderBy: { createdAt: "asc" },
      take: 500,
    }),
    db.improvementActivity.findMany({
      where: { improvementId: id },
      select: { id: true, kind: true, data: true, createdAt: true, actor: { select: { id: true, name: true } } },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
    db.column.findMany({
      where: { teamId: improvement.teamId, organisationId: actor.organisationId },
      select: { id: true, name: true, stage: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
    listTeamMembers(improvement.teamId),
  ]);
  const owners = improvement.owners.map((owner) => owner.user);
  const resource = { ...team, submitterId: improvement.submitter?.id ?? null, ownerIds: owners.map((owner) => owner.id) };
  const writable = improvement.team.archivedAt === null;
  return {
    id: improvement.id,
    title: improvement.title,
    problem: improvement.problem,
    proposal: improvement.proposal,
    wasteType: improvement.wasteType,
    customerValue: improvement.customerValue,
    dueDate: improvement.dueDate ? improvement.dueDate.toISOString().slice(0, 10) : null,
    status: improvement.status,
    statusReason: improvement.statusReason,
    statusChangedAt: improvement.statusChangedAt?.toISOString() ?? null,
    version: improvement.version,
    rank: improvement.rank,
    createdAt: improvement.createdAt.toISOString(),
    updatedAt: improvement.updatedAt.toISOString(),
    firstResponseAt: improvement.firstResponseAt?.toISOString() ?? null,
    stageEnteredAt: improvement.stageEnteredAt.toISOString(),
    column: improvement.column,
    team: { id: improvement.team.id, slug: improvement.team.slug, name: improvement.team.name },
    submitter: improvement.submitter,
    owners,
    comments: comments.map((comment) => ({ ...comment, createdAt: comment.createdAt.toISOString() })),
    activity: activity.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      data: entry.data && typeof entry.data === "object" && !Array.isArray(entry.data) ? (entry.data as Record<string, unknown>) : null,
      actor: entry.actor,
      createdAt: entry.createdAt.toISOString(),
    })),
    columns,
    members,
    permissions: {
      canEdit: writable && can(actor, { action: "improvement.edit", resource }),
      canMove: writable && can(actor, { action: "improvement.move", resource }),
      canTriage: writable && can(actor, { action: "improvement.triage", resource: team }),
      canComment: writable && can(actor, { action: "improvement.comment", resource: team }),
    },
  };
}
