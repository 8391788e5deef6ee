import type { CDPSession, Page } from "@playwright/test";
import { rankForSlot } from "../lib/board/rank";
import { expect, signIn, test, unique } from "./fixtures";

// Touch on the board: a long press picks a card up and a drag moves it; a quick swipe is a
// scroll, never a move. Real touch events through Chromium's input pipeline (DevTools
// protocol), as a finger on a tablet would send them.

test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

type Point = { x: number; y: number };

async function touch(session: CDPSession, type: "touchStart" | "touchMove" | "touchEnd", point?: Point) {
  await session.send("Input.dispatchTouchEvent", { type, touchPoints: point ? [{ x: point.x, y: point.y }] : [] });
}

/** Finger down, optionally held still, then moved in small steps to `to`, and lifted. */
async function swipe(page: Page, session: CDPSession, from: Point, to: Point, holdMs: number) {
  await touch(session, "touchStart", from);
  if (holdMs > 0) await page.waitForTimeout(holdMs);
  const steps = 16;
  for (let step = 1; step <= steps; step += 1) {
    await touch(session, "touchMove", { x: from.x + ((to.x - from.x) * step) / steps, y: from.y + ((to.y - from.y) * step) / steps });
    await page.waitForTimeout(16);
  }
  await touch(session, "touchEnd");
}

const column = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
const cardTitles = (page: Page, name: string) => column(page, name).getByRole("listitem").getByRole("heading").allTextContents();

async function centreOf(page: Page, title: string): Promise<Point> {
  const box = await page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, exact: true }) }).boundingBox();
  if (!box) throw new Error(`no card ${title}`);
  // Beside the title link, on the card itself.
  return { x: box.x + box.width - 40, y: box.y + box.height / 2 };
}

test("on a touch screen a long press drags a card to another column, and a quick swipe only scrolls the board", async ({ page, createTeam, db }) => {
  const team = await createTeam();
  const [first, second] = [unique("Aanraak een"), unique("Aanraak twee")];
  const idea = await db.column.findFirstOrThrow({ where: { teamId: team.id, stage: "IDEA" }, select: { id: true } });
  let rank: string | null = null;
  for (const title of [first, second]) {
    rank = rankForSlot({ before: rank, after: null });
    await db.improvement.create({ data: { organisationId: team.organisationId, teamId: team.id, columnId: idea.id, rank, title, submitterId: team.member.id } });
  }
  await signIn(page, team.lead.email);
  await page.goto(`/teams/${team.slug}/board`);
  await expect.poll(() => cardTitles(page, "Nieuw")).toEqual([first, second]);
  const session = await page.context().newCDPSession(page);

  // A long press, then a drag into Plan: the card moves.
  const planList = await column(page, "Plan").getByRole("list").boundingBox();
  if (!planList) throw new Error("no Plan column");
  await swipe(page, session, await centreOf(page, first), { x: planList.x + planList.width / 2, y: planList.y + 24 }, 450);
  await expect.poll(() => cardTitles(page, "Plan")).toEqual([first]);
  expect(await cardTitles(page, "Nieuw")).toEqual([second]);
  await expect(page.getByTestId("board").locator("[aria-busy=true]")).toHaveCount(0);

  // A quick horizontal swipe starting on a card: the board scrolls, nothing moves.
  const board = page.getByTestId("board");
  const scrolledBefore = await board.evaluate((element) => element.scrollLeft);
  const start = await centreOf(page, second);
  await swipe(page, session, start, { x: start.x - 300, y: start.y }, 0);
  await expect.poll(() => board.evaluate((element) => element.scrollLeft)).toBeGreaterThan(scrolledBefore);
  expect(await cardTitles(page, "Nieuw")).toEqual([second]);
  expect(await cardTitles(page, "Plan")).toEqual([first]);

  await page.reload();
  await expect.poll(() => cardTitles(page, "Plan")).toEqual([first]);
  expect(await cardTitles(page, "Nieuw")).toEqual([second]);
});
