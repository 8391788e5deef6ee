import { demo, expect, signIn, test } from "./fixtures";
import { seriousViolations } from "./support/axe";

// The main pages, as the people who use them see them: no serious or critical axe violations.

test("the sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

const pages = [
  { path: "/", heading: /Welkom/ },
  { path: "/teams/klantenservice/board", heading: /Klantenservice/ },
  { path: "/teams/klantenservice/daily-start", heading: /Dagstart/ },
  { path: "/successes", heading: /Successen/ },
  { path: "/feedback", heading: /Klantfeedback/ },
  { path: "/reports/customer-expectations", heading: /Klantverwachtingen/ },
  { path: "/settings", heading: /Organisatie/ },
  { path: "/settings/people", heading: /Mensen/ },
  { path: "/settings/teams", heading: /Teams/ },
];

for (const { path, heading } of pages) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await signIn(page, path.includes("daily-start") ? demo.lead : demo.admin);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading }).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
