import type { Page } from "@playwright/test";
import type { PrismaClient } from "../lib/db/generated/client";
import { addCard, expect, signIn, test, unique, type TestTeam } from "./fixtures";
import { seriousViolations } from "./support/axe";

// The successes log end to end: an improvement reaches Geborgd, is recorded as a success from
// its card (prefilled from the PDCA record), shows up in the log and on the team's board, is
// thanked once, and the log filters by team. Plus bad input, other organisations and phones.

const DAY_MS = 86_400_000;

/** A card in Act whose PDCA checklist is complete, so the move to Geborgd passes the gates. */
async function addReadyImprovement(db: PrismaClient, team: TestTeam, title: string) {
  const improvement = {
    id: await addCard(db, team, { stage: "ACT", title, problem: "Klanten die terugbellen vragen, wachten vaak tot de volgende dag.", ownerIds: [team.member.id] }),
  };
  await db.pdcaCycle.create({
    data: {
      organisationId: team.organisationId,
      improvementId: improvement.id,
      number: 1,
      customerType: "EXTERNAL",
      customerName: "Particuliere klanten",
      expectation: "Snel iemand aan de lijn",
      kano: "PERFORMANCE",
      goal: "90% binnen een uur teruggebeld",
      checkResult: "ACHIEVED",
      measuredResult: "94% binnen een uur",
      expectationMet: "YES",
      actDecision: "STANDARDISE",
      standardisation: "Vaste belronde om 11.00 en 15.00 uur",
    },
  });
  return improvement.id;
}

/** Earlier successes of a team, recorded on earlier days. */
async function addSuccesses(db: PrismaClient, team: TestTeam, titles: string[]) {
  for (const [index, title] of titles.entries()) {
    const when = new Date(Date.now() - (titles.length - index + 1) * DAY_MS);
    await db.success.create({
      data: {
        organisationId: team.organisationId,
        teamId: team.id,
        title,
        story: "Een eerder succes van het team.",
        achievedOn: new Date(`${when.toISOString().slice(0, 10)}T00:00:00Z`),
        createdById: team.lead.id,
        createdAt: when,
      },
    });
  }
}

const column = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
const cardTitles = (page: Page, name: string) => column(page, name).getByRole("listitem").getByRole("heading").allTextContents();
const saved = (page: Page) => expect(page.getByTestId("board").locator("[aria-busy=true]")).toHaveCount(0);
const successArticle = (page: Page, title: string) => page.getByRole("article", { name: title });

