import "server-only";
import { randomUUID } from "node:crypto";
import type { ApiClient } from "@/lib/api-tokens/tokens";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { InvalidInputError, type FieldIssues } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";
import { dayToDate, today } from "./dates";
import type { IngestBody } from "./schemas";

export type IngestResult = { externalId: string; id: string; status: "created" | "duplicate" };

/** One response sent: its result. A batch sent: the counts and a result per response, in order. */
export type IngestReply = IngestResult | { created: number; duplicates: number; results: IngestResult[] };

/**
 * Stores survey answers sent by a token's survey tool, in one transaction. Idempotent by the
 * tool's external id: an id seen before (now or in an earlier call) changes nothing and answers
 * "duplicate" with the stored id, so a tool may safely retry after a timeout.
 * Teams are named by slug and segments by name; unknown ones are field errors and store nothing.
 */
export async function ingestFeedback(client: ApiClient, body: IngestBody): Promise<IngestReply> {
  const organisationId = client.organisationId;
  const path = (index: number, field: string) => (body.batch ? `responses.${index}.${field}` : field);

  const slugs = [...new Set(body.responses.map((response) => response.team).filter((slug): slug is string => slug !== null))];
  const segmentNames = [...new Set(body.responses.map((response) => response.segment?.toLowerCase()).filter((name): name is string => Boolean(name)))];
  const [teams, segments] = await Promise.all([
    slugs.length ? db.team.findMany({ where: { organisationId, archivedAt: null, slug: { in: slugs } }, select: { id: true, slug: true } }) : [],
    segmentNames.length
      ? db.customerSegment.findMany({
          where: { organisationId, archivedAt: null, OR: segmentNames.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })) },
          select: { id: true, name: true },
        })
      : [],
  ]);
  const teamIdBySlug = new Map(teams.map((team) => [team.slug, team.id]));
  const segmentIdByName = new Map(segments.map((segment) => [segment.name.toLowerCase(), segment.id]));

  const issues: FieldIssues = {};
  body.responses.forEach((response, index) => {
    if (response.team !== null && !teamIdBySlug.has(response.team)) issues[path(index, "team")] = [{ key: "feedback.validation.unknownTeam" }];
    if (response.segment !== null && !segmentIdByName.has(response.segment.toLowerCase())) {
      issues[path(index, "segment")] = [{ key: "feedback.validation.unknownSegment" }];
    }
  });
  if (Object.keys(issues).length > 0) throw new InvalidInputError(issues);

  const day = today();
  const now = new Date();
  const rows = body.responses.map((response) =>
    Prisma.sql`(${randomUUID()}::uuid, ${organisationId}::uuid, ${response.type}::"FeedbackType", ${dayToDate(response.date ?? day)}::date,
      ${response.channel ?? "SURVEY"}::"FeedbackChannel", ${response.customerName}, ${response.segment ? (segmentIdByName.get(response.segment.toLowerCase()) ?? null) : null}::uuid,
      ${response.team ? (teamIdBySlug.get(response.team) ?? null) : null}::uuid, ${response.text}, ${response.score ?? null}::int,
      ${response.type === "COMPLAINT" ? "OPEN" : null}::"ComplaintStatus", ${response.externalId}, ${client.tokenId}::uuid, ${now}, ${now})`,
  );

  const externalIds = body.responses.map((response) => response.externalId);
  const stored = await db.$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING also covers a retry racing the original call: one of them inserts.
    const inserted = await tx.$queryRaw<{ id: string; externalId: string }[]>`
      INSERT INTO "Feedback" (id, "organisationId", type, "receivedOn", channel, "customerName", "segmentId", "teamId", text, score, status,
                              "externalId", "apiTokenId", "createdAt", "updatedAt")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("organisationId", "externalId") DO NOTHING
      RETURNING id, "externalId"`;
    const created = new Set(inserted.map((row) => row.externalId));
    const existing =
      created.size === externalIds.length
        ? []
        : await tx.feedback.findMany({
            where: { organisationId, externalId: { in: externalIds.filter((id) => !created.has(id)) } },
            select: { id: true, externalId: true },
          });
    // One announcement per call, not per answer: a batch of hundreds refreshes each open list once.
    if (inserted.length > 0) {
      await publish(tx, { kind: "feedback.created", organisationId, teamId: null, subjectId: inserted.length === 1 ? inserted[0]?.id : undefined, actorId: null });
    }
    return { inserted, existing };
  });

  const byExternalId = new Map<string, IngestResult>();
  for (const row of stored.inserted) byExternalId.set(row.externalId, { externalId: row.externalId, id: row.id, status: "created" });
  for (const row of stored.existing) {
    if (row.externalId) byExternalId.set(row.externalId, { externalId: row.externalId, id: row.id, status: "duplicate" });
  }
  const results = externalIds.map((externalId) => {
    const result = byExternalId.get(externalId);
    if (!result) throw new Error(`ingest lost response ${externalId}`);
    return result;
  });
  if (!body.batch) {
    const [result] = results;
    if (!result) throw new Error("ingest stored nothing");
    return result;
  }
  const created = results.filter((result) => result.status === "created").length;
  return { created, duplicates: results.length - created, results };
}
