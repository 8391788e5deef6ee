import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createApiToken, verifyApiToken, type ApiClient } from "@/lib/api-tokens/tokens";
import type { TestWorld } from "@/lib/auth/testing/world";
import { db } from "@/lib/db/client";
import type { ExpectedError } from "@/lib/errors";
import { fieldIssuesFromZod } from "@/lib/i18n/zod-issues";
import { recordChangesInThisBlock } from "@/lib/realtime/testing";
import { createSegment } from "@/lib/segments/segments";
import { addDays, today } from "./dates";
import { ingestFeedback } from "./ingest";
import { ingestBodySchema } from "./schemas";
import { createFeedbackWorld } from "./testing";

let world: TestWorld;
let client: ApiClient;

beforeAll(async () => {
  world = await createFeedbackWorld();
  await createSegment(world.admin, { name: "Zakelijke contractklanten" });
  const { token } = await createApiToken(world.admin, { name: "Enquêtetool" });
  const verified = await verifyApiToken(token);
  if (!verified) throw new Error("a fresh token must verify");
  client = verified;
});

const ingest = (raw: unknown) => ingestFeedback(client, ingestBodySchema.parse(raw));

function bodyIssues(raw: unknown) {
  try {
    ingestBodySchema.parse(raw);
  } catch (error) {
    if (error instanceof ZodError) return fieldIssuesFromZod(error);
    throw error;
  }
  throw new Error("expected the body to be refused");
}

describe("feedback ingest", () => {
  it("stores an NPS answer for the token's organisation, with team and segment by name", async () => {
    const result = await ingest({ externalId: "resp-1", type: "nps", score: 9, team: world.team.slug, segment: "zakelijke CONTRACTKLANTEN", text: "Snel geholpen" });
    expect(result).toMatchObject({ externalId: "resp-1", status: "created" });
    const stored = await db.feedback.findFirstOrThrow({
      where: { externalId: "resp-1" },
      select: { organisationId: true, type: true, score: true, channel: true, teamId: true, apiTokenId: true, createdById: true, segment: { select: { name: true } } },
    });
    expect(stored).toMatchObject({
      organisationId: world.organisationId,
      type: "NPS",
      score: 9,
      channel: "SURVEY",
      teamId: world.team.id,
      apiTokenId: client.tokenId,
      createdById: null,
      segment: { name: "Zakelijke contractklanten" },
    });
  });

  it("is idempotent by external id: a repeat changes nothing and answers with the stored id", async () => {
    const first = await ingest({ externalId: "resp-2", type: "CSAT", score: 4 });
    const again = await ingest({ externalId: "resp-2", type: "CSAT", score: 1 });
    expect(again).toEqual({ externalId: "resp-2", id: "id" in first ? first.id : "", status: "duplicate" });
    expect(await db.feedback.findMany({ where: { externalId: "resp-2" }, select: { score: true } })).toEqual([{ score: 4 }]);
  });

  it("takes a batch in one go, reporting each response, and survives parallel retries", async () => {
    const batch = {
      responses: [
        { externalId: "b-1", type: "CES", score: 2, date: addDays(today(), -1) },
        { externalId: "b-2", type: "NPS", score: 3, date: "2026-01-05T23:30:00+00:00" },
        { externalId: "resp-1", type: "NPS", score: 0 },
      ],
    };
    const results = await Promise.all([ingest(batch), ingest(batch), ingest(batch)]);
    const created = results.map((result) => ("created" in result ? result.created : -1));
    expect(created.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(results[0]).toMatchObject({ results: [{ externalId: "b-1" }, { externalId: "b-2" }, { externalId: "resp-1", status: "duplicate" }] });
    expect(await db.feedback.count({ where: { externalId: { in: ["b-1", "b-2"] } } })).toBe(2);
    // A moment is stored as its Amsterdam day: 23:30 UTC on 5 January is 6 January there.
    const b2 = await db.feedback.findFirstOrThrow({ where: { externalId: "b-2" }, select: { receivedOn: true } });
    expect(b2.receivedOn.toISOString().slice(0, 10)).toBe("2026-01-06");
  });

  it("refuses unknown teams and segments by field, storing nothing of the batch", async () => {
    const error = (await ingest({
      responses: [
        { externalId: "c-1", type: "NPS", score: 8 },
        { externalId: "c-2", type: "NPS", score: 8, team: world.outsiderTeam.slug, segment: "Bestaat niet" },
      ],
    }).catch((caught: unknown) => caught)) as ExpectedError;
    expect(error.fieldIssues).toEqual({
      "responses.1.team": [{ key: "feedback.validation.unknownTeam" }],
      "responses.1.segment": [{ key: "feedback.validation.unknownSegment" }],
    });
    expect(await db.feedback.count({ where: { externalId: { in: ["c-1", "c-2"] } } })).toBe(0);
  });

  it("explains bad bodies field by field", () => {
    expect(bodyIssues({ externalId: "x", type: "NPS", score: 11, date: addDays(today(), 2) })).toEqual({
      score: [{ key: "feedback.validation.npsRange" }],
      date: [{ key: "errors.validation.dateInFuture" }],
    });
    expect(bodyIssues({ type: "ENQUETE", score: "9" })).toEqual({
      externalId: [{ key: "errors.validation.required" }],
      type: [{ key: "errors.validation.choice" }],
      score: [{ key: "errors.validation.number" }],
    });
    expect(bodyIssues({ responses: [{ externalId: "d", type: "CES", score: 4 }, { externalId: "d", type: "CES", score: 9 }] })).toEqual({
      "responses.1.score": [{ key: "feedback.validation.cesRange" }],
      "responses.1.externalId": [{ key: "feedback.validation.duplicateExternalId" }],
    });
    expect(bodyIssues({ responses: [] })).toEqual({ responses: [{ key: "errors.validation.tooFewItems", params: { minimum: 1 } }] });
    expect(bodyIssues("NPS 9")).toEqual({ "": [{ key: "errors.validation.invalid" }] });
  });

  it("keeps organisations apart: the same external id elsewhere is a different answer", async () => {
    const { token } = await createApiToken(world.outsider, { name: "Andere tool" });
    const outsiderClient = await verifyApiToken(token);
    if (!outsiderClient) throw new Error("token must verify");
    const result = await ingestFeedback(outsiderClient, ingestBodySchema.parse({ externalId: "resp-1", type: "NPS", score: 10 }));
    expect(result).toMatchObject({ status: "created" });
    expect(await db.feedback.count({ where: { externalId: "resp-1" } })).toBe(2);
  });
});

describe("live updates from the ingest", () => {
  const recorder = recordChangesInThisBlock();

  it("announces a batch once, and a retry of answers already stored not at all", async () => {
    const batch = { responses: [1, 2, 3].map((n) => ({ externalId: `live-${n}`, type: "NPS", score: 7 + n })) };
    let mark = recorder.mark();
    await ingest(batch);
    expect(await recorder.after(mark)).toEqual([{ type: "change", kind: "feedback.created", organisationId: world.organisationId, teamId: null, actorId: null }]);

    mark = recorder.mark();
    expect(await ingest(batch)).toMatchObject({ created: 0, duplicates: 3 });
    const single = await ingest({ externalId: "live-4", type: "NPS", score: 10 });
    expect(await recorder.after(mark)).toEqual([
      { type: "change", kind: "feedback.created", organisationId: world.organisationId, teamId: null, subjectId: "id" in single ? single.id : "", actorId: null },
    ]);
  });
});
