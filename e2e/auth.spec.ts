import { demo, demoPassword, expect, signIn, test } from "./fixtures";

test.describe("sign-in", () => {
  test("a team member signs in with the form and lands on the overview", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("E-mailadres").fill(demo.member);
    await page.getByLabel("Wachtwoord").fill(demoPassword);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("heading", { name: /Welkom, Daan Jansen/ })).toBeVisible();
  });

  test("a wrong password gets one message that does not say which part was wrong", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(demo.sales);
    await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar")).toBeVisible();
    // What was typed stays, except the password.
    await expect(page.getByLabel("E-mailadres")).toHaveValue(demo.sales);
    await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
    await expect(page).toHaveURL(/\/login/);
  });

  test("repeated failures for one account are throttled, even with the right password", async ({ page, createPerson }) => {
    const person = await createPerson({ role: "MEMBER" });
    await page.goto("/login");
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await page.getByLabel("E-mailadres").fill(person.email);
      await page.getByLabel("Wachtwoord").fill(`fout-${attempt}`);
      await page.getByRole("button", { name: "Inloggen" }).click();
      // The same message repeats; the emptied password field shows this attempt was answered.
      await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
      await expect(page.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar")).toBeVisible();
    }
    await page.getByLabel("Wachtwoord").fill(demoPassword);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText(/Te veel mislukte pogingen/)).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("sign-out ends the session", async ({ page }) => {
    await signIn(page, demo.member);
    await page.goto("/");
    await page.getByRole("button", { name: /Menu van Daan Jansen/ }).click();
    await page.getByRole("menuitem", { name: "Uitloggen" }).click();
    await expect(page.getByText("Je bent uitgelogd.")).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("navigation per role", () => {
  const cases = [
    { email: demo.admin, name: "Anouk Willems", visible: ["Overzicht", "Instellingen"], hidden: [] as string[] },
    { email: demo.lead, name: "Sanne de Vries", visible: ["Overzicht", "Instellingen"], hidden: [] as string[] },
    { email: demo.member, name: "Daan Jansen", visible: ["Overzicht"], hidden: ["Instellingen", "Klantverwachtingen"] },
    { email: demo.sales, name: "Ruben Smit", visible: ["Overzicht"], hidden: ["Instellingen", "Verbeterbord"] },
  ];
  for (const { email, name, visible, hidden } of cases) {
    test(`${email} sees the navigation of their role`, async ({ page }) => {
      await signIn(page, email);
      await page.goto("/");
      await expect(page.getByRole("heading", { name: `Welkom, ${name}` })).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
      for (const label of visible) await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
      for (const label of hidden) await expect(nav.getByRole("link", { name: label, exact: true })).toHaveCount(0);
    });
  }
});

test("the language choice is stored with the person and survives a new session", async ({ browser, createPerson }) => {
  const person = await createPerson({ role: "MEMBER" });
  const first = await browser.newPage();
  await signIn(first, person.email);
  await first.goto("/");
  await first.getByRole("button", { name: `Menu van ${person.name}` }).click();
  await first.getByRole("menuitemradio", { name: "English" }).click();
  await expect(first.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
  await first.context().close();

  // A fresh browser context has no cookies: the choice comes from the account.
  const second = await browser.newPage();
  await signIn(second, person.email);
  await second.goto("/");
  await expect(second.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
  await expect(second.locator("html")).toHaveAttribute("lang", "en");
  await second.context().close();
});
