import { createHash, randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { demo, demoPassword, expect, signIn, test, unique } from "./fixtures";

// Organisation administration in a real browser: teams, invites, roles, columns, deactivation,
// refused links and cross-organisation checks.

/** The row of a person in a settings list, found by their (unique) email address. */
function personRow(page: Page, email: string) {
  return page.getByRole("listitem").filter({ hasText: email });
}

test.describe("organisation administration", () => {
  test("an admin invites someone to a new team; they join, lead it, change its columns, and are deactivated", async ({ page, browser, db }) => {
    // A long flow through two browsers: more time on a busy machine.
    test.slow();
    const teamName = unique("Binnendienst");
    const personName = unique("Noor Bakker");
    const email = `${personName.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@e2e.test`;
    const password = "een-lang-wachtwoord";

    // The admin creates a team (it gets the default board columns) and invites a new colleague to it.
    await signIn(page, demo.admin);
    await page.goto("/settings/teams");
    await page.getByLabel("Naam van het team").fill(teamName);
    await page.getByRole("button", { name: "Team aanmaken" }).click();
    await expect(page.getByText(`Team ${teamName} is aangemaakt.`)).toBeVisible();
    const team = await db.team.findFirstOrThrow({ where: { name: teamName }, select: { id: true, slug: true } });

    await page.goto("/settings/people");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Rol in de organisatie").selectOption("MEMBER");
    await page.getByLabel(teamName).selectOption("MEMBER");
    await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
    await expect(page.getByText(`Uitnodiging voor ${email} is klaar.`)).toBeVisible();
    const link = await page.getByLabel("Uitnodigingslink").inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole("region", { name: "Openstaande uitnodigingen" }).getByText(email)).toBeVisible();
    // Only a hash of the token is stored.
    const token = link.split("/invite/")[1]!;
    const stored = await db.invite.findFirstOrThrow({ where: { email }, select: { tokenHash: true } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));

    // The invitee accepts the link in their own browser and lands on the team's board.
    const invitee = await browser.newContext();
    const inviteePage = await invitee.newPage();
    await inviteePage.goto(link);
    await expect(inviteePage.getByRole("heading", { name: "Welkom bij Verbeterbord" })).toBeVisible();
    await expect(inviteePage.getByLabel("E-mailadres")).toHaveValue(email);
    await inviteePage.getByLabel("Je naam").fill(personName);
    await inviteePage.getByLabel("Taal", { exact: true }).selectOption("nl");
    await inviteePage.getByLabel("Wachtwoord", { exact: true }).fill(password);
    await inviteePage.getByLabel("Wachtwoord nog een keer").fill("iets-anders-dan-dat");
    await inviteePage.getByRole("button", { name: "Account aanmaken" }).click();
    // A mistake keeps what was typed (except passwords) and says what is wrong, at the field.
    await expect(inviteePage.getByText("De wachtwoorden zijn niet gelijk.")).toBeVisible();
    await expect(inviteePage.getByLabel("Je naam")).toHaveValue(personName);
    await inviteePage.getByLabel("Wachtwoord", { exact: true }).fill(password);
    await inviteePage.getByLabel("Wachtwoord nog een keer").fill(password);
    await inviteePage.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(inviteePage).toHaveURL(new RegExp(`/teams/${team.slug}/board$`));
    await expect(inviteePage.getByRole("region", { name: /^Nieuw/ })).toBeVisible();

    // The link is spent.
    const again = await browser.newContext();
    const againPage = await again.newPage();
    await againPage.goto(link);
    await expect(againPage.getByRole("heading", { name: "Deze link is al gebruikt" })).toBeVisible();
    await again.close();

    // The admin makes them team lead.
    await page.goto(`/settings/teams/${team.slug}`);
    await expect(personRow(page, email).getByText("Teamlid", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: `Maak ${personName} teamleider` }).click();
    await expect(personRow(page, email).getByText("Teamleider", { exact: true })).toBeVisible();

    // As lead they rename a column and give it a WIP limit.
    await inviteePage.goto("/settings");
    await inviteePage.getByRole("link", { name: "Leden en kolommen" }).first().click();
    await expect(inviteePage).toHaveURL(new RegExp(`/settings/teams/${team.slug}$`));
    const firstColumn = inviteePage.getByRole("group", { name: "Kolom Nieuw" });
    await firstColumn.getByLabel("Naam").fill("Binnengekomen");
    await firstColumn.getByLabel("WIP-limiet").fill("nul");
    await inviteePage.getByRole("button", { name: "Kolom Nieuw opslaan" }).click();
    await expect(firstColumn.getByText("Vul een heel getal in.")).toBeVisible();
    await expect(firstColumn.getByLabel("Naam")).toHaveValue("Binnengekomen");
    await firstColumn.getByLabel("WIP-limiet").fill("4");
    await inviteePage.getByRole("button", { name: "Kolom Nieuw opslaan" }).click();
    await expect(inviteePage.getByRole("group", { name: "Kolom Binnengekomen" })).toBeVisible();
    expect(await db.column.findFirst({ where: { teamId: team.id, stage: "IDEA" }, select: { name: true, wipLimit: true } })).toEqual({
      name: "Binnengekomen",
      wipLimit: 4,
    });
    await inviteePage.goto(`/teams/${team.slug}/board`);
    await expect(inviteePage.getByRole("region", { name: /^Binnengekomen/ })).toBeVisible();

    // The admin deactivates them: their session stops and they cannot sign in again.
    await page.goto("/settings/people");
    await page.getByRole("button", { name: `${personName} deactiveren` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Deactiveren" }).click();
    await expect(personRow(page, email).getByText("gedeactiveerd")).toBeVisible();

    await inviteePage.goto(`/teams/${team.slug}/board`);
    await expect(inviteePage).toHaveURL(/\/login/);
    await inviteePage.getByLabel("E-mailadres").fill(email);
    await inviteePage.getByLabel("Wachtwoord").fill(password);
    await inviteePage.getByRole("button", { name: "Inloggen" }).click();
    await expect(inviteePage.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar")).toBeVisible();
    await invitee.close();
  });

  test("an admin renames a team (its address stays), archives it (its board stays readable) and restores it", async ({ page, db }) => {
    const teamName = unique("Expeditie");
    await signIn(page, demo.admin);
    await page.goto("/settings/teams");
    await page.getByLabel("Naam van het team").fill(teamName);
    await page.getByRole("button", { name: "Team aanmaken" }).click();
    await expect(page.getByText(`Team ${teamName} is aangemaakt.`)).toBeVisible();
    const team = await db.team.findFirstOrThrow({ where: { name: teamName }, select: { slug: true } });

    // A name that is taken is refused at the field, and what was typed stays.
    await page.getByRole("button", { name: `Naam van ${teamName} wijzigen` }).click();
    await page.getByLabel(`Nieuwe naam voor ${teamName}`).fill("klantenservice");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Er is al een team met deze naam")).toBeVisible();
    await expect(page.getByLabel(`Nieuwe naam voor ${teamName}`)).toHaveValue("klantenservice");
    const renamed = `${teamName} & Retour`;
    await page.getByLabel(`Nieuwe naam voor ${teamName}`).fill(renamed);
    await page.getByRole("button", { name: "Opslaan" }).click();
    const row = page.getByRole("listitem").filter({ hasText: `/teams/${team.slug}` });
    await expect(row.getByText(renamed, { exact: true })).toBeVisible();

    await page.getByRole("button", { name: `${renamed} archiveren` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Archiveren" }).click();
    const archived = page.getByRole("region", { name: "Gearchiveerde teams" });
    await expect(archived.getByRole("button", { name: `${renamed} terugzetten` })).toBeVisible();
    await archived.getByRole("link", { name: `Bord van ${renamed} bekijken` }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${team.slug}/board$`));
    await expect(page.getByRole("heading", { name: `Verbeterbord ${renamed}` })).toBeVisible();
    await expect(page.getByText("Je kunt dit bord bekijken, maar niet wijzigen.")).toBeVisible();

    await page.goto("/settings/teams");
    await page.getByRole("button", { name: `${renamed} terugzetten` }).click();
    await expect(page.getByRole("region", { name: "Actieve teams" }).getByText(renamed, { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Gearchiveerde teams" })).toHaveCount(0);
  });

  test("an admin keeps the customer segments: add, refuse a duplicate, rename, archive", async ({ page }) => {
    const name = unique("Webwinkelklanten");
    await signIn(page, demo.admin);
    await page.goto("/settings/segments");
    const form = page.getByRole("region", { name: "Nieuw segment" });
    await form.getByLabel("Naam").fill(name);
    await form.getByLabel("Omschrijving").fill("Bestellen via de webshop");
    await form.getByRole("button", { name: "Segment toevoegen" }).click();
    const list = page.getByRole("region", { name: "Segmenten" });
    await expect(list.getByText(name, { exact: true })).toBeVisible();

    await form.getByLabel("Naam").fill(name);
    await form.getByRole("button", { name: "Segment toevoegen" }).click();
    await expect(form.getByText("Er bestaat al een segment met deze naam.")).toBeVisible();
    await expect(form.getByLabel("Naam")).toHaveValue(name);

    await list.getByRole("button", { name: `${name} bewerken` }).click();
    await list.getByLabel("Naam").fill(`${name} NL`);
    await list.getByRole("button", { name: "Opslaan" }).click();
    await expect(list.getByText(`${name} NL`, { exact: true })).toBeVisible();

    await list.getByRole("button", { name: `${name} NL archiveren` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Archiveren" }).click();
    await expect(list.getByRole("button", { name: `${name} NL terugzetten` })).toBeVisible();
  });

  test("an expired, revoked or unknown invite link is refused and says why", async ({ page, db }) => {
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: "Demo BV" }, select: { id: true } });
    const makeInvite = async (data: { expiresAt: Date; revokedAt?: Date }) => {
      const token = randomBytes(32).toString("base64url");
      await db.invite.create({
        data: { organisationId: organisation.id, email: `${unique("laat").replace(" ", ".")}@e2e.test`, tokenHash: createHash("sha256").update(token).digest("hex"), ...data },
      });
      return token;
    };

    await page.goto(`/invite/${await makeInvite({ expiresAt: new Date(Date.now() - 60_000) })}`);
    await expect(page.getByRole("heading", { name: "Deze link is verlopen" })).toBeVisible();
    await expect(page.getByText("Vraag je beheerder om een nieuwe uitnodiging.")).toBeVisible();
    await expect(page.getByLabel("Wachtwoord")).toHaveCount(0);

    await page.goto(`/invite/${await makeInvite({ expiresAt: new Date(Date.now() + 60_000), revokedAt: new Date() })}`);
    await expect(page.getByRole("heading", { name: "Deze uitnodiging is ingetrokken" })).toBeVisible();

    await page.goto(`/invite/${randomBytes(32).toString("base64url")}`);
    await expect(page.getByRole("heading", { name: "Deze link werkt niet" })).toBeVisible();
    await page.goto("/invite/kapot");
    await expect(page.getByRole("heading", { name: "Deze link werkt niet" })).toBeVisible();
  });

  test("the last admin cannot demote themself", async ({ page, createOtherOrganisation }) => {
    const other = await createOtherOrganisation();
    await signIn(page, other.admin.email);
    await page.goto("/settings/people");
    const role = page.getByLabel(`Rol van ${other.admin.name}`);
    await role.selectOption("MEMBER");
    await expect(page.getByText("Je bent de laatste actieve beheerder.").first()).toBeVisible();
    await expect(role).toHaveValue("ADMIN");
    await page.reload();
    await expect(page.getByLabel(`Rol van ${other.admin.name}`)).toHaveValue("ADMIN");
  });

  test("only admins and leads reach settings, and never another organisation's", async ({ page, createOtherOrganisation, createTeam }) => {
    const team = await createTeam();
    const other = await createOtherOrganisation();

    await signIn(page, other.admin.email);
    await page.goto(`/settings/teams/${team.slug}`);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
    await expect(page.getByText(team.lead.name)).toHaveCount(0);
    const exported = await page.request.get("/settings/export/organisation.json");
    expect(exported.status()).toBe(200);
    const body = await exported.text();
    expect(body).not.toContain(team.id);
    expect(body).not.toContain("Demo BV");
    expect(body).not.toMatch(/passwordHash|tokenHash/);

    await page.context().clearCookies();
    await signIn(page, team.member.email);
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
    expect((await page.request.get("/settings/export/people.csv")).status()).toBe(403);

    // A lead sees their own team's settings, not the organisation's.
    await page.context().clearCookies();
    await signIn(page, team.lead.email);
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Jouw teams" })).toBeVisible();
    await expect(page.getByRole("main").getByText(team.name, { exact: true })).toBeVisible();
    await page.goto("/settings/people");
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  });

  test("an admin downloads the organisation's data as JSON and CSV", async ({ page }) => {
    await signIn(page, demo.admin);
    await page.goto("/settings/export");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Alles downloaden (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^verbeterbord-demo-bv-export-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await (await page.request.get("/settings/export/organisation.json")).text()) as { tables: Record<string, { email?: string }[]> };
    expect(data.tables.User!.map((user) => user.email)).toContain(demo.lead);
    const csv = await (await page.request.get("/settings/export/people.csv")).text();
    expect(csv.split("\r\n")[0]).toBe("\uFEFFNaam;E-mailadres;Rol;Teams;Teamleider van;Taal;Actief;Aangemaakt op");
    expect(csv).toContain(demo.lead);
    expect(csv).not.toContain(demoPassword);
  });
});
