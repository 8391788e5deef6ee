import type { Page } from "@playwright/test";
import { rankForSlot } from "../lib/board/rank";
import type { PrismaClient } from "../lib/db/generated/client";
import { completeCycleFields } from "../lib/pdca/testing";
import { expect, signIn, test, unique, type TestTeam } from "./fixtures";
import { seriousViolations } from "./support/axe";

// The PDCA checklist end to end: stage gates refusing a drag and "Move to…", the checklist
// opening at the first missing field and retrying the move, Check and Act to Geborgd, a failed
// Check starting a second cycle, the printable record, the API's 422, and other organisations.

type Stage = "IDEA" | "PLAN" | "DO" | "CHECK" | "ACT" | "DONE";

async function addCard(db: PrismaClient, team: TestTeam, stage: Stage, title: string) {
  const column = await db.column.findFirstOrThrow({ where: { teamId: team.id, stage }, select: { id: true } });
  const last = await db.improvement.findFirst({ where: { columnId: column.id, rank: { not: null } }, orderBy: { rank: "desc" }, select: { rank: true } });
  const card = await db.improvement.create({
    data: {
      organisationId: team.organisationId,
      teamId: team.id,
      columnId: column.id,
      rank: rankForSlot({ before: last?.rank ?? null, after: null }),
      title,
      problem: "Klanten wachten lang op antwoord",
      submitterId: team.member.id,
    },
    select: { id: true },
  });
  return card.id;
}

/** A first cycle with the customer expectation and the goal filled in (what leaving Plan needs). */
async function planFilledIn(db: PrismaClient, team: TestTeam, improvementId: string) {
  const { problemStatement, customerType, customerName, expectation, kano, baseline, goal } = completeCycleFields;
  await db.pdcaCycle.create({
    data: { organisationId: team.organisationId, improvementId, number: 1, problemStatement, customerType, customerName, expectation, kano, baseline, goal, rootCause: ["Piek om 9 uur"] },
  });
}

async function stageOf(db: PrismaClient, id: string): Promise<string> {
  return (await db.improvement.findUniqueOrThrow({ where: { id }, select: { column: { select: { stage: true } } } })).column.stage;
}

const column = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
const cardTitles = (page: Page, name: string) => column(page, name).getByRole("listitem").getByRole("heading").allTextContents();

async function dragWithMouse(page: Page, source: string, targetColumn: string) {
  const from = await page.getByRole("link", { name: source, exact: true }).boundingBox();
  const box = await column(page, targetColumn).getByRole("list").boundingBox();
  if (!from || !box) throw new Error(`no card ${source} or column ${targetColumn}`);
  // Start beside the title link, past dnd-kit's activation distance, then glide over.
  await page.mouse.move(from.x + from.width + 4, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width + 4, from.y + from.height / 2 + 12, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 20 });
  await page.mouse.move(box.x + box.width / 2, box.y + 22, { steps: 2 });
  await page.mouse.up();
}


