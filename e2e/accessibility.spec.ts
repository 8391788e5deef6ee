import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { demo, expect, signIn, test } from "./fixtures";

// DESIGN.md's bar: axe finds no serious or critical violations on the main pages.
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")) }));
}

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
