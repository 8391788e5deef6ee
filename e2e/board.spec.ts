import type { Page } from "@playwright/test";
import { rankForSlot } from "../lib/board/rank";
import type { PrismaClient } from "../lib/db/generated/client";
import { expect, signIn, test, unique, type TestTeam } from "./fixtures";
import { pressUntilAnnounced } from "./support/keyboard-drag";

// The improvement board, end to end in a real browser: suggestions, drag and drop with mouse
// and keyboard, "Move to…", refused moves, triage, permissions and the phone layout.

async function addCards(db: PrismaClient, team: TestTeam, stage: "IDEA" | "PLAN", titles: string[], submitterId?: string) {
  const column = await db.column.findFirstOrThrow({ where: { teamId: team.id, stage }, select: { id: true } });
  let previous: string | null = null;
  const ids: string[] = [];
  for (const title of titles) {
    previous = rankForSlot({ before: previous, after: null });
    const card = await db.improvement.create({
      data: { organisationId: team.organisationId, teamId: team.id, columnId: column.id, rank: previous, title, submitterId: submitterId ?? team.member.id },
      select: { id: true },
    });
    ids.push(card.id);
  }
  return ids;
}

const column = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
const cardTitles = (page: Page, name: string) => column(page, name).getByRole("listitem").getByRole("heading").allTextContents();
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');
/** Moves show at once and are saved in the background; wait until the server has answered. */
const saved = (page: Page) => expect(page.getByTestId("board").locator("[aria-busy=true]")).toHaveCount(0);

