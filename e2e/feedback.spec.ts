import { demo, expect, signIn, test, unique } from "./fixtures";
import { seriousViolations } from "./support/axe";

/** A calendar day in Amsterdam, `offset` days from today, as a @db.Date value. */
function day(offset = 0): Date {
  const text = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() + offset * 86_400_000));
  return new Date(`${text}T00:00:00Z`);
}

// Customer feedback, end to end: recording a complaint (with a refused first try that keeps
// what was typed), turning it into a suggestion that shows on the team's board, the CSV export,
// sales reading without recording, and another organisation seeing nothing.

test.describe("customer feedback", () => {
  test("a member logs a complaint and turns it into a suggestion that appears on the board", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const complaintText = unique("Pakket drie dagen te laat en niemand belde terug");
    await signIn(page, team.member.email);
    await page.goto("/feedback/new");

    await page.getByLabel("Soort").selectOption("COMPLAINT");
    await page.getByLabel("Naam klant").fill("Mevrouw Jansen");
    await page.getByLabel("Betrokken team").selectOption({ label: team.name });
    // The date lies in the future: refused, field by field, and nothing typed is lost.
    await page.getByLabel("Datum").fill("2099-01-01");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Deze datum ligt in de toekomst.")).toBeVisible();
    await expect(page.getByText("Schrijf op wat de klant zei.")).toBeVisible();
    await expect(page.getByLabel("Naam klant")).toHaveValue("Mevrouw Jansen");
    await expect(page.getByLabel("Betrokken team")).toHaveValue(team.id);

    await page.getByLabel("Datum").fill(day().toISOString().slice(0, 10));
    await page.getByLabel("Wat zei de klant?").fill(complaintText);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page).toHaveURL(/\/feedback$/);

    await page.getByRole("searchbox", { name: "Zoeken" }).fill(complaintText);
    await page.getByRole("button", { name: "Toepassen" }).click();
    const item = page.getByTestId("feedback-item").filter({ hasText: complaintText });
    await expect(item).toHaveCount(1);
    await expect(item.getByText("Vandaag binnengekomen")).toBeVisible();

    await item.getByRole("button", { name: "Maak verbetervoorstel" }).click();
    const dialog = page.getByRole("dialog", { name: "Verbetervoorstel maken van deze klacht" });
    await expect(dialog.getByLabel("Titel")).toHaveValue(`Klacht: ${complaintText}`);
    // The expectation is only prompted for: sent untouched, nothing would be stored.
    await expect(dialog.getByLabel("Klantverwachting (concept)")).toHaveValue("");
    await expect(dialog.getByLabel("Klantverwachting (concept)")).toHaveAttribute("placeholder", "Verwachting van de klant: …");
    const title = unique("Klanten op tijd laten weten dat een pakket later komt");
    await dialog.getByLabel("Titel").fill(title);
    await dialog.getByLabel("Klantverwachting (concept)").fill("De klant verwacht bericht zodra een levering later komt.");
    await dialog.getByRole("button", { name: "Voorstel maken" }).click();
    await expect(dialog).toBeHidden();
    await expect(item.getByRole("link", { name: `Verbetervoorstel: ${title}` })).toBeVisible();
    await expect(item.getByLabel(/Status van klacht/)).toHaveValue("IN_PROGRESS");

    await page.goto(`/teams/${team.slug}/board`);
    await expect(page.getByRole("region", { name: /^Nieuw/ }).getByRole("link", { name: title, exact: true })).toBeVisible();
    const cycle = await db.pdcaCycle.findFirstOrThrow({ where: { improvement: { title } }, select: { expectation: true, customerType: true } });
    expect(cycle).toEqual({ expectation: "De klant verwacht bericht zodra een levering later komt.", customerType: "EXTERNAL" });
  });

  test("a suggestion made without filling in the expectation has no customer expectation", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const text = unique("Retourlabel ontbrak in het pakket");
    await db.feedback.create({
      data: { organisationId: team.organisationId, type: "COMPLAINT", status: "OPEN", receivedOn: day(), channel: "EMAIL", teamId: team.id, text },
    });
    await signIn(page, team.member.email);
    await page.goto(`/feedback?q=${encodeURIComponent(text)}`);
    const item = page.getByTestId("feedback-item").filter({ hasText: text });
    await item.getByRole("button", { name: "Maak verbetervoorstel" }).click();
    const dialog = page.getByRole("dialog", { name: "Verbetervoorstel maken van deze klacht" });
    const title = unique("Retourlabel altijd meesturen");
    await dialog.getByLabel("Titel").fill(title);
    await dialog.getByRole("button", { name: "Voorstel maken" }).click();
    await expect(dialog).toBeHidden();
    await expect(item.getByRole("link", { name: `Verbetervoorstel: ${title}` })).toBeVisible();
    expect(await db.pdcaCycle.count({ where: { improvement: { title } } })).toBe(0);
  });

  test("the team marks the complaint handled and the filtered list downloads as CSV", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const text = unique("Factuur dubbel ontvangen");
    const feedback = await db.feedback.create({
      data: { organisationId: team.organisationId, type: "COMPLAINT", status: "OPEN", receivedOn: day(-2), channel: "EMAIL", teamId: team.id, text },
      select: { id: true },
    });
    await signIn(page, team.lead.email);
    await page.goto(`/feedback?team=${team.slug}`);
    const item = page.getByTestId("feedback-item").filter({ hasText: text });
    await item.getByLabel(/Status van klacht/).selectOption("HANDLED");
    await expect(item.getByText("Afgehandeld na 2 dagen")).toBeVisible();
    expect((await db.feedback.findUniqueOrThrow({ where: { id: feedback.id }, select: { status: true } })).status).toBe("HANDLED");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Exporteer de gefilterde lijst als CSV-bestand" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^klantfeedback-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await file.createReadStream()).setEncoding("utf8");
    let content = "";
    for await (const chunk of csv) content += String(chunk);
    expect(content.startsWith("\uFEFFDatum;Soort;Kanaal;")).toBe(true);
    const lines = content.trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`;Klacht;E-mail;;;${team.name};${text};;Afgehandeld;2;`);
  });

  test("a link asking for centuries shows at most three years, and says so", async ({ page }) => {
    await signIn(page, demo.sales);
    await page.goto("/feedback?from=0001-01-01");
    await expect(page.getByText("De periode is ingekort: we tonen hoogstens drie jaar tegelijk, en niet verder dan vandaag.")).toBeVisible();
    const threeYearsBack = new Date(day().getTime() - (3 * 365) * 86_400_000).toISOString().slice(0, 10);
    await expect(page.getByLabel("Van", { exact: true })).toHaveValue(threeYearsBack);
    await expect(page.getByLabel("Tot en met", { exact: true })).toHaveValue(day().toISOString().slice(0, 10));
    // An ordinary period says nothing.
    await page.goto(`/feedback?from=${threeYearsBack}`);
    await expect(page.getByLabel("Van", { exact: true })).toHaveValue(threeYearsBack);
    await expect(page.getByText("De periode is ingekort", { exact: false })).toHaveCount(0);
  });

  test("sales reads feedback and scores but records nothing", async ({ page }) => {
    await signIn(page, demo.sales);
    await page.goto("/feedback");
    await expect(page.getByRole("heading", { name: "Klantfeedback", level: 1 })).toBeVisible();
    await expect(page.getByTestId("nps-score")).toHaveText(/^[+\-−]?\d+$/);
    await expect(page.getByText(/\d+ antwoorden/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Feedback vastleggen" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Maak verbetervoorstel" })).toHaveCount(0);
    await page.goto("/feedback/new");
    await expect(page.getByText("Je kunt feedback lezen, maar niet vastleggen.")).toBeVisible();
  });

  test("another organisation sees none of it", async ({ page, createTeam, createOtherOrganisation, db }) => {
    const team = await createTeam();
    const text = unique("Vertrouwelijke klacht over de levering");
    await db.feedback.create({
      data: { organisationId: team.organisationId, type: "COMPLAINT", status: "OPEN", receivedOn: day(), channel: "PHONE", teamId: team.id, text },
    });
    const other = await createOtherOrganisation();
    await signIn(page, other.admin.email);
    await page.goto(`/feedback?q=${encodeURIComponent(text)}`);
    await expect(page.getByText("Geen feedback die aan de filters voldoet.")).toBeVisible();
    // A team slug of another organisation is ignored, never looked up there.
    await page.goto(`/feedback?team=${team.slug}`);
    await expect(page.getByText(text)).toHaveCount(0);
    const csv = await page.request.get(`/api/feedback/export?q=${encodeURIComponent(text)}`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(1);
  });

  test("the record form and the conversion dialog have no serious accessibility violations, also at phone width", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    await db.feedback.create({
      data: { organisationId: team.organisationId, type: "COMPLAINT", status: "OPEN", receivedOn: day(), channel: "CHAT", teamId: team.id, text: unique("Chat bleef onbeantwoord") },
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, team.member.email);
    await page.goto("/feedback/new");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Schrijf op wat de klant zei.")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/feedback?team=${team.slug}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole("button", { name: "Maak verbetervoorstel" }).first().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
