import type { Browser, Page } from "@playwright/test";
import type { PrismaClient } from "../lib/db/generated/client";
import { completeCycleFields } from "../lib/pdca/testing";
import { addCard, expect, signedIn, signIn, test, unique, type TestTeam } from "./fixtures";

// Two people on one card: what one types in the card detail is never lost or silently
// overwritten when the other saves first, and what the other saves (fields, owners, the PDCA
// checklist, a move) shows up on the open card without a reload.


/** Opens the card's own page and waits until its live connection is up. */
async function openCard(page: Page, team: TestTeam, id: string): Promise<void> {
  await page.goto(`/teams/${team.slug}/improvements/${id}`);
  await expect(page.getByTestId("improvement-detail")).toHaveAttribute("data-live-status", "live");
}

/** Signs each person in, in a browser of their own, on the card's page (live connection up). */
async function onTheCard(browser: Browser, team: TestTeam, id: string, emails: [string, string]): Promise<[Page, Page]> {
  const first = await signedIn(browser, emails[0]);
  const second = await signedIn(browser, emails[1]);
  for (const page of [first, second]) await openCard(page, team, id);
  return [first, second];
}

/** A flag on the window: it survives anything but a reload or a new page. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __notReloaded: true }));
}
async function expectNotReloaded(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
}

const conflictTitle = "Iemand anders heeft deze kaart gewijzigd terwijl jij bezig was.";

test.describe("one card, two people", () => {
  test("a save after someone changed the card in the database keeps what was typed, says so, takes their untouched field, and saves on the second try", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const original = unique("Terugbellen");
    const id = await addCard(db, team, { stage: "IDEA", title: original, problem: "Klanten bellen twee keer" });
    await signIn(page, team.lead.email);
    await openCard(page, team, id);

    const title = page.getByRole("textbox", { name: "Titel" });
    const proposal = page.getByRole("textbox", { name: "Voorstel" });
    const problem = page.getByRole("textbox", { name: "Wat merk je op?" });
    const typedTitle = unique("Terugbelverzoeken samenvoegen");
    await title.fill(typedTitle);
    await proposal.fill("Eén terugbellijst per klant");
    // Meanwhile the card changes underneath (another tool, a script): only the version tells.
    await db.improvement.update({ where: { id }, data: { problem: "Klanten bellen drie keer", version: { increment: 1 } } });

    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    const notice = page.getByTestId("edit-conflict");
    await expect(notice).toContainText(conflictTitle);
    await expect(notice).toContainText("Gewijzigd: Wat merk je op?");
    await expect(title).toHaveValue(typedTitle);
    await expect(proposal).toHaveValue("Eén terugbellijst per klant");
    // The field this person never touched now shows what the other saved.
    await expect(problem).toHaveValue("Klanten bellen drie keer");
    expect(await db.improvement.findUniqueOrThrow({ where: { id }, select: { title: true } })).toEqual({ title: original });

    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("Wijzigingen opgeslagen")).toBeVisible();
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(typedTitle);
    expect(await db.improvement.findUniqueOrThrow({ where: { id }, select: { title: true, problem: true, proposal: true } })).toEqual({
      title: typedTitle,
      problem: "Klanten bellen drie keer",
      proposal: "Eén terugbellijst per klant",
    });
  });

  test("when both change the same field in two browsers, the second sees the first's text beside their own and chooses by saving again", async ({ browser, createTeam, db }) => {
    const team = await createTeam();
    const id = await addCard(db, team, { stage: "IDEA", title: unique("Wachtrij"), problem: "Klanten bellen twee keer" });
    const [lead, member] = await onTheCard(browser, team, id, [team.lead.email, team.member.email]);
    await markPage(lead);

    const leadTitle = unique("Wachtrij zichtbaar maken");
    await lead.getByRole("textbox", { name: "Titel" }).fill(leadTitle);
    const memberTitle = unique("Wachtrij inkorten");
    await member.getByRole("textbox", { name: "Titel" }).fill(memberTitle);
    await member.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(member.getByText("Wijzigingen opgeslagen")).toBeVisible();
    await expect.poll(async () => (await db.improvement.findUniqueOrThrow({ where: { id } })).title).toBe(memberTitle);

    // The lead's unsaved text held the live update back; the save is refused, not applied.
    await lead.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(lead.getByTestId("edit-conflict")).toContainText(conflictTitle);
    await expect(lead.getByText(`Intussen door iemand anders opgeslagen: ${memberTitle}`)).toBeVisible();
    await expect(lead.getByRole("textbox", { name: "Titel" })).toHaveValue(leadTitle);
    expect((await db.improvement.findUniqueOrThrow({ where: { id } })).title).toBe(memberTitle);

    await lead.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(lead.getByText("Wijzigingen opgeslagen")).toBeVisible();
    await expect.poll(async () => (await db.improvement.findUniqueOrThrow({ where: { id } })).title).toBe(leadTitle);
    // The member's open card follows without a reload.
    await expect(member.getByRole("heading", { level: 1 })).toHaveText(leadTitle);
    await expect(member.getByRole("textbox", { name: "Titel" })).toHaveValue(leadTitle);
    await expectNotReloaded(lead);
    await lead.close();
    await member.close();
  });

  test("someone else's save arrives while my cursor sits in a field I have not typed in: the field follows and keeps the focus", async ({ browser, createTeam, db }) => {
    const team = await createTeam();
    const id = await addCard(db, team, { stage: "IDEA", title: unique("Balie"), problem: "Lange rij bij de balie" });
    const [lead, member] = await onTheCard(browser, team, id, [team.lead.email, team.member.email]);
    await markPage(member);
    const problem = member.getByRole("textbox", { name: "Wat merk je op?" });
    await problem.focus();
    await expect(problem).toBeFocused();

    await lead.getByRole("textbox", { name: "Wat merk je op?" }).fill("Lange rij bij de balie op maandag");
    await lead.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(lead.getByText("Wijzigingen opgeslagen")).toBeVisible();

    await expect(problem).toHaveValue("Lange rij bij de balie op maandag");
    await expect(problem).toBeFocused();
    // Typing goes on in that field.
    await member.keyboard.press("End");
    await member.keyboard.type(" ochtend");
    await expect(problem).toHaveValue("Lange rij bij de balie op maandag ochtend");
    await expectNotReloaded(member);
    await lead.close();
    await member.close();
  });

  test("a PDCA checklist saved in one browser appears on the open card in the other, but never over text being typed there", async ({ browser, createTeam, db }) => {
    const team = await createTeam();
    const id = await addCard(db, team, { stage: "PLAN", title: unique("Lange wachttijd"), problem: "Klanten bellen twee keer" });
    const [lead, member] = await onTheCard(browser, team, id, [team.lead.email, team.member.email]);
    await markPage(lead);
    const leadChecklist = lead.getByTestId("pdca-checklist");
    const memberChecklist = member.getByTestId("pdca-checklist");

    await memberChecklist.getByRole("textbox", { name: "Probleemstelling" }).fill("Klanten wachten gemiddeld 12 minuten aan de telefoon");
    await memberChecklist.getByRole("button", { name: "Checklist opslaan" }).click();
    await expect(member.getByText("Checklist opgeslagen")).toBeVisible();
    await expect(leadChecklist.getByRole("textbox", { name: "Probleemstelling" })).toHaveValue("Klanten wachten gemiddeld 12 minuten aan de telefoon");
    await expectNotReloaded(lead);

    // Text being typed on the lead's side stays while the member saves again.
    const goal = leadChecklist.getByRole("textbox", { name: /Meetbaar doel/ });
    await goal.fill("90% binnen 2 minuten opgenomen");
    await memberChecklist.getByRole("textbox", { name: "Probleemstelling" }).fill("Klanten wachten gemiddeld 14 minuten aan de telefoon");
    await memberChecklist.getByRole("button", { name: "Checklist opslaan" }).click();
    // The first save's toast may still be showing; the database says whether this one landed.
    await expect(member.getByText("Checklist opgeslagen").first()).toBeVisible();
    await expect
      .poll(async () => (await db.pdcaCycle.findFirstOrThrow({ where: { improvementId: id } })).problemStatement)
      .toBe("Klanten wachten gemiddeld 14 minuten aan de telefoon");
    // The member's save reached the lead's card, and waits there while the goal is unsaved.
    await expect(lead.getByTestId("improvement-detail")).toHaveAttribute("data-live-waiting", "true");
    await expect(lead.getByText("Wijzigingen van anderen verschijnen zodra je klaar bent.")).toBeVisible();
    await expect(goal).toHaveValue("90% binnen 2 minuten opgenomen");
    await expect(leadChecklist.getByRole("textbox", { name: "Probleemstelling" })).toHaveValue("Klanten wachten gemiddeld 12 minuten aan de telefoon");
    // Saving over the member's newer checklist is refused; the typed goal stays.
    await leadChecklist.getByRole("button", { name: "Checklist opslaan" }).click();
    await expect(lead.getByText("Iemand anders heeft deze checklist intussen gewijzigd.", { exact: false })).toBeVisible();
    await expect(goal).toHaveValue("90% binnen 2 minuten opgenomen");
    expect((await db.pdcaCycle.findFirstOrThrow({ where: { improvementId: id } })).goal).toBeNull();
    await expectNotReloaded(lead);
    await lead.close();
    await member.close();
  });

  test("owners and the column follow the other browser while untouched; a stale owner choice or move is refused, not applied", async ({ browser, createTeam, db }) => {
    const team = await createTeam();
    const id = await addCard(db, team, { stage: "IDEA", title: unique("Retouren"), problem: "Klanten bellen twee keer" });
    const [watcher, other] = await onTheCard(browser, team, id, [team.lead.email, team.lead.email]);
    await markPage(watcher);
    const owner = (page: Page, name: string) => page.getByRole("group", { name: "Wie trekt deze verbetering? Alleen teamleden." }).getByRole("checkbox", { name });

    // Untouched: the other's owner change and move show up as they are.
    await owner(other, team.member.name).check();
    await other.getByRole("button", { name: "Eigenaren opslaan" }).click();
    await expect(other.getByText("Eigenaren opgeslagen")).toBeVisible();
    await expect(owner(watcher, team.member.name)).toBeChecked();
    await other.getByLabel("Naar kolom").selectOption({ label: "Plan" });
    await other.getByRole("button", { name: "Verplaatsen", exact: true }).click();
    await expect(watcher.getByText(/verplaatste dit van Nieuw naar Plan/)).toBeVisible();
    await expect(watcher.getByLabel("Naar kolom")).toHaveValue(await columnOf(db, team, "PLAN"));

    // The watcher ticks the lead as owner; meanwhile the other removes the member.
    await owner(watcher, team.lead.name).check();
    await owner(other, team.member.name).uncheck();
    await other.getByRole("button", { name: "Eigenaren opslaan" }).click();
    await expect(other.getByText("Eigenaren opgeslagen")).toBeVisible();
    await expect(watcher.getByText(/haalde alle eigenaren weg/)).toBeVisible();
    await watcher.getByRole("button", { name: "Eigenaren opslaan" }).click();
    await expect(watcher.getByText(/Iemand anders heeft de kaart intussen gewijzigd; eigenaren nu: niemand\./)).toBeVisible();
    expect(await owners(db, id)).toEqual([]);
    // The watcher's tick stays, the other's removal is taken over; saving again applies both.
    await expect(owner(watcher, team.lead.name)).toBeChecked();
    await expect(owner(watcher, team.member.name)).not.toBeChecked();
    await watcher.getByRole("button", { name: "Eigenaren opslaan" }).click();
    await expect(watcher.getByText("Eigenaren opgeslagen")).toBeVisible();
    await expect.poll(() => owners(db, id)).toEqual([team.lead.id]);

    // A column picked before someone else moved the card does not move it back.
    await watcher.getByLabel("Naar kolom").selectOption({ label: "Nieuw" });
    await planFilledIn(db, team, id);
    // The other screen has the watcher's owner change (else its move would be stale, and refused).
    await expect(owner(other, team.lead.name)).toBeChecked();
    await other.getByLabel("Naar kolom").selectOption({ label: "Do" });
    await other.getByRole("button", { name: "Verplaatsen", exact: true }).click();
    await expect(watcher.getByText(/verplaatste dit van Plan naar Do/)).toBeVisible();
    await watcher.getByRole("button", { name: "Verplaatsen", exact: true }).click();
    await expect(watcher.getByText(/De kaart is teruggezet: Iemand anders heeft deze kaart net gewijzigd/)).toBeVisible();
    const doColumn = await columnOf(db, team, "DO");
    expect((await db.improvement.findUniqueOrThrow({ where: { id }, select: { columnId: true } })).columnId).toBe(doColumn);
    await expect(watcher.getByLabel("Naar kolom")).toHaveValue(doColumn);
    await expectNotReloaded(watcher);
    await watcher.close();
    await other.close();
  });
});

async function columnOf(db: PrismaClient, team: TestTeam, stage: "PLAN" | "DO"): Promise<string> {
  return (await db.column.findFirstOrThrow({ where: { teamId: team.id, stage }, select: { id: true } })).id;
}

/** A first cycle with what leaving Plan needs. */
async function planFilledIn(db: PrismaClient, team: TestTeam, improvementId: string): Promise<void> {
  const { problemStatement, customerType, customerName, expectation, kano, baseline, goal } = completeCycleFields;
  await db.pdcaCycle.create({
    data: { organisationId: team.organisationId, improvementId, number: 1, problemStatement, customerType, customerName, expectation, kano, baseline, goal, rootCause: ["Piek om 9 uur"] },
  });
}

async function owners(db: PrismaClient, id: string): Promise<string[]> {
  return (await db.improvementOwner.findMany({ where: { improvementId: id }, select: { userId: true } })).map((row) => row.userId);
}