async function dragWithMouse(page: Page, source: string, target: { title: string; below?: boolean } | { column: string }) {
  const from = await page.getByRole("link", { name: source, exact: true }).boundingBox();
  if (!from) throw new Error(`no card ${source}`);
  let to: { x: number; y: number };
  if ("title" in target) {
    const box = await page.getByRole("link", { name: target.title, exact: true }).locator("xpath=ancestor::article").boundingBox();
    if (!box) throw new Error(`no card ${target.title}`);
    to = { x: box.x + box.width / 2, y: target.below ? box.y + box.height - 4 : box.y + 4 };
  } else {
    const box = await column(page, target.column).getByRole("list").boundingBox();
    if (!box) throw new Error(`no column ${target.column}`);
    to = { x: box.x + box.width / 2, y: box.y + 20 };
  }
  // Start beside the title link, past dnd-kit's activation distance, then glide over.
  await page.mouse.move(from.x + from.width + 4, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width + 4, from.y + from.height / 2 + 12, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.mouse.move(to.x, to.y + 2, { steps: 2 });
  await page.mouse.up();
}

test.describe("the improvement board", () => {
  test("a member submits a suggestion in seconds; it lands at the top of Nieuw and stays after a reload", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    await addCards(db, team, "IDEA", [unique("Bestaand idee")]);
    await signIn(page, team.member.email);
    await page.goto(`/teams/${team.slug}/board`);
    const title = unique("Koffieautomaat vaker vullen");
    const input = page.getByRole("textbox", { name: "Nieuw idee" });
    await input.fill(title);
    await input.press("Enter");
    await expect(input).toHaveValue("");
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([title, expect.any(String)]);
    await saved(page);
    await page.reload();
    expect((await cardTitles(page, "Nieuw"))[0]).toBe(title);

    // An empty title is refused with a clear message and nothing is added.
    await input.press("Enter");
    await expect(column(page, "Nieuw").getByText("Vul dit veld in.")).toBeVisible();
    expect(await cardTitles(page, "Nieuw")).toHaveLength(2);
  });

  test("the N key opens the suggestion form anywhere in the app", async ({ page, createTeam }) => {
    const team = await createTeam();
    await signIn(page, team.member.email);
    await page.goto("/suggestions");
    await page.keyboard.press("n");
    const dialog = page.getByRole("dialog", { name: "Idee indienen" });
    await expect(dialog).toBeVisible();
    const title = unique("Printer op de gang");
    await dialog.getByRole("textbox", { name: "Titel" }).fill(title);
    await dialog.getByRole("button", { name: "Toevoegen" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Je idee staat op het bord van ${team.name}`)).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto(`/teams/${team.slug}/board`);
    expect((await cardTitles(page, "Nieuw"))[0]).toBe(title);
  });

  test("a lead drags cards with the mouse within and between columns; the order survives a reload", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const [a, b, c] = [unique("Alfa"), unique("Bravo"), unique("Charlie")];
    await addCards(db, team, "IDEA", [a, b, c]);
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/board`);
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([a, b, c]);

    await dragWithMouse(page, a, { title: c, below: true });
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([b, c, a]);
    await dragWithMouse(page, b, { column: "Plan" });
    await expect.poll(() => cardTitles(page, "Plan")).toEqual([b]);
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([c, a]);

    await saved(page);
    await page.reload();
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([c, a]);
    expect(await cardTitles(page, "Plan")).toEqual([b]);
  });

  test("a lead moves a card with the keyboard, with spoken feedback, and can cancel", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const [a, b, c] = [unique("Een"), unique("Twee"), unique("Drie")];
    await addCards(db, team, "IDEA", [a, b, c]);
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/board`);
    const handle = page.getByRole("button", { name: `Verplaats ${a}` });
    await handle.focus();
    await page.keyboard.press("Space");
    await expect(liveRegion(page)).toContainText(`${a} opgepakt in Nieuw, positie 1 van 3`);
    await pressUntilAnnounced(page, "ArrowDown", "positie 1 van 3", "positie 2 van 3");
    await page.keyboard.press("Space");
    await expect(liveRegion(page)).toContainText(`${a} neergelegd in Nieuw, positie 2 van 3`);
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([b, a, c]);

    // Pick up, move, then Escape: nothing changes.
    await page.getByRole("button", { name: `Verplaats ${c}` }).focus();
    await page.keyboard.press("Space");
    await expect(liveRegion(page)).toContainText(`${c} opgepakt in Nieuw, positie 3 van 3`);
    await pressUntilAnnounced(page, "ArrowUp", "positie 3 van 3", "positie 2 van 3");
    await page.keyboard.press("Escape");
    await expect(liveRegion(page)).toContainText("geannuleerd");
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([b, a, c]);

    await saved(page);
    await page.reload();
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([b, a, c]);
  });

  test("\"Move to…\" moves a card without dragging", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const [a, b] = [unique("Menu-kaart"), unique("Blijft staan")];
    await addCards(db, team, "IDEA", [a, b]);
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/board`);
    await page.getByRole("button", { name: `Acties voor ${a}` }).click();
    await page.getByRole("menuitem", { name: "Plan (bovenaan)" }).click();
    await expect.poll(() => cardTitles(page, "Plan")).toEqual([a]);
    await page.getByRole("button", { name: `Acties voor ${b}` }).click();
    await page.getByRole("menuitem", { name: "Eén plek omlaag" }).isDisabled();
    await page.keyboard.press("Escape");
    await saved(page);
    await page.reload();
    expect(await cardTitles(page, "Plan")).toEqual([a]);
    expect(await cardTitles(page, "Nieuw")).toEqual([b]);
  });

  test("a refused move puts the card back and says why", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Verouderde kaart");
    const [id] = await addCards(db, team, "IDEA", [title]);
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/board`);
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([title]);
    // Someone else changes the card after this page loaded.
    await db.improvement.update({ where: { id }, data: { version: { increment: 1 } } });
    await dragWithMouse(page, title, { column: "Plan" });
    await expect(page.getByText("De kaart is teruggezet: Iemand anders heeft deze kaart net gewijzigd.", { exact: false })).toBeVisible();
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([title]);
    expect(await cardTitles(page, "Plan")).toEqual([]);
    // The board was reloaded, so the next try works.
    await page.getByRole("button", { name: `Acties voor ${title}` }).click();
    await page.getByRole("menuitem", { name: "Plan (bovenaan)" }).click();
    await expect.poll(() => cardTitles(page, "Plan")).toEqual([title]);
  });

  test("a lead rejects an idea with a reason, and the submitter sees it", async ({ page, browser, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Vrijdagmiddag geen klanten");
    await addCards(db, team, "IDEA", [title], team.member.id);
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/board`);
    await page.getByRole("button", { name: `Acties voor ${title}` }).click();
    await page.getByRole("menuitem", { name: "Afwijzen…" }).click();
    const dialog = page.getByRole("dialog", { name: "Idee afwijzen" });
    await dialog.getByRole("button", { name: "Afwijzen" }).click();
    await expect(dialog.getByText("Geef een reden; de indiener ziet die.")).toBeVisible();
    const reason = "Klanten rekenen juist op vrijdagmiddag op ons.";
    await dialog.getByRole("textbox", { name: "Reden" }).fill(reason);
    await dialog.getByRole("button", { name: "Afwijzen" }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([]);
    await page.getByRole("link", { name: "Afgewezen" }).click();
    await expect(page.getByText(`Reden: ${reason}`)).toBeVisible();

    const member = await browser.newPage();
    await signIn(member, team.member.email);
    await member.goto("/suggestions");
    const item = member.getByTestId("my-suggestion").filter({ hasText: title });
    await expect(item).toContainText("Afgewezen");
    await expect(item).toContainText(reason);
    await member.close();

    // Nothing is lost: the lead puts it back.
    await page.getByRole("button", { name: "Terugzetten op het bord" }).click();
    await page.getByRole("link", { name: "Bord", exact: true }).click();
    await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([title]);
  });

  test("the card detail opens over the board and on its own page", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Detail bekijken");
    const [id] = await addCards(db, team, "IDEA", [title], team.member.id);
    await signIn(page, team.member.email);
    await page.goto(`/teams/${team.slug}/board`);
    await page.getByRole("link", { name: title }).click();
    const dialog = page.getByRole("dialog", { name: title });
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/teams/${team.slug}/improvements/${id}$`));
    await dialog.getByRole("textbox", { name: "Wat merk je op?" }).fill("Klanten wachten te lang.");
    await dialog.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("Wijzigingen opgeslagen")).toBeVisible();
    await expect(dialog.getByText(/wijzigde: Wat merk je op\?/)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/teams/${team.slug}/board$`));

    await page.goto(`/teams/${team.slug}/improvements/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Wat merk je op?" })).toHaveValue("Klanten wachten te lang.");
    await expect(page.getByRole("link", { name: /Terug naar het bord/ })).toBeVisible();

    // Unsaved text: following a link in the app asks first; staying keeps the text.
    await page.getByRole("textbox", { name: "Wat merk je op?" }).fill("Klanten wachten echt te lang.");
    const questions: string[] = [];
    page.once("dialog", (question) => {
      questions.push(question.message());
      void question.dismiss();
    });
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Successen" }).click();
    await expect.poll(() => questions.length).toBe(1);
    await expect(page).toHaveURL(new RegExp(`/teams/${team.slug}/improvements/${id}$`));
    await expect(page.getByRole("textbox", { name: "Wat merk je op?" })).toHaveValue("Klanten wachten echt te lang.");
    page.once("dialog", (question) => void question.accept());
    await page.getByRole("link", { name: /Terug naar het bord/ }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${team.slug}/board$`));
  });

  test("the browser's Back button asks before unsaved text is lost, on the card page and over the board", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Terug met tekst");
    const [id] = await addCards(db, team, "IDEA", [title], team.member.id);
    await signIn(page, team.member.email);
    const boardUrl = new RegExp(`/teams/${team.slug}/board$`);
    const cardUrl = new RegExp(`/teams/${team.slug}/improvements/${id}$`);
    const questions: string[] = [];
    const answer = (accept: boolean) =>
      page.once("dialog", (question) => {
        questions.push(question.message());
        void (accept ? question.accept() : question.dismiss());
      });

    // The card's own page, reached from the board.
    await page.goto(`/teams/${team.slug}/board`);
    await page.goto(`/teams/${team.slug}/improvements/${id}`);
    const problem = page.getByRole("textbox", { name: "Wat merk je op?" });
    await problem.fill("Klanten lopen weg bij de balie.");
    answer(false);
    await page.goBack({ waitUntil: "commit" });
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain("nog niet zijn opgeslagen");
    await expect(page).toHaveURL(cardUrl);
    await expect(problem).toHaveValue("Klanten lopen weg bij de balie.");
    // Asked again on the next Back; leaving goes where Back was meant to go, in one step.
    answer(true);
    await page.goBack({ waitUntil: "commit" });
    await expect(page).toHaveURL(boardUrl);
    expect(questions).toHaveLength(2);

    // Saved text needs no question, and Back is one step (no entry left behind).
    await page.goto(`/teams/${team.slug}/improvements/${id}`);
    await problem.fill("Klanten lopen weg bij de balie op maandag.");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("Wijzigingen opgeslagen")).toBeVisible();
    await page.goBack({ waitUntil: "commit" });
    await expect(page).toHaveURL(boardUrl);
    expect(questions).toHaveLength(2);

    // Leaving by a link after the question: Back later returns to the card, and once more to the board.
    await page.goto(`/teams/${team.slug}/improvements/${id}`);
    await problem.fill("Klanten lopen weg bij de balie op dinsdag.");
    answer(true);
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Successen" }).click();
    await expect(page).toHaveURL(/\/successes$/);
    expect(questions).toHaveLength(3);
    await page.goBack({ waitUntil: "commit" });
    await expect(page).toHaveURL(cardUrl);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.goBack({ waitUntil: "commit" });
    await expect(page).toHaveURL(boardUrl);
    expect(questions).toHaveLength(3);

    // Over the board: closing the dialog with unsaved text asks once, then returns to the board.
    await page.getByRole("link", { name: title }).click();
    const dialog = page.getByRole("dialog", { name: title });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("textbox", { name: "Voorstel" }).fill("Een tweede balie op maandag.");
    answer(true);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(boardUrl);
    expect(questions).toHaveLength(4);
  });

  test("a member of another team reads the board but cannot move cards; another organisation gets 404", async ({ page, createTeam, createOtherOrganisation, db }) => {
    const team = await createTeam();
    const other = await createTeam();
    const title = unique("Niet van jou");
    const [id] = await addCards(db, team, "IDEA", [title]);
    await signIn(page, other.member.email);
    await page.goto(`/teams/${team.slug}/board`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByText("Je kunt dit bord bekijken, maar niet wijzigen.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Verplaats / })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Acties voor / })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: "Nieuw idee" })).toHaveCount(0);
    const planId = (await db.column.findFirstOrThrow({ where: { teamId: team.id, stage: "PLAN" } })).id;
    const refused = await page.request.post(`/api/v1/improvements/${id}/move`, { data: { columnId: planId, version: 1 } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.message).toBe("Je hebt geen rechten om dit te doen.");

    const outsider = await createOtherOrganisation();
    await page.context().clearCookies();
    await signIn(page, outsider.admin.email);
    expect((await page.goto(`/teams/${team.slug}/board`))?.status()).toBe(404);
    expect((await page.request.get(`/api/v1/improvements/${id}`)).status()).toBe(404);
    expect((await page.request.post(`/api/v1/improvements/${id}/move`, { data: { columnId: planId, version: 1 } })).status()).toBe(404);
    expect((await db.improvement.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  test.describe("at phone width", () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test("columns scroll sideways and the card menu moves cards", async ({ page, createTeam, db }) => {
      const team = await createTeam();
      const title = unique("Telefoonkaart");
      await addCards(db, team, "IDEA", [title], team.member.id);
      await signIn(page, team.member.email);
      await page.goto(`/teams/${team.slug}/board`);
      const board = page.getByTestId("board");
      const { scrollWidth, clientWidth } = await board.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expect(page.getByRole("link", { name: title })).toBeInViewport();
      await page.getByRole("button", { name: `Acties voor ${title}` }).tap();
      await page.getByRole("menuitem", { name: "Plan (bovenaan)" }).tap();
      await expect.poll(() => cardTitles(page, "Plan")).toEqual([title]);
      await column(page, "Plan").scrollIntoViewIfNeeded();
      await expect(page.getByRole("link", { name: title })).toBeInViewport();
    });
  });
});
