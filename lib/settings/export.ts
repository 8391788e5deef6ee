import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { CsvValue } from "@/lib/csv/csv";

// The organisation's data export. The JSON export is generic: it walks the database catalogue,
// so tables that modules add later are included without changes here. A table belongs to the
// organisation through its own "organisationId" column, or through foreign keys to a table that
// does (e.g. TeamMembership → Team). Secrets never leave: columns whose name says hash, secret,
// password or token are dropped.

const secretColumn = /hash|secret|password|token(?!Id)/i;
// Mood check-ins are promised to be seen only as a team's average, never per person: the
// export leaves them out rather than hand an admin everyone's score.
const privateTables = new Set(["DailyStartMood"]);

type TableInfo = { table: string; columns: string[] };
type ForeignKey = { table: string; column: string; parentTable: string; parentColumn: string };

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function readCatalogue(): Promise<{ tables: TableInfo[]; foreignKeys: ForeignKey[] }> {
  const columns = await db.$queryRaw<{ table: string; column: string }[]>`
    SELECT c.table_name AS "table", c.column_name AS "column"
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name NOT LIKE '\_prisma%'
     ORDER BY c.table_name, c.ordinal_position`;
  const foreignKeys = await db.$queryRaw<ForeignKey[]>`
    SELECT child.relname AS "table", child_col.attname AS "column", parent.relname AS "parentTable", parent_col.attname AS "parentColumn"
      FROM pg_constraint con
      JOIN pg_class child ON child.oid = con.conrelid
      JOIN pg_class parent ON parent.oid = con.confrelid
      JOIN pg_namespace ns ON ns.oid = child.relnamespace
      JOIN pg_attribute child_col ON child_col.attrelid = con.conrelid AND child_col.attnum = con.conkey[1]
      JOIN pg_attribute parent_col ON parent_col.attrelid = con.confrelid AND parent_col.attnum = con.confkey[1]
     WHERE con.contype = 'f' AND array_length(con.conkey, 1) = 1 AND ns.nspname = current_schema()
     ORDER BY child.relname, child_col.attname`;
  const byTable = new Map<string, string[]>();
  for (const { table, column } of columns) byTable.set(table, [...(byTable.get(table) ?? []), column]);
  return { tables: [...byTable].map(([table, cols]) => ({ table, columns: cols })), foreignKeys };
}

/**
 * For every table that belongs to an organisation, a WHERE condition on alias `t` with `$1` as
 * the organisation id. Pure: exported for its test.
 */
export function scopeConditions(tables: readonly TableInfo[], foreignKeys: readonly ForeignKey[]): Map<string, string> {
  const scoped = new Map<string, string>();
  for (const { table, columns } of tables) {
    if (table === "Organisation") scoped.set(table, `t."id" = $1::uuid`);
    else if (columns.includes("organisationId")) scoped.set(table, `t."organisationId" = $1::uuid`);
  }
  // People belong to the organisation through their membership (the key points the other way).
  if (tables.some((t) => t.table === "User") && scoped.has("OrganisationMembership")) {
    scoped.set("User", `t."id" IN (SELECT m."userId" FROM "OrganisationMembership" m WHERE m."organisationId" = $1::uuid)`);
  }
  // Children of scoped tables, then their children, until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const { table } of tables) {
      if (scoped.has(table)) continue;
      const key = foreignKeys.find((fk) => fk.table === table && scoped.has(fk.parentTable) && fk.parentTable !== table);
      if (!key) continue;
      const parent = scoped.get(key.parentTable)!.replace(/\bt\./g, "p.");
      scoped.set(table, `t.${quoteIdent(key.column)} IN (SELECT p.${quoteIdent(key.parentColumn)} FROM ${quoteIdent(key.parentTable)} p WHERE ${parent})`);
      changed = true;
    }
  }
  return scoped;
}

export type OrganisationExport = {
  format: "verbeterbord-export";
  version: 1;
  exportedAt: string;
  organisation: { id: string; name: string };
  tables: Record<string, Record<string, unknown>[]>;
};

/** Everything the organisation has in the database, as JSON-ready rows per table (no secrets). */
export async function exportOrganisation(actor: Actor): Promise<OrganisationExport> {
  authorize(actor, { action: "organisation.export", resource: { organisationId: actor.organisationId } });
  const organisation = await db.organisation.findUnique({ where: { id: actor.organisationId }, select: { id: true, name: true } });
  if (!organisation) throw new NotFoundError();
  const { tables, foreignKeys } = await readCatalogue();
  const conditions = scopeConditions(tables, foreignKeys);
  const result: Record<string, Record<string, unknown>[]> = {};
  // One snapshot for all tables, so the export is consistent with itself.
  await db.$transaction(
    async (tx) => {
      for (const { table, columns } of tables) {
        const condition = conditions.get(table);
        if (!condition || privateTables.has(table)) continue;
        const order = columns.includes("createdAt") ? `t."createdAt", ` : "";
        const firstColumn = quoteIdent(columns[0]!);
        // Identifiers come from the database catalogue (quoted), never from input; the
        // organisation id is a bound parameter.
        const rows = await tx.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(
          `SELECT to_jsonb(t) AS row FROM ${quoteIdent(table)} t WHERE ${condition} ORDER BY ${order}t.${firstColumn}`,
          organisation.id,
        );
        result[table] = rows.map(({ row }) => Object.fromEntries(Object.entries(row).filter(([column]) => !secretColumn.test(column))));
      }
    },
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );
  return { format: "verbeterbord-export", version: 1, exportedAt: new Date().toISOString(), organisation, tables: result };
}