test.describe("the successes log", () => {
  test("a completed improvement is recorded as a success from its card, shows in the log and on the board, is thanked once and filters by team", async ({
    page,
    createTeam,
    db,
  }) => {
    const team = await createTeam();
    const otherTeam = await createTeam();
    await addSuccesses(db, team, [unique("Eerste"), unique("Tweede"), unique("Derde"), unique("Vierde")]);
    const otherSuccess = unique("Succes van een ander team");
    await addSuccesses(db, otherTeam, [otherSuccess]);
    const title = unique("Terugbellen binnen een uur");
    const improvementId = await addReadyImprovement(db, team, title);

    // Complete the improvement: Act → Geborgd.
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/board`);
    await page.getByRole("button", { name: `Acties voor ${title}` }).click();
    await page.getByRole("menuitem", { name: "Geborgd (bovenaan)" }).click();
    await expect.poll(() => cardTitles(page, "Geborgd")).toEqual([title]);
    await saved(page);

    // Its card offers "Record as success", prefilled from the improvement and its PDCA record.
    await page.getByRole("link", { name: title, exact: true }).click();
    await page.getByRole("link", { name: "Vastleggen als succes" }).click();
    await expect(page).toHaveURL(new RegExp(`/successes/new\\?improvement=${improvementId}$`));
    await expect(page.getByRole("heading", { name: "Succes vastleggen", level: 1 })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Titel" })).toHaveValue(title);
    const story = page.getByRole("textbox", { name: "Het verhaal" });
    await expect(story).toHaveValue(/Doel: 90% binnen een uur teruggebeld/);
    await expect(story).toHaveValue(/Resultaat \(doel gehaald\): 94% binnen een uur/);
    await expect(story).toHaveValue(/Verwachting van de klant waargemaakt: ja/);
    await expect(page.getByRole("checkbox", { name: title })).toBeChecked();
    await expect(page.getByRole("button", { name: `${team.member.name} weghalen` })).toBeVisible();

    await page.getByRole("textbox", { name: "Waarde" }).fill("−30");
    await page.getByRole("textbox", { name: "Eenheid" }).fill("minuten wachten per klant");
    await page.getByRole("button", { name: "Succes vastleggen" }).click();

    // The fifth success of the team: recorded, with cake.
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(page.getByText(`Vastgelegd! Mooi werk, ${team.name}.`)).toBeVisible();
    await expect(page.getByText(`Dit is het 5e succes van ${team.name}. Tijd voor taart!`)).toBeVisible();
    await expect(page.getByText("−30 minuten wachten per klant")).toBeVisible();

    // Thanks: once per person, however often the button is hit.
    const thank = page.getByRole("button", { name: `Bedank het team voor ‘${title}’` });
    await thank.dblclick();
    await expect(page.getByRole("button", { name: `Je hebt het team bedankt voor ‘${title}’.` })).toBeVisible();
    await expect(page.getByText(`Bedankt door ${team.lead.name}`)).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: `Je hebt het team bedankt voor ‘${title}’.` })).toContainText("1");
    const success = await db.success.findFirstOrThrow({ where: { title }, select: { id: true, _count: { select: { thanks: true } } } });
    expect(success._count.thanks).toBe(1);

    // In the log, with its milestone; filtering by team keeps it and drops the other team's.
    await page.goto("/successes");
    await expect(successArticle(page, title)).toBeVisible();
    await expect(successArticle(page, title).getByText("5e succes van het team")).toBeVisible();
    await expect(successArticle(page, otherSuccess)).toBeVisible();
    await page.getByRole("combobox", { name: "Team" }).selectOption({ label: team.name });
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(new RegExp(`team=${team.slug}`));
    await expect(successArticle(page, title)).toBeVisible();
    await expect(successArticle(page, otherSuccess)).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "5 successen" })).toBeVisible();

    // And on the team's own board.
    await page.goto(`/teams/${team.slug}/board`);
    const strip = page.getByRole("region", { name: `Successen van ${team.name}` });
    await expect(strip.getByRole("link", { name: title })).toBeVisible();
  });

  test("bad input gets field messages and keeps everything typed; text stays text", async ({ page, createTeam }) => {
    const team = await createTeam();
    await signIn(page, team.member.email);
    await page.goto(`/successes/new?team=${team.slug}`);
    const story = "Klanten krijgen nu <b>dezelfde dag</b> antwoord.\nOok op vrijdag.";
    await page.getByRole("textbox", { name: "Het verhaal" }).fill(story);
    await page.getByRole("textbox", { name: "Waarde" }).fill("-30");
    await page.getByRole("checkbox", { name: team.lead.name }).check();
    // Following a link with unsaved typing asks first; staying keeps everything.
    let asked = "";
    page.once("dialog", (question) => {
      asked = question.message();
      void question.dismiss();
    });
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Successen" }).click();
    await expect.poll(() => asked).toContain("nog niet zijn opgeslagen");
    await expect(page).toHaveURL(/\/successes\/new\?/);
    await expect(page.getByRole("textbox", { name: "Het verhaal" })).toHaveValue(story);
    await page.getByRole("button", { name: "Succes vastleggen" }).click();

    await expect(page.getByText("Controleer de gemarkeerde velden.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Titel" })).toHaveAccessibleDescription(/Vul dit veld in\./);
    await expect(page.getByRole("textbox", { name: "Eenheid" })).toHaveAccessibleDescription(/Vul ook de eenheid in/);
    await expect(page.getByRole("textbox", { name: "Het verhaal" })).toHaveValue(story);
    await expect(page.getByRole("textbox", { name: "Waarde" })).toHaveValue("-30");
    await expect(page.getByRole("checkbox", { name: team.lead.name })).toBeChecked();

    const title = `<script>alert("x")</script> ${unique("Sneller antwoord")}`;
    await page.getByRole("textbox", { name: "Titel" }).fill(title);
    await page.getByRole("textbox", { name: "Eenheid" }).fill("uur wachttijd");
    await page.getByRole("button", { name: "Succes vastleggen" }).click();
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(page.getByText("<b>dezelfde dag</b>", { exact: false })).toBeVisible();
    await expect(page.getByText(`Met dank aan`).locator("..")).toContainText(team.lead.name);
  });

  test("another organisation sees nothing; sales reads and thanks but records nothing", async ({ page, createTeam, createOtherOrganisation, createPerson, db }) => {
    const team = await createTeam();
    const title = unique("Alleen voor Demo BV");
    await addSuccesses(db, team, [title]);
    const success = await db.success.findFirstOrThrow({ where: { title }, select: { id: true } });

    const other = await createOtherOrganisation();
    await signIn(page, other.admin.email);
    await page.goto(`/successes/${success.id}`);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
    await page.goto("/successes");
    await expect(page.getByRole("heading", { name: "Successen", level: 1 })).toBeVisible();
    await expect(page.getByText(title)).toHaveCount(0);
    await page.goto(`/successes/${success.id}/edit`);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();

    await page.context().clearCookies();
    const sales = await createPerson({ role: "SALES" });
    await signIn(page, sales.email);
    await page.goto(`/successes?team=${team.slug}`);
    await expect(successArticle(page, title)).toBeVisible();
    await expect(page.getByRole("link", { name: "Succes vastleggen" })).toHaveCount(0);
    await successArticle(page, title).getByRole("button", { name: `Bedank het team voor ‘${title}’` }).click();
    await expect(successArticle(page, title).getByText(`Bedankt door ${sales.name}`)).toBeVisible();
    await page.goto(`/successes/${success.id}/edit`);
    await expect(page.getByText("Alleen wie het succes vastlegde, de teamleider of een beheerder kan het bewerken.")).toBeVisible();
  });

  test("a lead features a success; the log and the form work on a phone and pass axe", async ({ page, createTeam, db }) => {
    // Three full axe analyses on a busy log take their time on two cores.
    test.slow();
    const team = await createTeam();
    const title = unique("Uitgelicht succes");
    await addSuccesses(db, team, [title]);
    const success = await db.success.findFirstOrThrow({ where: { title }, select: { id: true } });
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, team.lead.email);

    await page.goto(`/successes/${success.id}`);
    await page.getByRole("button", { name: "Uitlichten" }).click();
    await expect(page.getByRole("button", { name: "Niet meer uitlichten" })).toBeVisible();
    await page.goto("/successes");
    const featured = page.getByRole("region", { name: "Uitgelicht" });
    await expect(featured.getByRole("article", { name: title })).toBeVisible();

    for (const path of ["/successes", `/successes/${success.id}`, "/successes/new"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
});
