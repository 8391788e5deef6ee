import { expect, signIn, test, unique } from "./fixtures";

// The feedback ingest API for survey tools: an admin creates a token (shown once), the survey
// tool posts answers with it, and a revoked or made-up token gets 401 and changes nothing.

test.describe("the feedback ingest API", () => {
  test("takes answers with a valid token, refuses an invalid and a revoked one", async ({ page, createPerson, createTeam, db, request }) => {
    const team = await createTeam();
    const admin = await createPerson({ role: "ADMIN" });
    const tokenName = unique("Dagelijkse NPS-enquête");
    await signIn(page, admin.email);
    await page.goto("/settings/api-tokens");
    await page.getByLabel("Naam").fill(tokenName);
    await page.getByRole("button", { name: "Sleutel maken" }).click();
    await expect(page.getByText("Kopieer je nieuwe sleutel nu")).toBeVisible();
    const token = await page.getByTestId("new-api-token").inputValue();
    expect(token).toMatch(/^vbt_/);
    // Only the prefix is ever shown again.
    await page.reload();
    await expect(page.getByTestId("new-api-token")).toHaveCount(0);
    const row = page.getByTestId("api-token-row").filter({ hasText: tokenName });
    await expect(row).toContainText(`${token.slice(0, 12)}…`);
    await expect(row).toContainText("Nog nooit");

    const externalId = unique("antwoord").replace(" ", "-");
    const answer = { externalId, type: "NPS", score: 9, team: team.slug, text: "Snel en vriendelijk geholpen" };
    const post = (body: unknown, bearer: string | null = token) =>
      request.post("/api/v1/feedback", { data: body, headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });

    const created = await post(answer);
    expect(created.status()).toBe(201);
    const body = (await created.json()) as { id: string; externalId: string; status: string };
    expect(body).toMatchObject({ externalId, status: "created" });
    const again = await post({ ...answer, score: 2 });
    expect(again.status()).toBe(200);
    expect(await again.json()).toEqual({ id: body.id, externalId, status: "duplicate" });
    expect(await db.feedback.findMany({ where: { externalId }, select: { score: true, teamId: true, organisationId: true } })).toEqual([
      { score: 9, teamId: team.id, organisationId: team.organisationId },
    ]);

    const invalid = await post({ externalId: `${externalId}-b`, type: "NPS", score: 11, team: "bestaat-niet", date: "2999-01-01" });
    expect(invalid.status()).toBe(400);
    expect(await invalid.json()).toEqual({
      error: {
        code: "invalid",
        message: "Controleer de gemarkeerde velden.",
        fields: { score: ["Een NPS-score loopt van 0 tot en met 10."], date: ["Deze datum ligt in de toekomst."] },
      },
    });
    const unknownTeam = await post({ externalId: `${externalId}-c`, type: "CES", score: 5, team: "bestaat-niet" });
    expect(unknownTeam.status()).toBe(400);
    expect(((await unknownTeam.json()) as { error: { fields: unknown } }).error.fields).toEqual({ team: ["Dit team bestaat niet (meer) in je organisatie."] });
    const malformed = await request.post("/api/v1/feedback", { data: "{nope", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" } });
    expect(malformed.status()).toBe(400);

    const madeUp = await post({ ...answer, externalId: `${externalId}-d` }, "vbt_verzonnen-sleutel");
    expect(madeUp.status()).toBe(401);
    expect(madeUp.headers()["www-authenticate"]).toContain("Bearer");
    expect(((await madeUp.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
    expect((await post({ ...answer, externalId: `${externalId}-e` }, null)).status()).toBe(401);

    await page.reload();
    await expect(row).not.toContainText("Nog nooit");
    await row.getByRole("button", { name: `Sleutel ${tokenName} intrekken` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Intrekken" }).click();
    await expect(row).toContainText("Ingetrokken op");

    const revoked = await post({ ...answer, externalId: `${externalId}-f` });
    expect(revoked.status()).toBe(401);
    expect(await db.feedback.count({ where: { externalId: { startsWith: externalId } } })).toBe(1);
  });

  test("the answers show up in the feedback scores", async ({ page, createTeam, db, request }) => {
    const team = await createTeam();
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: team.organisationId }, select: { id: true } });
    // A token straight in the database, as the settings page would make it (covered above).
    const { createHash, randomBytes } = await import("node:crypto");
    const token = `vbt_${randomBytes(32).toString("base64url")}`;
    await db.apiToken.create({ data: { organisationId: organisation.id, name: unique("Enquête"), tokenHash: createHash("sha256").update(token).digest("hex"), prefix: token.slice(0, 12) } });
    const prefix = unique("batch").replace(" ", "-");
    const response = await request.post("/api/v1/feedback", {
      headers: { Authorization: `Bearer ${token}` },
      data: { responses: [10, 10, 9, 7, 3].map((score, index) => ({ externalId: `${prefix}-${index}`, type: "NPS", score, team: team.slug })) },
    });
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ created: 5, duplicates: 0 });

    await signIn(page, team.member.email);
    await page.goto(`/feedback?team=${team.slug}`);
    // 3 promoters, 1 passive, 1 detractor of 5: +40, with a small-sample warning.
    await expect(page.getByTestId("nps-score")).toHaveText("+40");
    await expect(page.getByText("5 antwoorden").first()).toBeVisible();
    await expect(page.getByText("Minder dan 30 antwoorden: dit zegt nog weinig.").first()).toBeVisible();
  });
});
