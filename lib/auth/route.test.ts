import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { GET as getBoardRoute } from "@/app/api/v1/teams/[team]/board/route";
import { POST as createImprovementRoute } from "@/app/api/v1/teams/[team]/improvements/route";
import { createBoardWorld, type BoardWorld } from "@/lib/board/testing";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";

// The session and the translations need Next's request context; everything else is real,
// the database included.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("./session", () => ({
  requireActor: () => Promise.resolve(session.actor),
  getActor: () => Promise.resolve(session.actor),
}));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { messagesFor } = await import("@/lib/i18n/catalogue");
  return { getTranslations: () => Promise.resolve(createTranslator({ locale: "nl", messages: messagesFor("nl") })) };
});

const { defineAction } = await import("./action");
const { defineRoute } = await import("./route");
const { getTeamBySlug } = await import("./queries");

let world: BoardWorld;

beforeAll(async () => {
  world = await createBoardWorld(db);
});

beforeEach(() => {
  session.actor = world.actors.member;
});

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

function post(path: string, body: string): NextRequest {
  return new NextRequest(`http://localhost${path}`, { method: "POST", body, headers: { "content-type": "application/json" } });
}

const context = <Params>(params: Params) => ({ params: Promise.resolve(params) });

describe("JSON API input that PostgreSQL cannot hold", () => {
  it("refuses a NUL character in a title as a field error and creates nothing", async () => {
    const response = await createImprovementRoute(post("/x", JSON.stringify({ title: "Wachtrij\u0000" })), context({ team: world.team.slug }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("invalid");
    expect(body.error.fields?.title).toEqual(["Deze tekst bevat een onzichtbaar stuurteken (zoals U+0000). Haal het weg en probeer het opnieuw."]);
    expect(await db.improvement.count({ where: { teamId: world.team.id } })).toBe(0);
  });

  it("refuses control characters in the optional texts too, naming each field", async () => {
    const response = await createImprovementRoute(
      post("/x", JSON.stringify({ title: "Goed", problem: "a\u0000b", proposal: "regel 1\nregel 2\tmet tab", customerValue: "\u0007" })),
      context({ team: world.team.slug }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(["customerValue", "problem"]);
  });

  it("answers 404 for a team slug that cannot be one (a NUL, a slash, upper case)", async () => {
    for (const team of ["klantenservice\u0000", "a/b", world.team.slug.toUpperCase(), "x".repeat(500)]) {
      const created = await createImprovementRoute(post("/x", JSON.stringify({ title: "Goed" })), context({ team }));
      expect(created.status, team).toBe(404);
      const board = await getBoardRoute(new NextRequest("http://localhost/x"), context({ team }));
      expect(board.status, team).toBe(404);
      expect(((await board.json()) as ErrorBody).error.code).toBe("not_found");
    }
    await expect(getTeamBySlug(world.actors.member, "\u0000")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the safety net for values PostgreSQL refuses (22021, 22P02)", () => {
  const nulQuery = () => db.$queryRaw`SELECT ${"a\u0000"}::text AS value`;
  const malformedUuidQuery = () => db.team.findFirst({ where: { id: "-".repeat(36) }, select: { id: true } });

  it("answers a NUL that reached the database as 400 invalid, not 500", async () => {
    const route = defineRoute("test.nul", {}, nulQuery);
    const response = await route(new NextRequest("http://localhost/x"), context({}));
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error).toMatchObject({ code: "invalid", message: "Deze tekst bevat een onzichtbaar stuurteken (zoals U+0000). Haal het weg en probeer het opnieuw." });
  });

  it("answers a malformed id that reached the database as 404, not 500", async () => {
    const route = defineRoute("test.uuid", {}, malformedUuidQuery);
    const response = await route(new NextRequest("http://localhost/x"), context({}));
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorBody).error.code).toBe("not_found");
  });

  it("does the same for server actions", async () => {
    const nul = defineAction("test.nul", z.object({}), nulQuery);
    const uuid = defineAction("test.uuid", z.object({}), malformedUuidQuery);
    expect(await nul({})).toMatchObject({ ok: false, code: "invalid" });
    expect(await uuid({})).toMatchObject({ ok: false, code: "not_found" });
  });

  it("still answers other database errors as 500", async () => {
    const route = defineRoute("test.other", {}, () => db.$queryRaw`SELECT 1 / 0`);
    const response = await route(new NextRequest("http://localhost/x"), context({}));
    expect(response.status).toBe(500);
  });
});