export const csvLists = ["people", "teams", "improvements", "segments", "feedback"] as const;
export type CsvList = (typeof csvLists)[number];

export type CsvTable = { columns: string[]; rows: CsvValue[][] };

/** One of the main lists, as columns (message keys under settings.export.columns) and raw rows. */
export async function exportList(actor: Actor, list: CsvList): Promise<CsvTable> {
  authorize(actor, { action: "organisation.export", resource: { organisationId: actor.organisationId } });
  const organisationId = actor.organisationId;
  switch (list) {
    case "people": {
      const people = await db.organisationMembership.findMany({
        where: { organisationId },
        select: {
          role: true,
          user: {
            select: {
              name: true,
              email: true,
              locale: true,
              deactivatedAt: true,
              createdAt: true,
              teamMemberships: { select: { role: true, team: { select: { name: true } } }, orderBy: { team: { name: "asc" } } },
            },
          },
        },
        orderBy: { user: { name: "asc" } },
      });
      return {
        columns: ["name", "email", "role", "teams", "leads", "language", "active", "createdAt"],
        rows: people.map(({ role, user }) => [
          user.name,
          user.email,
          role,
          user.teamMemberships.map((membership) => membership.team.name).join("; "),
          user.teamMemberships.filter((membership) => membership.role === "LEAD").map((membership) => membership.team.name).join("; "),
          user.locale,
          user.deactivatedAt === null,
          user.createdAt,
        ]),
      };
    }
    case "teams": {
      const teams = await db.team.findMany({
        where: { organisationId },
        select: { name: true, slug: true, archivedAt: true, createdAt: true, _count: { select: { memberships: true, improvements: true } } },
        orderBy: { name: "asc" },
      });
      return {
        columns: ["name", "slug", "members", "improvements", "archived", "createdAt"],
        rows: teams.map((team) => [team.name, team.slug, team._count.memberships, team._count.improvements, team.archivedAt !== null, team.createdAt]),
      };
    }
    case "improvements": {
      const improvements = await db.improvement.findMany({
        where: { organisationId },
        select: {
          title: true,
          problem: true,
          proposal: true,
          status: true,
          statusReason: true,
          wasteType: true,
          createdAt: true,
          dueDate: true,
          team: { select: { name: true } },
          column: { select: { name: true, stage: true } },
          submitter: { select: { name: true } },
          owners: { select: { user: { select: { name: true } } } },
        },
        orderBy: [{ team: { name: "asc" } }, { createdAt: "asc" }],
      });
      return {
        columns: ["team", "title", "problem", "proposal", "column", "stage", "status", "statusReason", "wasteType", "submitter", "owners", "dueDate", "createdAt"],
        rows: improvements.map((improvement) => [
          improvement.team.name,
          improvement.title,
          improvement.problem,
          improvement.proposal,
          improvement.column.name,
          improvement.column.stage,
          improvement.status,
          improvement.statusReason,
          improvement.wasteType,
          improvement.submitter?.name,
          improvement.owners.map((owner) => owner.user.name).join("; "),
          improvement.dueDate?.toISOString().slice(0, 10),
          improvement.createdAt,
        ]),
      };
    }
    case "segments": {
      const segments = await db.customerSegment.findMany({
        where: { organisationId },
        select: { name: true, description: true, archivedAt: true, createdAt: true },
        orderBy: { name: "asc" },
      });
      return {
        columns: ["name", "description", "archived", "createdAt"],
        rows: segments.map((segment) => [segment.name, segment.description, segment.archivedAt !== null, segment.createdAt]),
      };
    }
    case "feedback": {
      const feedback = await db.feedback.findMany({
        where: { organisationId },
        select: {
          receivedOn: true,
          type: true,
          channel: true,
          score: true,
          customerName: true,
          text: true,
          status: true,
          team: { select: { name: true } },
          segment: { select: { name: true } },
        },
        orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }],
      });
      return {
        columns: ["receivedOn", "type", "channel", "score", "team", "segment", "customer", "text", "complaintStatus"],
        rows: feedback.map((item) => [
          item.receivedOn.toISOString().slice(0, 10),
          item.type,
          item.channel,
          item.score,
          item.team?.name,
          item.segment?.name,
          item.customerName,
          item.text,
          item.status,
        ]),
      };
    }
  }
}
