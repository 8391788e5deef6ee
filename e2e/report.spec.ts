import { demo, expect, signIn, test, unique, type TestTeam } from "./fixtures";
import type { PrismaClient } from "../lib/db/generated/client";

// The customer-expectation report for sales: a team records an expectation in its PDCA
// checklist; sales finds it, sees where nothing is known yet, and downloads the CSV.

async function recordExpectation(db: PrismaClient, team: TestTeam, input: { title: string; expectation: string; segmentId: string }) {
  const column = await db.column.findFirstOrThrow({ where: { teamId: team.id, stage: "PLAN" }, select: { id: true } });
  const improvement = await db.improvement.create({
    data: { organisationId: team.organisationId, teamId: team.id, columnId: column.id, rank: "a0", title: input.title, submitterId: team.member.id },
    select: { id: true },
  });
  await db.pdcaCycle.create({
    data: {
      organisationId: team.organisationId,
      improvementId: improvement.id,
      number: 1,
      customerType: "EXTERNAL",
      segmentId: input.segmentId,
      expectation: input.expectation,
      kano: "EXCITEMENT",
    },
  });
  return improvement.id;
}

test.describe("the customer-expectation report", () => {
  test("sales finds a team's expectation, sees the coverage gaps and downloads the CSV", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const segment = await db.customerSegment.create({ data: { organisationId: team.organisationId, name: unique("Horecaklanten") }, select: { id: true, name: true } });
    const untouched = await db.customerSegment.create({ data: { organisationId: team.organisationId, name: unique("Zorginstellingen") }, select: { name: true } });
    const expectation = unique("Bestellingen vóór 10 uur dezelfde middag geleverd");
    const title = unique("Middagroute voor horeca");
    const improvementId = await recordExpectation(db, team, { title, expectation, segmentId: segment.id });

    await signIn(page, demo.sales);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Klantverwachtingen" }).click();
    await expect(page.getByRole("heading", { name: "Klantverwachtingen", level: 1 })).toBeVisible();

    // Coverage: the new team knows the new segment, and nobody knows the untouched one.
    const matrix = page.getByTestId("coverage-matrix");
    const row = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: team.name }) });
    await expect(row.getByRole("cell", { name: `${team.name}, ${segment.name}: 1 verwachting` })).toBeVisible();
    const gap = row.getByRole("cell", { name: `${team.name}, ${untouched.name}: nog niets bekend` });
    await expect(gap).toHaveAttribute("data-gap", "true");
    await expect(gap).toContainText("Nog niets bekend");
    await expect(page.getByTestId("coverage-gaps")).toContainText("lege cellen");

    await page.getByRole("searchbox", { name: "Zoeken" }).fill(expectation);
    await page.getByRole("button", { name: "Toepassen" }).click();
    const found = page.getByTestId("expectation-row");
    await expect(found).toHaveCount(1);
    await expect(found).toContainText(expectation);
    await expect(found).toContainText("WOW");
    await expect(found).toContainText("Nog niet bekend");
    await expect(found).toContainText(team.name);
    await expect(page.getByRole("heading", { name: `${segment.name} (1)` })).toBeVisible();
    await expect(found.getByRole("link", { name: title })).toHaveAttribute("href", `/teams/${team.slug}/improvements/${improvementId}`);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Exporteer de gefilterde klantverwachtingen als CSV-bestand" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^klantverwachtingen-\d{4}-\d{2}-\d{2}\.csv$/);
    let content = "";
    for await (const chunk of (await file.createReadStream()).setEncoding("utf8")) content += String(chunk);
    const lines = content.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Klantverwachting;Soort klant;Klant;Klantsegment;Kano-categorie;Team;Verbetering;Fase;Resultaat;Bijgewerkt op;Link");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${expectation};Externe klant;;${segment.name};WOW;${team.name};${title};Plan;Nog niet bekend;`);
    expect(lines[1]).toMatch(new RegExp(`/teams/${team.slug}/improvements/${improvementId}$`));
  });

  test("is not there for a team member, nor for another organisation's people", async ({ page, createTeam, createOtherOrganisation, db }) => {
    const team = await createTeam();
    const segment = await db.customerSegment.create({ data: { organisationId: team.organisationId, name: unique("Scholen") }, select: { id: true } });
    const expectation = unique("Levering buiten lestijden");
    await recordExpectation(db, team, { title: unique("Leverschema scholen"), expectation, segmentId: segment.id });

    await signIn(page, team.member.email);
    const forMember = await page.goto("/reports/customer-expectations");
    expect(forMember?.status()).toBe(404);
    expect((await page.request.get("/api/reports/customer-expectations/export")).status()).toBe(403);

    await page.context().clearCookies();
    const other = await createOtherOrganisation();
    await signIn(page, other.admin.email);
    await page.goto(`/reports/customer-expectations?q=${encodeURIComponent(expectation)}`);
    await expect(page.getByText("Nog geen team heeft een klantverwachting vastgelegd.")).toHaveCount(0);
    await expect(page.getByText("Geen klantverwachtingen die aan de filters voldoen.")).toBeVisible();
    await expect(page.getByText(expectation)).toHaveCount(0);
  });
});
