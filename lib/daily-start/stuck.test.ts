import { describe, expect, it } from "vitest";
import { DAY_MS } from "./days";
import { daysSince, isStuck, lastMovement, type StuckCandidate } from "./stuck";

const now = new Date("2026-11-24T08:30:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

function card(overrides: Partial<StuckCandidate> = {}): StuckCandidate {
  return { stage: "DO", status: "ACTIVE", stageEnteredAt: daysAgo(8), updatedAt: daysAgo(8), ...overrides };
}

describe("isStuck", () => {
  it("flags a running card without movement for more than 5 days by default", () => {
    expect(isStuck(card(), now)).toBe(true);
    expect(isStuck(card({ stageEnteredAt: daysAgo(5.01), updatedAt: daysAgo(5.01) }), now)).toBe(true);
  });

  it("does not flag a card at exactly the limit or younger", () => {
    expect(isStuck(card({ stageEnteredAt: daysAgo(5), updatedAt: daysAgo(5) }), now)).toBe(false);
    expect(isStuck(card({ stageEnteredAt: daysAgo(2), updatedAt: daysAgo(2) }), now)).toBe(false);
  });

  it("counts any change to the card as movement, not only a stage change", () => {
    expect(isStuck(card({ stageEnteredAt: daysAgo(20), updatedAt: daysAgo(1) }), now)).toBe(false);
  });

  it("applies to every stage from Plan to Act, and to none other", () => {
    for (const stage of ["PLAN", "DO", "CHECK", "ACT"] as const) expect(isStuck(card({ stage }), now)).toBe(true);
    for (const stage of ["IDEA", "DONE"] as const) expect(isStuck(card({ stage }), now)).toBe(false);
  });

  it("ignores parked and rejected cards", () => {
    expect(isStuck(card({ status: "PARKED" }), now)).toBe(false);
    expect(isStuck(card({ status: "REJECTED" }), now)).toBe(false);
  });

  it("follows the team's own number of days", () => {
    expect(isStuck(card({ stageEnteredAt: daysAgo(3), updatedAt: daysAgo(3) }), now, 2)).toBe(true);
    expect(isStuck(card(), now, 10)).toBe(false);
  });
});

describe("lastMovement and daysSince", () => {
  it("takes the later of stage entry and last change", () => {
    expect(lastMovement({ stageEnteredAt: daysAgo(3), updatedAt: daysAgo(1) })).toEqual(daysAgo(1));
    expect(lastMovement({ stageEnteredAt: daysAgo(1), updatedAt: daysAgo(3) })).toEqual(daysAgo(1));
  });

  it("counts whole days, never below zero", () => {
    expect(daysSince(daysAgo(6.9), now)).toBe(6);
    expect(daysSince(new Date(now.getTime() + 1000), now)).toBe(0);
  });
});
