import { expect, type Page } from "@playwright/test";

/**
 * A keyboard move step on the board: presses `key` until the screen-reader announcement moves
 * from `stillAt` to `expected`. dnd-kit's keyboard sensor starts listening a moment after the
 * pick-up, so on a busy machine an arrow pressed at once can go unheard; a press that is heard
 * late shows on the next look and is not repeated.
 */
export async function pressUntilAnnounced(page: Page, key: string, stillAt: string, expected: string): Promise<void> {
  const region = page.locator('[id^="DndLiveRegion"]');
  await expect(async () => {
    if ((await region.textContent())?.includes(stillAt)) await page.keyboard.press(key);
    await expect(region).toContainText(expected, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}