test.describe("the PDCA checklist", () => {
  test("a drag from Plan to Do without a customer expectation is refused, opens the checklist there, and goes through once it is filled in", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Wachttijd telefoon");
    const id = await addCard(db, team, "PLAN", title);
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/board`);
    await expect.poll(() => cardTitles(page, "Plan")).toEqual([title]);

    await dragWithMouse(page, title, "Do");
    const dialog = page.getByRole("dialog", { name: title });
    await expect(dialog.getByRole("heading", { name: "Eerst de checklist aanvullen" })).toBeVisible();
    await expect(dialog.getByText(`Om ${title} naar Do te verplaatsen ontbreekt nog:`)).toBeVisible();
    for (const missing of ["Kies of de klant intern of extern is.", "Vul in wat de klant verwacht.", "Kies de Kano-categorie van de verwachting.", "Vul een meetbaar doel in."]) {
      await expect(dialog.getByRole("link", { name: missing })).toBeVisible();
    }
    // The checklist opened at the first missing field: who the customer is.
    await expect(dialog.getByRole("radio", { name: /Externe klant/ })).toBeFocused();
    // The card stays in Plan until the move succeeds.
    expect(await stageOf(db, id)).toBe("PLAN");

    await dialog.getByRole("radio", { name: /Externe klant/ }).check();
    await dialog.getByRole("textbox", { name: /^Klant Nodig voor Do/ }).fill("Particuliere bellers");
    await dialog.getByRole("textbox", { name: /Wat verwacht de klant\?/ }).fill("Binnen 2 minuten iemand aan de lijn");
    await dialog.getByRole("radio", { name: /Prestatie/ }).check();
    await dialog.getByRole("textbox", { name: /Meetbaar doel/ }).fill("Binnen 4 weken gemiddeld onder 2 minuten");
    await dialog.getByRole("button", { name: "Opslaan en naar Do" }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${title} staat nu in Do`)).toBeVisible();
    await expect.poll(() => cardTitles(page, "Do")).toEqual([title]);
    await page.reload();
    await expect.poll(() => cardTitles(page, "Do")).toEqual([title]);
    expect(await cardTitles(page, "Plan")).toEqual([]);
    expect(await stageOf(db, id)).toBe("DO");
    // The card shows its progress: Plan started (not all of it is there yet).
    const card = column(page, "Do").getByRole("listitem").filter({ hasText: title });
    await expect(card.getByTestId("pdca-progress").locator('[data-section="plan"]')).toHaveAttribute("data-state", "started");
  });

  test("Check and Act filled in through “Move to…” in the card: the card goes to Geborgd, and the history says who changed what", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Orderbevestiging met levertijd");
    const id = await addCard(db, team, "ACT", title);
    await planFilledIn(db, team, id);
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/improvements/${id}`);

    await page.getByLabel("Naar kolom").selectOption({ label: "Geborgd" });
    await page.getByRole("button", { name: "Verplaatsen", exact: true }).click();
    const checklist = page.getByTestId("pdca-checklist");
    await expect(checklist.getByRole("heading", { name: "Eerst de checklist aanvullen" })).toBeVisible();
    await expect(checklist.getByRole("radio", { name: "Gehaald", exact: true })).toBeFocused();
    expect(await stageOf(db, id)).toBe("ACT");

    await checklist.getByRole("textbox", { name: "Gemeten resultaat" }).fill("Gemiddeld 1:40 minuten");
    await checklist.getByRole("radio", { name: "Gehaald", exact: true }).check();
    await checklist.getByRole("group", { name: /verwachting van de klant waargemaakt/ }).getByRole("radio", { name: "Ja", exact: true }).check();
    await checklist.getByRole("textbox", { name: "Hoe weten we dat?" }).fill("Tien klanten nagebeld");
    await checklist.getByRole("radio", { name: /Borgen/ }).check();
    await checklist.getByRole("textbox", { name: /Wat is er gestandaardiseerd\?/ }).fill("Werkinstructie telefonie aangepast");
    await checklist.getByRole("textbox", { name: /Hoe blijft het bewaakt\?/ }).fill("Dagelijks op het prestatiebord");
    await checklist.getByRole("button", { name: "Opslaan en naar Geborgd" }).click();

    await expect(page.getByText(`${title} staat nu in Geborgd`)).toBeVisible();
    await expect.poll(() => stageOf(db, id)).toBe("DONE");
    await page.reload();
    await expect(page.getByText(/In Geborgd sinds/)).toBeVisible();
    const history = page.getByRole("region", { name: "Geschiedenis" });
    await expect(history.getByText(/werkte de PDCA-checklist bij/).first()).toBeVisible();
    await expect(history.getByText(/gemeten resultaat/).first()).toBeVisible();
  });

  test("a failed Check starts a second cycle; the first stays readable", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Retouren sneller verwerken");
    const id = await addCard(db, team, "CHECK", title);
    await planFilledIn(db, team, id);
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/improvements/${id}/pdca`);
    const checklist = page.getByTestId("pdca-checklist");
    await expect(checklist.getByRole("heading", { name: /PDCA-checklist/ })).toContainText("Cyclus 1");

    await checklist.getByRole("textbox", { name: "Gemeten resultaat" }).fill("Nog steeds 6 minuten");
    await checklist.getByRole("radio", { name: "Niet gehaald" }).check();
    await checklist.locator("summary", { hasText: "Act" }).click();
    await checklist.getByRole("radio", { name: /Nieuwe cyclus/ }).check();
    await checklist.getByRole("textbox", { name: "Waarom een nieuwe cyclus?" }).fill("De piek komt door de nieuwsbrief, niet door het rooster");
    await checklist.getByRole("button", { name: "Checklist opslaan" }).click();
    await expect(page.getByText("Checklist opgeslagen")).toBeVisible();

    await checklist.getByRole("button", { name: "Start cyclus 2" }).click();
    await expect(page.getByText("Cyclus 2 gestart. De kaart staat weer in Plan.")).toBeVisible();
    await expect(checklist.getByRole("heading", { name: /PDCA-checklist/ })).toContainText("Cyclus 2");
    await expect.poll(() => stageOf(db, id)).toBe("PLAN");
    // The customer expectation came along; the measured result is the new baseline.
    await expect(checklist.getByRole("textbox", { name: /Wat verwacht de klant\?/ })).toHaveValue(completeCycleFields.expectation);
    await expect(checklist.getByRole("textbox", { name: /Huidige situatie/ })).toHaveValue("Nog steeds 6 minuten");

    await page.reload();
    const earlier = page.getByRole("region", { name: "Eerdere cycli" });
    await earlier.getByText(/Cyclus 1, afgesloten op/).click();
    await expect(earlier.getByText("De piek komt door de nieuwsbrief, niet door het rooster")).toBeVisible();
    await expect(earlier.getByText("Niet gehaald")).toBeVisible();
  });

  test("typed text survives a refused save, problem-statement hints advise without blocking", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const id = await addCard(db, team, "PLAN", unique("Lange mails"));
    await signIn(page, team.member.email);
    await page.goto(`/teams/${team.slug}/improvements/${id}/pdca`);
    // The page is running (hydrated, live) before typing: a fill before hydration could land
    // in front of the field's existing text.
    await expect(page.getByTestId("live-updates")).toHaveAttribute("data-live-status", "live");
    const checklist = page.getByTestId("pdca-checklist");
    const problem = checklist.getByRole("textbox", { name: "Probleemstelling" });
    await problem.fill("Is de wachttijd te lang en bovendien de mail te traag?");
    // On the checklist's own page, following a link with unsaved text asks first.
    let asked = "";
    page.once("dialog", (question) => {
      asked = question.message();
      void question.dismiss();
    });
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Successen" }).click();
    await expect.poll(() => asked).toContain("nog niet zijn opgeslagen");
    await expect(page).toHaveURL(new RegExp(`/improvements/${id}/pdca$`));
    await expect(problem).toHaveValue("Is de wachttijd te lang en bovendien de mail te traag?");
    await expect(checklist.getByText("Dit leest als een ja/nee-vraag.", { exact: false })).toBeVisible();
    await expect(checklist.getByText("Dit lijkt over twee onderwerpen te gaan.", { exact: false })).toBeVisible();

    const tooLong = "Snel antwoord. ".repeat(140);
    await checklist.getByRole("textbox", { name: /Wat verwacht de klant\?/ }).fill(tooLong);
    await checklist.getByRole("textbox", { name: /Meetbaar doel/ }).fill("<b>90%</b> binnen een dag");
    await checklist.getByRole("button", { name: "Checklist opslaan" }).click();
    await expect(checklist.getByText("Gebruik hoogstens 2000 tekens.")).toBeVisible();
    await expect(checklist.getByText("Controleer de gemarkeerde velden.")).toBeVisible();
    await expect(checklist.getByRole("textbox", { name: /Wat verwacht de klant\?/ })).toHaveValue(tooLong);
    await expect(problem).toHaveValue("Is de wachttijd te lang en bovendien de mail te traag?");
    await expect(checklist.getByRole("textbox", { name: /Meetbaar doel/ })).toHaveValue("<b>90%</b> binnen een dag");
    expect(await db.pdcaCycle.count({ where: { improvementId: id } })).toBe(0);

    // The hints never block: with a shorter expectation the save goes through, markup as text.
    await checklist.getByRole("textbox", { name: /Wat verwacht de klant\?/ }).fill("Binnen een werkdag antwoord");
    await checklist.getByRole("button", { name: "Checklist opslaan" }).click();
    await expect(page.getByText("Checklist opgeslagen")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("pdca-checklist").getByRole("textbox", { name: /Meetbaar doel/ })).toHaveValue("<b>90%</b> binnen een dag");
    expect(await page.locator("b", { hasText: "90%" }).count()).toBe(0);
  });

  test("the print view renders the PDCA record for an auditor", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Klachten binnen een werkdag");
    const id = await addCard(db, team, "DONE", title);
    await db.pdcaCycle.create({
      data: { organisationId: team.organisationId, improvementId: id, number: 1, ...completeCycleFields, rootCause: [...completeCycleFields.rootCause] },
    });
    await db.improvementActivity.create({
      data: { organisationId: team.organisationId, improvementId: id, actorId: team.lead.id, kind: "PDCA_UPDATED", data: { cycle: 1, fields: ["plan.expectation", "check.result"] } },
    });
    await signIn(page, team.member.email);
    await page.goto(`/teams/${team.slug}/improvements/${id}/print`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Demo BV · PDCA-verslag")).toBeVisible();
    await expect(page.getByRole("heading", { name: /Cyclus 1 \(geborgd, gestart/ })).toBeVisible();
    for (const section of ["Plan", "Do", "Check", "Act"]) await expect(page.getByRole("heading", { name: section, exact: true })).toBeVisible();
    await expect(page.getByText(completeCycleFields.expectation)).toBeVisible();
    await expect(page.getByText("Prestatie — Hoe beter, hoe tevredener", { exact: false })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Checklist cyclus 1: klantverwachting, resultaat" })).toBeVisible();
    await expect(page.getByRole("cell", { name: team.lead.name })).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
    await expect(page.locator("header.no-print")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });

  test("the API answers a refused move with 422 naming the missing fields, fills in the checklist; other organisations see nothing", async ({ page, browser, createTeam, createOtherOrganisation, db }) => {
    const team = await createTeam();
    const id = await addCard(db, team, "PLAN", unique("Via de API"));
    const doColumn = await db.column.findFirstOrThrow({ where: { teamId: team.id, stage: "DO" }, select: { id: true } });
    await signIn(page, team.lead.email);
    const refused = await page.request.post(`/api/v1/improvements/${id}/move`, { data: { columnId: doColumn.id, version: 1 } });
    expect(refused.status()).toBe(422);
    const body = (await refused.json()) as { error: { code: string; message: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe("gate");
    expect(body.error.message).toBe("Nog niet naar Do: de PDCA-checklist mist nog 5 punten.");
    expect(Object.keys(body.error.fields)).toEqual(["plan.customerType", "plan.customerName", "plan.expectation", "plan.kano", "plan.goal"]);
    expect(body.error.fields["plan.expectation"]).toEqual(["Vul in wat de klant verwacht."]);
    expect(await stageOf(db, id)).toBe("PLAN");

    // The checklist through the same API: bad input names its field, a stale version conflicts.
    const empty = await page.request.get(`/api/v1/improvements/${id}/pdca`);
    expect(empty.status()).toBe(200);
    expect(((await empty.json()) as { current: { number: number; version: number } }).current).toMatchObject({ number: 1, version: 0 });
    const plan = { customerType: "EXTERNAL", customerName: "Bellers", expectation: "Snel iemand aan de lijn", kano: "BASIC", goal: "Onder 2 minuten" };
    const tooLong = await page.request.patch(`/api/v1/improvements/${id}/pdca`, { data: { cycle: 1, version: 0, plan: { ...plan, goal: "x".repeat(2_001) } } });
    expect(tooLong.status()).toBe(400);
    expect(((await tooLong.json()) as { error: { fields: Record<string, string[]> } }).error.fields).toEqual({ "plan.goal": ["Gebruik hoogstens 2000 tekens."] });
    const saved = await page.request.patch(`/api/v1/improvements/${id}/pdca`, { data: { cycle: 1, version: 0, plan } });
    expect(saved.status()).toBe(200);
    expect(await saved.json()).toMatchObject({ number: 1, version: 1, plan: { kano: "BASIC", goal: "Onder 2 minuten" } });
    expect((await page.request.patch(`/api/v1/improvements/${id}/pdca`, { data: { cycle: 1, version: 0, plan } })).status()).toBe(409);
    expect((await page.request.get(`/api/v1/improvements/not-a-card/pdca`)).status()).toBe(404);
    // The card's pages answer a malformed id as "not found" too (the services check it).
    for (const path of ["", "/pdca", "/print"]) expect((await page.request.get(`/teams/${team.slug}/improvements/not-a-card${path}`)).status()).toBe(404);

    const moved = await page.request.post(`/api/v1/improvements/${id}/move`, { data: { columnId: doColumn.id, version: 1 } });
    expect(moved.status()).toBe(200);
    expect(await stageOf(db, id)).toBe("DO");

    const other = await createOtherOrganisation();
    const outsider = await browser.newPage();
    await signIn(outsider, other.admin.email);
    expect((await outsider.request.get(`/api/v1/improvements/${id}/pdca`)).status()).toBe(404);
    expect((await outsider.request.patch(`/api/v1/improvements/${id}/pdca`, { data: { cycle: 1, version: 1, plan } })).status()).toBe(404);
    for (const path of ["pdca", "print"]) {
      const response = await outsider.goto(`/teams/${team.slug}/improvements/${id}/${path}`);
      expect(response?.status()).toBe(404);
      await expect(outsider.getByText(completeCycleFields.expectation)).toHaveCount(0);
    }
    await outsider.close();
  });

  test("works at phone width: the checklist and its gate fit on a 390px screen", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Smalle kaart");
    const id = await addCard(db, team, "PLAN", title);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/improvements/${id}/pdca`);
    const checklist = page.getByTestId("pdca-checklist");
    await expect(checklist.getByRole("group", { name: /Kano-categorie/ })).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`/teams/${team.slug}/improvements/${id}/print`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  test("the checklist, its gate and the record have no serious accessibility violations", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Toegankelijke kaart");
    const id = await addCard(db, team, "PLAN", title);
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/improvements/${id}/pdca`);
    await expect(page.getByTestId("pdca-checklist")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/teams/${team.slug}/board`);
    await page.getByRole("button", { name: `Acties voor ${title}` }).click();
    await page.getByRole("menuitem", { name: "Do (bovenaan)" }).click();
    await expect(page.getByRole("dialog", { name: title }).getByRole("heading", { name: "Eerst de checklist aanvullen" })).toBeVisible();
    // Only the dialog: the board behind it is dimmed on purpose.
    expect(await seriousViolations(page, "[role=dialog]")).toEqual([]);
    await page.goto(`/teams/${team.slug}/improvements/${id}/print`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
