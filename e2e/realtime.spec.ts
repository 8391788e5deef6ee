import type { Page } from "@playwright/test";
import { rankForSlot } from "../lib/board/rank";
import { insertCards } from "../lib/board/testing";
import type { PrismaClient } from "../lib/db/generated/client";
import { findFreePort } from "../prisma/embedded-server";
import { databaseUrlFor, expect, signedIn, test, unique, type TestTeam } from "./fixtures";
import { startAppServer, type AppServer } from "./support/app-server";
import { pressUntilAnnounced } from "./support/keyboard-drag";
import { demoPort } from "../playwright.config";

// Live updates end to end: several browsers on one board, a second app instance on the same
// database, a listener that loses its database connection. Serial: one test cuts the
// listener's connection, which would disturb raw event checks running beside it.
test.describe.configure({ mode: "serial" });

async function addCards(db: PrismaClient, team: TestTeam, titles: string[], submitterId = team.member.id): Promise<string[]> {
  const column = await db.column.findFirstOrThrow({ where: { teamId: team.id, stage: "IDEA" }, select: { id: true } });
  let previous: string | null = null;
  const ids: string[] = [];
  for (const title of titles) {
    previous = rankForSlot({ before: previous, after: null });
    const card = await db.improvement.create({
      data: { organisationId: team.organisationId, teamId: team.id, columnId: column.id, rank: previous, title, submitterId },
      select: { id: true },
    });
    ids.push(card.id);
  }
  return ids;
}

const planColumnId = async (db: PrismaClient, team: { id: string }) => (await db.column.findFirstOrThrow({ where: { teamId: team.id, stage: "PLAN" } })).id;
const column = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
const cardTitles = (page: Page, name: string) => column(page, name).getByRole("listitem").getByRole("heading").allTextContents();
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/** The page's event stream is connected (and its server is listening). */
async function live(page: Page): Promise<void> {
  await expect(page.getByTestId("live-updates").first()).toHaveAttribute("data-live-status", "live");
}

/** A flag on the window: it survives anything but a reload or a new page. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __notReloaded: true }));
}
async function expectNotReloaded(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
}

/** Opens a raw event stream in the page and keeps every change it hears on the window. */
async function collectChanges(page: Page, query: string): Promise<void> {
  await page.evaluate(
    (search) =>
      new Promise<void>((resolve, reject) => {
        const store = window as unknown as { __changes: unknown[] };
        store.__changes = [];
        const source = new EventSource(`/api/events?${search}`);
        source.addEventListener("ready", () => resolve());
        source.addEventListener("change", (event) => store.__changes.push(JSON.parse((event as MessageEvent<string>).data)));
        source.onerror = () => reject(new Error("event stream failed"));
      }),
    query,
  );
}
const changes = (page: Page) => page.evaluate(() => (window as unknown as { __changes: { kind: string; improvementId?: string; teamId: string }[] }).__changes);

