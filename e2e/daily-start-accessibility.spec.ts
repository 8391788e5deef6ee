import { demo, expect, signIn, test } from "./fixtures";
import { seriousViolations } from "./support/axe";

// The daily start's other pages (the main page is in accessibility.spec.ts): no serious or
// critical axe violations, in the demo data (which has history and a record to catch up on).

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
  // Opening a record marks it read (a server action, then a refresh that swaps the <title>):
  // let that finish, or axe may look in the instant between the old title and the new one.
  if (await page.getByTestId("read-status").count()) await expect(page.getByTestId("read-status")).toHaveAttribute("data-state", "read");
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveTitle(/^Dagstart Klantenservice, \d+ \w+/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/teams/klantenservice/daily-start/present");
  await expect(page.getByTestId("presentation")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
