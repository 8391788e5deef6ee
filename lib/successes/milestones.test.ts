import { describe, expect, it } from "vitest";
import { isMilestone, lastMilestone, successesToNextMilestone } from "./milestones";

describe("milestones", () => {
  it("celebrates every fifth success of a team", () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10, 15].filter(isMilestone)).toEqual([5, 10, 15]);
    expect(isMilestone(0)).toBe(false);
  });

  it("counts down to the next milestone", () => {
    expect([0, 1, 4, 5, 6, 9].map(successesToNextMilestone)).toEqual([5, 4, 1, 5, 4, 1]);
  });

  it("names the last milestone reached", () => {
    expect([0, 4, 5, 9, 10, 12].map(lastMilestone)).toEqual([null, null, 5, 5, 10, 10]);
  });
});