async function createCard(page: Page, teamSlug: string, title: string, base = ""): Promise<string> {
  const response = await page.request.post(`${base}/api/v1/teams/${teamSlug}/improvements`, { data: { title } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function moveCard(page: Page, id: string, columnId: string, version: number, base = ""): Promise<void> {
  const response = await page.request.post(`${base}/api/v1/improvements/${id}/move`, { data: { columnId, version } });
  expect(response.status(), await response.text()).toBe(200);
}

test.describe("live updates", () => {
  test("a move on one screen appears on the other without a reload, and each sees who else is looking", async ({ browser, createTeam, db }) => {
    const team = await createTeam();
    const title = unique("Live verplaatst");
    await addCards(db, team, [title]);
    const lead = await signedIn(browser, team.lead.email);
    const member = await signedIn(browser, team.member.email);
    for (const page of [lead, member]) {
      await page.goto(`/teams/${team.slug}/board`);
      await live(page);
    }
    await markPage(member);
    await expect(member.getByTestId("presence")).toContainText(team.lead.name);
    await expect(lead.getByTestId("presence")).toContainText(team.member.name);
    await expect(lead.getByTestId("presence")).not.toContainText(team.lead.name);

    await lead.getByRole("button", { name: `Acties voor ${title}` }).click();
    await lead.getByRole("menuitem", { name: "Plan (bovenaan)" }).click();
    await expect.poll(() => cardTitles(member, "Plan")).toEqual([title]);
    expect(await cardTitles(member, "Nieuw")).toEqual([]);
    await expectNotReloaded(member);

    // A new suggestion shows up too.
    const idea = unique("Live idee");
    const input = lead.getByRole("textbox", { name: "Nieuw idee" });
    await input.fill(idea);
    await input.press("Enter");
    await expect.poll(() => cardTitles(member, "Nieuw")).toEqual([idea]);
    await expectNotReloaded(member);

    // Who leaves, leaves the picture.
    await member.close();
    await expect(lead.getByTestId("presence")).toHaveCount(0);
    await lead.close();
  });

  test("others' changes arrive card by card: an expanded column stays expanded and the page is not refetched", async ({ browser, createTeam, db }) => {
    const team = await createTeam();
    const plan = await planColumnId(db, team);
    const planned = await insertCards(db, { organisationId: team.organisationId, teamId: team.id, columnId: plan }, 35, (index) => `Gepland ${index + 1}`);
    const title = unique("Kaart per stuk");
    const [id] = await addCards(db, team, [title]);
    const lead = await signedIn(browser, team.lead.email);
    const member = await signedIn(browser, team.member.email);
    const boardPath = `/teams/${team.slug}/board`;
    await member.goto(boardPath);
    await live(member);
    await markPage(member);
    await column(member, "Plan").getByRole("button", { name: "Toon meer (5)" }).click();
    await expect(column(member, "Plan").getByRole("listitem")).toHaveCount(35);

    // From here on: a refetch of the board page would fold the column back to its first 30.
    const pageRefetches: string[] = [];
    const actionCalls: string[] = [];
    member.on("request", (request) => {
      const headers = request.headers();
      if (headers["next-action"]) actionCalls.push(request.url());
      else if (headers.rsc === "1" && !headers["next-router-prefetch"] && new URL(request.url()).pathname === boardPath) pageRefetches.push(request.url());
    });

    // The lead moves the card to the top of Plan (through the API, as a script or a second screen would).
    const moved = await lead.request.post(`/api/v1/improvements/${id}/move`, { data: { columnId: plan, nextId: planned[0]?.id, version: 1 } });
    expect(moved.status(), await moved.text()).toBe(200);
    await expect.poll(async () => (await cardTitles(member, "Plan"))[0]).toBe(title);
    await expect(column(member, "Plan").getByRole("listitem")).toHaveCount(36);
    expect(await cardTitles(member, "Nieuw")).toEqual([]);
    await expect(column(member, "Plan").getByTestId("wip").or(column(member, "Plan").getByTestId("count"))).toContainText("36");

    // A comment on the card page and a PDCA checklist saved through the API reach the card too.
    await lead.goto(`/teams/${team.slug}/improvements/${id}`);
    await lead.getByRole("textbox", { name: "Jouw reactie" }).fill(unique("Ik neem dit mee naar de klant"));
    await lead.getByRole("button", { name: "Reageren" }).click();
    const card = column(member, "Plan").getByRole("listitem").filter({ hasText: title });
    await expect(card).toContainText("1 reactie");
    const saved = await lead.request.patch(`/api/v1/improvements/${id}/pdca`, { data: { cycle: 1, version: 0, plan: { problemStatement: "Klanten wachten te lang aan de telefoon" } } });
    expect(saved.status(), await saved.text()).toBe(200);
    await expect(card.locator('[data-section="plan"]')).toHaveAttribute("data-state", "started");

    await expect(column(member, "Plan").getByRole("listitem")).toHaveCount(36);
    expect(pageRefetches).toEqual([]);
    expect(actionCalls.length).toBeGreaterThan(0);
    await expectNotReloaded(member);
    await lead.close();
    await member.close();
  });

  test("a card parked on one screen leaves the other's board and shows up in its parked list", async ({ browser, createTeam, db }) => {
    const team = await createTeam();
    const [title, stays] = [unique("Later oppakken"), unique("Blijft staan")];
    await addCards(db, team, [title, stays]);
    const lead = await signedIn(browser, team.lead.email);
    const member = await signedIn(browser, team.member.email);
    const parkedList = await signedIn(browser, team.member.email);
    await member.goto(`/teams/${team.slug}/board`);
    await parkedList.goto(`/teams/${team.slug}/board?status=PARKED`);
    await lead.goto(`/teams/${team.slug}/board`);
    for (const page of [member, parkedList, lead]) await live(page);
    await expect(parkedList.getByText("Er zijn geen geparkeerde ideeën.")).toBeVisible();
    await markPage(parkedList);

    await lead.getByRole("button", { name: `Acties voor ${title}` }).click();
    await lead.getByRole("menuitem", { name: "Parkeren" }).click();
    const dialog = lead.getByRole("dialog", { name: "Idee parkeren" });
    await dialog.getByRole("textbox", { name: "Reden (optioneel)" }).fill("Na de drukte van december");
    await dialog.getByRole("button", { name: "Parkeren" }).click();
    await expect(dialog).toBeHidden();

    await expect.poll(() => cardTitles(member, "Nieuw")).toEqual([stays]);
    await expect(parkedList.getByText(title)).toBeVisible();
    await expect(parkedList.getByText("Reden: Na de drukte van december")).toBeVisible();
    await expectNotReloaded(parkedList);
    for (const page of [lead, member, parkedList]) await page.close();
  });

  test("a comment appears on the card for everyone looking at it", async ({ browser, createTeam, db }) => {
    const team = await createTeam();
    const [id] = await addCards(db, team, [unique("Besproken kaart")]);
    const lead = await signedIn(browser, team.lead.email);
    const member = await signedIn(browser, team.member.email);
    for (const page of [lead, member]) await page.goto(`/teams/${team.slug}/improvements/${id}`);
    await markPage(member);
    // Half-typed text on the watching side survives the update.
    const draft = member.getByRole("textbox", { name: "Jouw reactie" });
    await draft.fill("Ik wil hier nog iets over zeggen");
    const comment = unique("Goed punt, ik bel de klant morgen");
    await lead.getByRole("textbox", { name: "Jouw reactie" }).fill(comment);
    await lead.getByRole("button", { name: "Reageren" }).click();
    await expect(member.getByText(comment)).toBeVisible();
    await expect(draft).toHaveValue("Ik wil hier nog iets over zeggen");
    await expectNotReloaded(member);
    await lead.close();
    await member.close();
  });

  test("new customer feedback and a new success show up in the open lists without a reload", async ({ browser, createOtherOrganisation }) => {
    // An organisation of its own, so the lists hold only what this test records.
    const { team } = await createOtherOrganisation();
    const watcher = await signedIn(browser, team.lead.email);
    const recorder = await signedIn(browser, team.member.email);

    await watcher.goto("/feedback");
    await live(watcher);
    await markPage(watcher);
    const said = unique("Fijn dat jullie meteen terugbelden");
    await recorder.goto("/feedback/new");
    await recorder.getByLabel("Soort").selectOption("COMPLIMENT");
    await recorder.getByLabel("Betrokken team").selectOption({ label: team.name });
    await recorder.getByLabel("Wat zei de klant?").fill(said);
    await recorder.getByRole("button", { name: "Opslaan" }).click();
    await expect(recorder).toHaveURL(/\/feedback$/);
    await expect(watcher.getByTestId("feedback-item").filter({ hasText: said })).toBeVisible();
    await expectNotReloaded(watcher);

    await watcher.goto("/successes");
    await live(watcher);
    await markPage(watcher);
    const title = unique("Terugbellen binnen een uur");
    await recorder.goto(`/successes/new?team=${team.slug}`);
    await recorder.getByRole("textbox", { name: "Titel" }).fill(title);
    await recorder.getByRole("textbox", { name: "Het verhaal" }).fill("Klanten worden nu binnen een uur teruggebeld.");
    await recorder.getByRole("button", { name: "Succes vastleggen" }).click();
    await expect(recorder.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(watcher.getByRole("link", { name: title })).toBeVisible();
    await expectNotReloaded(watcher);
    await watcher.close();
    await recorder.close();
  });

  test("another team and another organisation hear nothing of this board", async ({ browser, createTeam, createOtherOrganisation, db }) => {
    const team = await createTeam();
    const otherTeam = await createTeam();
    const outside = await createOtherOrganisation();
    const insider = await signedIn(browser, team.member.email);
    const neighbour = await signedIn(browser, otherTeam.member.email);
    const outsider = await signedIn(browser, outside.admin.email);
    for (const page of [insider, neighbour, outsider]) await page.goto("/");
    await collectChanges(insider, `team=${team.slug}`);
    await collectChanges(neighbour, `team=${otherTeam.slug}`);
    await collectChanges(outsider, `team=${outside.team.slug}&topics=feedback,successes`);
    // Asking for this organisation's board from outside is "not found".
    expect((await outsider.request.get(`/api/events?team=${team.slug}`)).status()).toBe(404);
    expect((await outsider.request.get("/api/events?team=klantenservice")).status()).toBe(404);

    const secret = await createCard(insider, team.slug, unique("Intern idee"));
    await moveCard(insider, secret, await planColumnId(db, team), 1);
    // Markers on the other boards, committed after: changes arrive in commit order, so once a
    // marker is in, anything meant for that stream before it would be in too.
    const neighbourMarker = await createCard(neighbour, otherTeam.slug, unique("Markering buren"));
    const outsiderMarker = await createCard(outsider, outside.team.slug, unique("Markering elders"));
    await expect.poll(async () => (await changes(insider)).map((change) => change.kind)).toEqual(["improvement.created", "improvement.moved"]);
    await expect.poll(async () => (await changes(neighbour)).map((change) => change.improvementId)).toEqual([neighbourMarker]);
    await expect.poll(async () => (await changes(outsider)).map((change) => change.improvementId)).toEqual([outsiderMarker]);
    for (const page of [insider, neighbour, outsider]) await page.close();
  });

  test("a drop on a card someone else just moved is refused with a clear message; the server's order wins", async ({ browser, createTeam, db }) => {
    const team = await createTeam();
    const [title, other, third] = [unique("Omstreden kaart"), unique("Buurkaart"), unique("Derde kaart")];
    const [id] = await addCards(db, team, [title, other, third]);
    const lead = await signedIn(browser, team.lead.email);
    const member = await signedIn(browser, team.member.email);
    await lead.goto(`/teams/${team.slug}/board`);
    await live(lead);

    await lead.getByRole("button", { name: `Verplaats ${title}` }).focus();
    await lead.keyboard.press("Space");
    await expect(liveRegion(lead)).toContainText(`${title} opgepakt in Nieuw, positie 1 van 3`);
    await pressUntilAnnounced(lead, "ArrowDown", "positie 1 van 3", "positie 2 van 3");
    // Meanwhile the member, elsewhere, moves that very card to Plan.
    await moveCard(member, id ?? "", await planColumnId(db, team), 1);
    // The change arrived, but waits: the drag in progress is not yanked away.
    await expect(lead.getByTestId("live-updates")).toHaveAttribute("data-live-waiting", "true");
    await lead.keyboard.press("Space");
    await expect(lead.getByText("Iemand anders heeft deze kaart net gewijzigd", { exact: false }).first()).toBeVisible();
    await expect.poll(() => cardTitles(lead, "Plan")).toEqual([title]);
    await expect.poll(() => cardTitles(lead, "Nieuw")).toEqual([other, third]);
    await lead.close();
    await member.close();
  });

  test("after the listener's database connection is cut, updates flow again without restarting the app", async ({ browser, createTeam, db }) => {
    const team = await createTeam();
    const [first, second] = [unique("Na herstel 1"), unique("Na herstel 2")];
    const [firstId, secondId] = await addCards(db, team, [first, second]);
    const lead = await signedIn(browser, team.lead.email);
    const member = await signedIn(browser, team.member.email);
    await member.goto(`/teams/${team.slug}/board`);
    await live(member);
    await markPage(member);
    // What a PostgreSQL restart or failover does to the app's listening connection (the shared
    // test server itself keeps running; e2e/realtime-restart.spec.ts restarts a real one).
    const cut = await db.$queryRaw<{ terminated: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
       WHERE application_name = 'verbeterbord-realtime' AND datname = current_database()`;
    expect(cut.length).toBeGreaterThan(0);
    const plan = await planColumnId(db, team);
    await moveCard(lead, firstId ?? "", plan, 1);
    await expect.poll(() => cardTitles(member, "Plan"), { timeout: 30_000 }).toEqual([first]);
    // Not only a catch-up after reconnecting: new changes arrive live again.
    await expect.poll(async () => db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'verbeterbord-realtime' AND datname = current_database()`.then((rows) => rows[0]?.n ?? 0)).toBeGreaterThan(0);
    await moveCard(lead, secondId ?? "", plan, 1);
    await expect.poll(() => cardTitles(member, "Plan")).toEqual([first, second]);
    await expectNotReloaded(member);
    await lead.close();
    await member.close();
  });
});

test.describe("two app instances", () => {
  let second: AppServer | undefined;

  test.beforeAll(async () => {
    // A second production server (same build) on the same database as the first.
    second = await startAppServer({ port: await findFreePort(), databaseUrl: databaseUrlFor(demoPort) });
  });

  test.afterAll(async () => {
    await second?.stop();
  });

  test("a move through instance A appears in a browser on instance B, and presence crosses too", async ({ browser, createTeam, db }) => {
    if (!second) throw new Error("second instance did not start");
    const team = await createTeam();
    const title = unique("Over instanties");
    const [id] = await addCards(db, team, [title]);
    const lead = await signedIn(browser, team.lead.email);
    const member = await signedIn(browser, team.member.email);
    await lead.goto(`/teams/${team.slug}/board`);
    // Sessions are JWTs: the cookie from instance A signs the member in on instance B.
    await member.goto(`${second.url}/teams/${team.slug}/board`);
    await live(lead);
    await live(member);
    await markPage(member);
    await expect(member.getByTestId("presence")).toContainText(team.lead.name);
    await expect(lead.getByTestId("presence")).toContainText(team.member.name);

    await moveCard(lead, id ?? "", await planColumnId(db, team), 1);
    await expect.poll(() => cardTitles(member, "Plan")).toEqual([title]);
    await expectNotReloaded(member);
    expect(new URL(member.url()).port).toBe(String(second.port));
    await lead.close();
    await member.close();
  });
});
