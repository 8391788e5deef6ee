import { demo, expect, signIn, test, unique } from "./fixtures";

// The board's JSON API over HTTP (README "Board API"): the board's shape, bad input answered as
// field errors (never a 500), stale versions, unknown and malformed ids; and URL values that
// PostgreSQL cannot hold (a NUL, an id that is no uuid) on the pages.

type ApiError = { error: { code: string; message: string; fields?: Record<string, string[]> } };
type BoardBody = {
  team: { id: string; slug: string; name: string };
  columns: {
    id: string;
    name: string;
    stage: string;
    position: number;
    wipLimit: number | null;
    count: number;
    improvements: { id: string; title: string; version: number; status: string; rank: string }[];
  }[];
};

const controlCharacter = "Deze tekst bevat een onzichtbaar stuurteken (zoals U+0000). Haal het weg en probeer het opnieuw.";
const malformedId = "-".repeat(36);

test.describe("Board API", () => {
  test("GET /board answers the columns left to right, each with its improvements top to bottom", async ({ page, createTeam, createOtherOrganisation, db }) => {
    const team = await createTeam();
    await signIn(page, team.member.email);
    const [older, newer] = [unique("Eerst ingediend"), unique("Daarna ingediend")];
    for (const title of [older, newer]) {
      expect((await page.request.post(`/api/v1/teams/${team.slug}/improvements`, { data: { title } })).status()).toBe(201);
    }

    const response = await page.request.get(`/api/v1/teams/${team.slug}/board`);
    expect(response.status()).toBe(200);
    const board = (await response.json()) as BoardBody;
    expect(board.team).toEqual({ id: team.id, slug: team.slug, name: team.name });
    const columns = await db.column.findMany({ where: { teamId: team.id }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
    expect(board.columns.map(({ id, name, stage, wipLimit }) => ({ id, name, stage, wipLimit }))).toEqual(
      columns.map(({ id, name, stage, wipLimit }) => ({ id, name, stage, wipLimit })),
    );
    const [first, ...rest] = board.columns;
    expect(first?.stage).toBe("IDEA");
    // A new suggestion lands at the top of the first column.
    expect(first?.improvements.map((card) => card.title)).toEqual([newer, older]);
    expect(first?.count).toBe(2);
    for (const card of first?.improvements ?? []) {
      expect(card).toMatchObject({ id: expect.any(String), version: 1, status: "ACTIVE" });
    }
    expect(first && first.improvements[0]!.rank < first.improvements[1]!.rank).toBe(true);
    expect(rest.every((column) => column.improvements.length === 0 && column.count === 0)).toBe(true);

    // Another organisation's team does not exist for this caller.
    const outsider = await createOtherOrganisation();
    expect((await page.request.get(`/api/v1/teams/${outsider.team.slug}/board`)).status()).toBe(404);
  });

  test("POST /improvements refuses an empty, a 10,000-character and a NUL title as field errors and creates nothing", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    await signIn(page, team.member.email);
    const cases: [unknown, string][] = [
      [{ title: "" }, "Vul dit veld in."],
      [{ title: "   " }, "Vul dit veld in."],
      [{ title: "x".repeat(10_000) }, "Gebruik hoogstens 200 tekens."],
      [{ title: "Wachttijd\u0000" }, controlCharacter],
      [{}, "Vul dit veld in."],
    ];
    for (const [data, message] of cases) {
      const response = await page.request.post(`/api/v1/teams/${team.slug}/improvements`, { data });
      expect(response.status(), JSON.stringify(data).slice(0, 40)).toBe(400);
      const body = (await response.json()) as ApiError;
      expect(body.error.code).toBe("invalid");
      expect(body.error.message).toBe("Controleer de gemarkeerde velden.");
      expect(body.error.fields?.title).toEqual([message]);
    }

    const nulInProblem = await page.request.post(`/api/v1/teams/${team.slug}/improvements`, { data: { title: "Goed", problem: "a\u0000b" } });
    expect(nulInProblem.status()).toBe(400);
    expect(((await nulInProblem.json()) as ApiError).error.fields).toEqual({ problem: [controlCharacter] });
    expect(await db.improvement.count({ where: { teamId: team.id } })).toBe(0);
  });

  test("a malformed JSON body answers 400 invalid", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    await signIn(page, team.member.email);
    const response = await page.request.post(`/api/v1/teams/${team.slug}/improvements`, {
      headers: { "content-type": "application/json" },
      // A Buffer goes out as it is; Playwright would JSON-encode a string.
      data: Buffer.from('{"title": "Half'),
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "invalid", message: "De aanvraag bevat geen geldige JSON." } });
    expect(await db.improvement.count({ where: { teamId: team.id } })).toBe(0);
  });

  test("a move with a stale version answers 409 and changes nothing", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    await signIn(page, team.member.email);
    const created = async (title: string) =>
      (await (await page.request.post(`/api/v1/teams/${team.slug}/improvements`, { data: { title } })).json()) as { id: string; columnId: string; version: number };
    const below = await created(unique("Onder"));
    const card = await created(unique("Boven"));
    expect(card.version).toBe(1);

    const moved = await page.request.post(`/api/v1/improvements/${card.id}/move`, { data: { columnId: card.columnId, previousId: below.id, version: 1 } });
    expect(moved.status()).toBe(200);
    const placed = (await moved.json()) as { version: number; rank: string };
    expect(placed.version).toBe(2);

    const stale = await page.request.post(`/api/v1/improvements/${card.id}/move`, { data: { columnId: card.columnId, nextId: below.id, version: 1 } });
    expect(stale.status()).toBe(409);
    const body = (await stale.json()) as ApiError;
    expect(body.error.code).toBe("conflict");
    expect(body.error.message).toBe("Iemand anders heeft deze kaart net gewijzigd. We hebben het bord opnieuw geladen; probeer het nog eens.");
    expect(await db.improvement.findUniqueOrThrow({ where: { id: card.id }, select: { version: true, rank: true } })).toEqual({ version: 2, rank: placed.rank });
  });

  test("unknown and malformed improvement ids and team slugs answer 404", async ({ page, createTeam }) => {
    const team = await createTeam();
    await signIn(page, team.member.email);
    const column = ((await (await page.request.get(`/api/v1/teams/${team.slug}/board`)).json()) as BoardBody).columns[0]!;
    for (const id of ["7f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b", malformedId, "not-a-card", "%00"]) {
      const read = await page.request.get(`/api/v1/improvements/${id}`);
      expect(read.status(), id).toBe(404);
      expect(((await read.json()) as ApiError).error.code).toBe("not_found");
      const move = await page.request.post(`/api/v1/improvements/${id}/move`, { data: { columnId: column.id, version: 1 } });
      expect(move.status(), id).toBe(404);
    }
    for (const slug of ["bestaat-niet", "%00", "Klantenservice"]) {
      expect((await page.request.get(`/api/v1/teams/${slug}/board`)).status(), slug).toBe(404);
      expect((await page.request.post(`/api/v1/teams/${slug}/improvements`, { data: { title: "Goed" } })).status(), slug).toBe(404);
    }
  });
});

test.describe("URL values PostgreSQL cannot hold", () => {
  test("a board search with a NUL shows the board", async ({ page }) => {
    await signIn(page, demo.member);
    const response = await page.goto("/teams/klantenservice/board?q=%00");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Verbeterbord Klantenservice" })).toBeVisible();
  });

  test("a team slug or success id that cannot be one is 'not found', not an error", async ({ page }) => {
    await signIn(page, demo.member);
    for (const path of [
      "/teams/%00/board",
      "/teams/klantenservice%00/daily-start",
      `/successes/${malformedId}`,
      `/successes/${malformedId}/edit`,
      "/successes/%00",
      `/successes/new?improvement=${malformedId}`,
    ]) {
      const response = await page.goto(path);
      // Pages under a loading.tsx stream, so their "not found" may arrive with status 200.
      expect(response?.status(), path).toBeLessThan(500);
      await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" }), path).toBeVisible();
    }
  });
});
