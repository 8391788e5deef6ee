import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { demo, expect, signIn, test } from "./fixtures";

// The daily start's other pages (the main page is in accessibility.spec.ts): no serious or
// critical axe violations, in the demo data (which has history and a record to catch up on).
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")) }));
}

test("the daily start's presentation, history and record have no serious accessibility violations", async ({ page }) => {
  await signIn(page, demo.member);
  await page.goto("/teams/klantenservice/daily-start");
  await expect(page.getByRole("heading", { level: 1, name: /Dagstart/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/teams/klantenservice/daily-start/history");
  await expect(page.getByRole("heading", { level: 1, name: /Eerdere dagstarts/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link").filter({ hasText: /aanwezig/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Dagstart Klantenservice van/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/teams/klantenservice/daily-start/present");
  await expect(page.getByTestId("presentation")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
