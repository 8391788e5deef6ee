import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/feedback/route";
import { createApiToken, verifyApiToken } from "@/lib/api-tokens/tokens";
import type { TestWorld } from "@/lib/auth/testing/world";
import { db } from "@/lib/db/client";
import { createFeedbackWorld } from "./testing";

// The translations need Next's request context and sessions need next-auth (not used by a token
// route, only imported); the handler, the token check, the rate limit and the database are real.
vi.mock("@/lib/auth/session", () => ({ requireActor: () => Promise.reject(new Error("token routes have no session")) }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { messagesFor } = await import("@/lib/i18n/catalogue");
  return { getTranslations: () => Promise.resolve(createTranslator({ locale: "nl", messages: messagesFor("nl") })) };
});

/** The route's rule (app/api/v1/feedback/route.ts): 120 calls per minute per token. */
const LIMIT = 120;

let world: TestWorld;

beforeAll(async () => {
  world = await createFeedbackWorld();
});

async function newToken(name: string): Promise<{ token: string; tokenId: string }> {
  const { token } = await createApiToken(world.admin, { name });
  const client = await verifyApiToken(token);
  if (!client) throw new Error("a fresh token must verify");
  return { token, tokenId: client.tokenId };
}

function ingest(token: string, body: unknown): Promise<Response> {
  const request = new NextRequest("http://localhost/api/v1/feedback", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({}) });
}

const answer = (externalId: string) => ({ externalId, type: "NPS", score: 9, team: world.team.slug });

describe("POST /api/v1/feedback rate limit", () => {
  it("answers 429 rate_limited with Retry-After once a token used up its minute, and stores nothing then", async () => {
    const { token, tokenId } = await newToken("Enquêtetool");
    expect((await ingest(token, answer("limit-first"))).status).toBe(201);
    // Every call counts, refused ones too: a script sending garbage is stopped just the same.
    for (let call = 2; call <= LIMIT; call += 1) {
      expect((await ingest(token, {})).status, `call ${call}`).toBe(400);
    }

    const limited = await ingest(token, answer("limit-over"));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toBe(`Te veel verzoeken. Probeer het over ${retryAfter} seconden opnieuw.`);
    expect(limited.headers.get("cache-control")).toBe("no-store");

    // A batch is one call: refused whole.
    expect((await ingest(token, { responses: [answer("limit-batch-1"), answer("limit-batch-2")] })).status).toBe(429);
    expect(await db.feedback.findMany({ where: { apiTokenId: tokenId }, select: { externalId: true } })).toEqual([{ externalId: "limit-first" }]);

    // The limit is per token: another token of the same organisation still gets through.
    const other = await newToken("Tweede tool");
    expect((await ingest(other.token, answer("limit-other-token"))).status).toBe(201);

    // Once the window has passed, the first token works again.
    await db.rateLimitBucket.update({ where: { key: `api-token:${tokenId}` }, data: { windowStart: new Date(Date.now() - 61_000) } });
    expect((await ingest(token, answer("limit-next-minute"))).status).toBe(201);
  });

  it("answers an unknown token 401 before counting anything", async () => {
    const response = await ingest("vbt_not-a-real-token", answer("limit-unknown"));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect(response.headers.get("retry-after")).toBeNull();
    expect(await db.feedback.count({ where: { externalId: "limit-unknown" } })).toBe(0);
  });

  it("answers a NUL in an answer as 400 invalid, not 500, and stores nothing", async () => {
    const { token, tokenId } = await newToken("Tool met NUL");
    for (const body of [{ ...answer("nul-text"), text: "Snel\u0000" }, { ...answer("nul-team"), team: "klantenservice\u0000" }]) {
      const response = await ingest(token, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid");
    }
    expect(await db.feedback.count({ where: { apiTokenId: tokenId } })).toBe(0);
  });
});
