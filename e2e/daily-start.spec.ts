import type { Page } from "@playwright/test";
import { expect, signIn, test, unique } from "./fixtures";

// The team lead's 10-minute stand-up, end to end: each test makes its own team (with a lead and
// a member) so tests never share a daily start.

function amsterdamToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

/** Types into an item form (announcement, note, bottleneck, decision) and submits it. */
async function addItem(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label).fill(text);
  await page.locator("form").filter({ has: page.getByLabel(label) }).getByRole("button", { name: "Toevoegen" }).click();
}

async function next(page: Page, section: string): Promise<void> {
  await page.getByRole("button", { name: `Volgende: ${section}` }).first().click();
  await expect(page.locator("section[data-current=true]").getByRole("heading", { level: 2 })).toHaveText(section);
}

test.describe("daily start", () => {
  test("a lead runs a full daily start; the absent member catches up", async ({ page, browser, createTeam }) => {
    test.setTimeout(120_000);
    const team = await createTeam();
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/daily-start`);
    await expect(page.getByRole("heading", { level: 1, name: `Dagstart ${team.name}` })).toBeVisible();

    // Start: the timer runs from the stored start on every screen.
    await page.getByRole("button", { name: "Dagstart beginnen" }).click();
    await expect(page.getByTestId("daily-start-timer").first()).toHaveAttribute("data-tone", "running");

    // 1. Attendance: the lead is here, the member is not.
    await page.getByRole("group", { name: `Bezetting van ${team.lead.name}` }).getByRole("button", { name: "Aanwezig" }).click();
    await page.getByRole("group", { name: `Bezetting van ${team.member.name}` }).getByRole("button", { name: "Afwezig" }).click();
    await expect(page.getByTestId("attendance-summary")).toHaveText("1 aanwezig · 0 op afstand · 1 afwezig · 0 niet gemarkeerd");

    // 2. An announcement.
    await next(page, "Mededelingen");
    const announcement = unique("Nieuwe telefooncentrale vanaf maandag");
    await addItem(page, "Nieuwe mededeling", announcement);
    await expect(page.getByRole("list", { name: "Mededelingen" }).getByText(announcement)).toBeVisible();

    // 3. Looking back: log a compliment through the quick action; it shows in the look back.
    await next(page, "Terugblik");
    const compliment = unique("Wat fijn dat mijn retour zo snel geregeld was");
    await page.getByRole("button", { name: "Klacht of compliment" }).click();
    const dialog = page.getByRole("dialog", { name: "Klacht of compliment vastleggen" });
    await dialog.getByLabel("Compliment").check();
    await dialog.getByLabel("Wat zei de klant?").fill(compliment);
    await dialog.getByRole("button", { name: "Vastleggen" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("look-back-feedback").getByText(compliment)).toBeVisible();

    // 4. Today: define a KPI, enter today's value and see its colour; a bottleneck becomes a suggestion.
    await next(page, "Vandaag");
    await page.getByRole("button", { name: "KPI's beheren" }).click();
    const manager = page.getByRole("dialog", { name: "KPI's van het team" });
    await manager.getByLabel("Naam").fill("Bereikbaarheid telefoon");
    await manager.getByLabel("Eenheid (optioneel)").fill("%");
    await manager.getByLabel("Doel (optioneel)").fill("90");
    await manager.getByLabel("Wat is beter?").selectOption("HIGHER_IS_BETTER");
    await manager.getByRole("button", { name: "KPI toevoegen" }).click();
    await expect(manager.getByText("Bereikbaarheid telefoon")).toBeVisible();
    await manager.getByRole("button", { name: "Sluiten" }).first().click();

    const kpi = page.getByRole("article", { name: "Bereikbaarheid telefoon" });
    // A word is refused with a message at the field, and what was typed stays.
    await kpi.getByLabel("Waarde Bereikbaarheid telefoon").fill("veel");
    await kpi.getByRole("button", { name: "Opslaan" }).click();
    await expect(kpi.getByText("Vul een getal in.")).toBeVisible();
    await expect(kpi.getByLabel("Waarde Bereikbaarheid telefoon")).toHaveValue("veel");
    await kpi.getByLabel("Waarde Bereikbaarheid telefoon").fill("85,5");
    await kpi.getByRole("button", { name: "Opslaan" }).click();
    await expect(kpi).toHaveAttribute("data-status", "amber");
    await expect(kpi.getByTestId("kpi-status")).toHaveText("Net naast doel");
    await expect(kpi.getByTestId("kpi-value")).toHaveText("85,5%");
    await kpi.getByLabel("Waarde Bereikbaarheid telefoon").fill("93");
    await kpi.getByRole("button", { name: "Opslaan" }).click();
    await expect(kpi).toHaveAttribute("data-status", "green");
    await expect(kpi.getByTestId("kpi-status")).toHaveText("Op doel");

    const bottleneck = unique("Printer op de eerste verdieping is stuk");
    await page.getByLabel("Nieuw knelpunt").fill(bottleneck);
    await page.getByLabel("Nieuw knelpunt").press("Enter");
    const bottlenecks = page.getByRole("list", { name: "Knelpunten" });
    await expect(bottlenecks.getByText(bottleneck)).toBeVisible();
    await bottlenecks.getByRole("button", { name: `Maak een verbetervoorstel van: ${bottleneck}` }).click();
    await expect(bottlenecks.getByRole("link", { name: "Op het bord" })).toBeVisible();

    // 5. Improvement actions, then finish.
    await next(page, "Verbeteracties");
    await page.getByRole("button", { name: "Afronden" }).first().click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Afronden en bewaren" }).click();
    await expect(page.getByText(/De dagstart van vandaag is om .* afgerond/)).toBeVisible();
    await expect(page.getByTestId("daily-start-timer").first()).toHaveAttribute("data-tone", "finished");

    // The suggestion is on the team's board.
    await page.goto(`/teams/${team.slug}/board`);
    await expect(page.getByText(bottleneck).first()).toBeVisible();

    // The history shows it, read by the lead (who was there).
    await page.goto(`/teams/${team.slug}/daily-start/history`);
    const entry = page.getByRole("link").filter({ hasText: "1 aanwezig, 1 afwezig" });
    await expect(entry).toBeVisible();
    await expect(entry.getByTestId("unread-badge")).toHaveCount(0);

    // The absent member finds it unread until they open it.
    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    await signIn(member, team.member.email);
    await member.goto("/");
    // The main navigation tells them on every page.
    const navigation = member.getByRole("navigation", { name: "Hoofdnavigatie" });
    await expect(navigation.getByRole("link", { name: "Dagstart (1 gemiste dagstart nog niet gelezen)" })).toBeVisible();
    await member.goto(`/teams/${team.slug}/daily-start`);
    await expect(member.getByTestId("catch-up")).toBeVisible();
    await member.goto(`/teams/${team.slug}/daily-start/history`);
    const unread = member.getByRole("link").filter({ hasText: "1 aanwezig, 1 afwezig" });
    await expect(unread.getByTestId("unread-badge")).toHaveText("Ongelezen");
    await unread.click();
    await expect(member.getByText(announcement)).toBeVisible();
    await expect(member.getByRole("list", { name: "Knelpunten" }).getByText(bottleneck)).toBeVisible();
    // The look back of the record lists the suggestion the bottleneck became.
    await expect(member.getByRole("link", { name: bottleneck })).toBeVisible();
    await expect(member.getByTestId("read-status")).toHaveAttribute("data-state", "read");
    await expect(navigation.getByRole("link", { name: "Dagstart", exact: true })).toBeVisible();
    await expect(member.getByTestId("nav-badge")).toHaveCount(0);
    await member.getByRole("link", { name: "Terug naar eerdere dagstarts" }).click();
    await expect(member.getByRole("link").filter({ hasText: "1 aanwezig, 1 afwezig" })).toBeVisible();
    await expect(member.getByTestId("unread-badge")).toHaveCount(0);
    await member.goto(`/teams/${team.slug}/daily-start`);
    await expect(member.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(member.getByTestId("catch-up")).toHaveCount(0);
    await memberContext.close();
  });

  test("members follow and contribute, but only the lead runs it", async ({ page, createTeam }) => {
    const team = await createTeam();
    await signIn(page, team.member.email);
    await page.goto(`/teams/${team.slug}/daily-start`);
    await expect(page.getByText("De dagstart is nog niet begonnen.", { exact: false })).toBeVisible();
    await expect(page.getByRole("button", { name: "Dagstart beginnen" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "KPI's beheren" })).toHaveCount(0);
    await expect(page.getByLabel("Nieuwe mededeling")).toHaveCount(0);
    // An empty bottleneck is refused at the field; a real one is added before the stand-up.
    await page.locator("form").filter({ has: page.getByLabel("Nieuw knelpunt") }).getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByText("Vul dit veld in.")).toBeVisible();
    const bottleneck = unique("Scanner 3 valt steeds uit");
    await page.getByLabel("Nieuw knelpunt").fill(bottleneck);
    await page.getByLabel("Nieuw knelpunt").press("Enter");
    await expect(page.getByRole("list", { name: "Knelpunten" }).getByText(bottleneck)).toBeVisible();
  });

  test("a member following from elsewhere sees what the lead adds, without reloading", async ({ page, browser, createTeam }) => {
    const team = await createTeam();
    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    await signIn(member, team.member.email);
    await member.goto(`/teams/${team.slug}/daily-start`);
    await expect(member.getByTestId("daily-start-timer")).toHaveAttribute("data-tone", "idle");
    await expect(member.getByTestId("live-updates").first()).toHaveAttribute("data-live-status", "live");

    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/daily-start`);
    await page.getByRole("button", { name: "Dagstart beginnen" }).click();
    await expect(member.getByTestId("daily-start-timer")).toHaveAttribute("data-tone", "running");
    await next(page, "Mededelingen");
    const announcement = unique("Audit op donderdag");
    await addItem(page, "Nieuwe mededeling", announcement);
    await expect(member.getByRole("list", { name: "Mededelingen" }).getByText(announcement)).toBeVisible();
    await expect(member.locator("section[data-current=true]").getByRole("heading", { level: 2 })).toHaveText("Mededelingen");
    await memberContext.close();
  });

  test("another organisation cannot open the page", async ({ page, createTeam, createOtherOrganisation }) => {
    const team = await createTeam();
    const other = await createOtherOrganisation();
    await signIn(page, other.admin.email);
    const response = await page.goto(`/teams/${team.slug}/daily-start`);
    expect(response?.status()).toBe(404);
    expect((await page.goto(`/teams/${team.slug}/daily-start/present`))?.status()).toBe(404);
    expect((await page.goto(`/teams/${team.slug}/daily-start/history`))?.status()).toBe(404);
  });

  test("presentation mode fits a 1920×1080 screen in every step, with customer names hidden", async ({ page, createTeam, createPerson, db }) => {
    test.setTimeout(90_000);
    const team = await createTeam();
    // A typical team: eight people, four KPIs with two weeks of values, a few of everything.
    for (let index = 0; index < 6; index += 1) {
      const person = await createPerson({ role: "MEMBER", name: unique("Collega") });
      await db.teamMembership.create({ data: { teamId: team.id, userId: person.id, role: "MEMBER" } });
    }
    const today = amsterdamToday();
    const day = (offset: number) => new Date(new Date(`${today}T00:00:00Z`).getTime() - offset * 86_400_000);
    const kpis = [
      { name: "Bereikbaarheid telefoon", unit: "%", target: 90, direction: "HIGHER_IS_BETTER" as const, base: 86 },
      { name: "Gemiddelde wachttijd", unit: "min", target: 2, direction: "LOWER_IS_BETTER" as const, base: 2.4 },
      { name: "Klachten binnen 24 uur afgehandeld", unit: "%", target: 95, direction: "HIGHER_IS_BETTER" as const, base: 94 },
      { name: "Open tickets", unit: "tickets", target: 40, direction: "LOWER_IS_BETTER" as const, base: 45 },
    ];
    for (const [position, kpi] of kpis.entries()) {
      await db.kpi.create({
        data: {
          organisationId: team.organisationId,
          teamId: team.id,
          name: kpi.name,
          unit: kpi.unit,
          target: kpi.target,
          direction: kpi.direction,
          position,
          values: { create: Array.from({ length: 14 }, (_, offset) => ({ organisationId: team.organisationId, day: day(offset), value: kpi.base + ((offset * 7) % 5) - 2 })) },
        },
      });
    }
    const customer = unique("Mevrouw Verborgen");
    await db.feedback.create({
      data: { organisationId: team.organisationId, teamId: team.id, type: "COMPLIMENT", channel: "PHONE", receivedOn: day(0), text: "Heel vriendelijk geholpen", customerName: customer },
    });
    await db.feedback.create({
      data: { organisationId: team.organisationId, teamId: team.id, type: "COMPLAINT", channel: "EMAIL", receivedOn: day(0), text: "Pakket kwam twee dagen te laat", customerName: customer },
    });
    const idea = await db.column.findFirstOrThrow({ where: { teamId: team.id, stage: "IDEA" } });
    const doing = await db.column.findFirstOrThrow({ where: { teamId: team.id, stage: "DO" } });
    for (let index = 0; index < 5; index += 1) {
      await db.improvement.create({
        data: { organisationId: team.organisationId, teamId: team.id, columnId: idea.id, rank: `a${index}`, title: `Voorstel ${index + 1}: terugbelverzoeken samenvoegen op klantnummer` },
      });
      await db.improvement.create({
        data: {
          organisationId: team.organisationId,
          teamId: team.id,
          columnId: doing.id,
          rank: `a${index}`,
          title: `Verbetering ${index + 1}: wachttijd telefoon op maandagochtend omlaag`,
          stageEnteredAt: day(index * 2),
          updatedAt: day(index * 2),
        },
      });
    }

    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/daily-start`);
    await expect(page.getByTestId("look-back-feedback").getByText(customer).first()).toBeVisible();
    await page.getByRole("button", { name: "Dagstart beginnen" }).click();
    await expect(page.getByTestId("daily-start-timer").first()).toHaveAttribute("data-tone", "running");
    for (const [kind, text] of [
      ["Nieuwe mededeling", "Donderdag is de maandafsluiting: klachten graag vóór woensdag afhandelen."],
      ["Nieuwe mededeling", "Nieuwe collega draait deze week mee op de telefoon."],
      ["Nieuw knelpunt", "Twee collega's op training tussen 10 en 12 uur."],
      ["Nieuw knelpunt", "Grote mailing van marketing om 11 uur; verwacht meer vragen."],
      ["Wat ging goed?", "Alle terugbelverzoeken van gisteren zijn dezelfde dag gebeld."],
      ["Wat kan beter?", "De overdracht naar de avonddienst mist soms openstaande beloftes."],
    ] as const) {
      await addItem(page, kind, text);
      await expect(page.getByText(text)).toBeVisible();
    }

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/teams/${team.slug}/daily-start/present`);
    const presentation = page.getByTestId("presentation");
    await expect(presentation).toBeVisible();
    // No shell: the room's screen shows only the daily start.
    await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" })).toHaveCount(0);
    for (const section of ["Bezetting", "Mededelingen", "Terugblik", "Vandaag", "Verbeteracties"]) {
      await expect(presentation.locator("[aria-current=step]")).toContainText(section);
      const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
      expect(size, `${section} fits without scrolling`).toEqual({ width: 1920, height: 1080 });
      // The page itself cannot scroll, so also look inside: nothing may be cut off by a panel
      // that is too small for its content (clamped lines of long text excepted).
      const clipped = await presentation.getByTestId("presentation-body").evaluate((body) =>
        [body, ...body.querySelectorAll("*")]
          .filter((element) => {
            const style = getComputedStyle(element);
            const clips = ["hidden", "auto", "scroll", "clip"].includes(style.overflowY);
            const screenReaderOnly = style.position === "absolute" && element.clientHeight <= 1;
            return clips && !screenReaderOnly && style.webkitLineClamp === "none" && element.scrollHeight > element.clientHeight + 1;
          })
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 4).join(".")}: ${element.scrollHeight} > ${element.clientHeight}`),
      );
      expect(clipped, `${section}: nothing cut off`).toEqual([]);
      await expect(page.getByText(customer)).toHaveCount(0);
      // The feedback itself is shown; only who said it is not.
      if (section === "Terugblik") await expect(presentation.getByText("Heel vriendelijk geholpen")).toBeVisible();
      if (section !== "Verbeteracties") await page.keyboard.press("ArrowRight");
    }
  });
});
