import { emptyPort } from "../playwright.config";
import { expect, test } from "./fixtures";

// Runs against the second server, whose database has no organisation yet.
test.use({ baseURL: `http://localhost:${emptyPort}` });

test("the first visitor creates the organisation, becomes its admin, and sign-up then closes", async ({ page, browser }) => {
  await page.goto("/login");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Verbeterbord inrichten" })).toBeVisible();

  // Bad input keeps what was typed and names the fields.
  await page.getByLabel("Naam van de organisatie").fill("Bakkerij Jansen");
  await page.getByLabel("Naam van je eerste team").fill("Winkel");
  await page.getByLabel("Je naam").fill("Ilse Jansen");
  await page.getByLabel("E-mailadres").fill("ilse@bakkerij.test");
  await page.getByLabel("Wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(page.getByText("Kies een wachtwoord van minstens 10 tekens.")).toBeVisible();
  await expect(page.getByLabel("Naam van de organisatie")).toHaveValue("Bakkerij Jansen");

  await page.getByLabel("Wachtwoord").fill("lekker-brood-123");
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(page.getByRole("heading", { name: "Welkom, Ilse Jansen" })).toBeVisible();
  await expect(page.getByText("Jouw rol: Beheerder")).toBeVisible();
  await expect(page.getByRole("main").getByText("Winkel", { exact: true })).toBeVisible();

  // From now on there is no open sign-up: a new visitor is sent to sign in.
  const visitor = await browser.newPage({ baseURL: `http://localhost:${emptyPort}` });
  await visitor.goto("/setup");
  await expect(visitor).toHaveURL(/\/login$/);
  await visitor.close();
});
