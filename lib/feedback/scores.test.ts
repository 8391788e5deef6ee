import { describe, expect, it } from "vitest";
import { countNps, divideRounded, npsGroup, SMALL_SAMPLE, summariseAverage, summariseCsat, summariseNps } from "./scores";

const nps = (scores: number[]) => summariseNps(countNps(scores));
const repeat = (score: number, times: number) => Array.from({ length: times }, () => score);

describe("npsGroup", () => {
  it("puts 9–10 in promoters, 7–8 in passives and 0–6 in detractors", () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(["detractor", "detractor", "passive", "passive", "promoter", "promoter"]);
  });
});

describe("summariseNps", () => {
  it("has no score without answers, and no small-sample warning either", () => {
    expect(nps([])).toMatchObject({ answers: 0, score: null, promoterShare: null, detractorShare: null, smallSample: false });
  });

  it("gives 0 when everyone is a passive", () => {
    expect(nps(repeat(7, 20).concat(repeat(8, 20)))).toMatchObject({ answers: 40, score: 0, passiveShare: 100, promoterShare: 0 });
  });

  it("spans −100 to +100", () => {
    expect(nps(repeat(10, 5)).score).toBe(100);
    expect(nps(repeat(0, 5)).score).toBe(-100);
  });

  it("treats 0 and 6 alike and 9 and 10 alike", () => {
    expect(nps([0, 9]).score).toBe(nps([6, 10]).score);
  });

  it("gives 50/20 and 30/0 the same +30", () => {
    expect(nps([...repeat(10, 50), ...repeat(7, 30), ...repeat(3, 20)]).score).toBe(30);
    expect(nps([...repeat(9, 30), ...repeat(8, 70)]).score).toBe(30);
  });

  it("rounds the difference of the unrounded shares, half away from zero", () => {
    // 1 promoter of 3 (33.3 %) and 2 detractors (66.7 %): −33.3 → −33.
    expect(nps([10, 0, 0]).score).toBe(-33);
    // 2 of 3 promoters: +66.7 → +67.
    expect(nps([10, 10, 0]).score).toBe(33);
    expect(nps([10, 10, 8]).score).toBe(67);
    // +12.5 and −12.5 (1 promoter more or fewer than detractors among 8).
    expect(nps([10, 7, 7, 7, 7, 7, 7, 7]).score).toBe(13);
    expect(nps([0, 7, 7, 7, 7, 7, 7, 7]).score).toBe(-13);
    // −0.4 shows as 0, not −0.
    expect(Object.is(nps([...repeat(0, 1), ...repeat(7, 249)]).score, 0)).toBe(true);
  });

  it("warns below the small-sample threshold only", () => {
    expect(nps(repeat(9, SMALL_SAMPLE - 1)).smallSample).toBe(true);
    expect(nps(repeat(9, SMALL_SAMPLE)).smallSample).toBe(false);
  });
});

describe("summariseAverage (CES)", () => {
  it("has no average without answers", () => {
    expect(summariseAverage(0, 0)).toEqual({ answers: 0, average: null, smallSample: false });
  });

  it("rounds to one decimal, half up", () => {
    expect(summariseAverage(5 + 6, 2).average).toBe(5.5);
    expect(summariseAverage(1 + 2 + 2, 3).average).toBe(1.7);
    // 4.25 → 4.3 (exact, no floating-point 4.2499…).
    expect(summariseAverage(4 * 17, 16).average).toBe(4.3);
    expect(summariseAverage(7 * 3, 3).average).toBe(7);
  });
});

describe("summariseCsat", () => {
  it("reports the average and the share of 4s and 5s", () => {
    // 5, 4, 3, 2 → average 3.5, 50 % satisfied
    expect(summariseCsat(14, 4, 2)).toMatchObject({ average: 3.5, satisfiedShare: 50, answers: 4, smallSample: true });
    expect(summariseCsat(1 + 4 + 5, 3, 2).satisfiedShare).toBe(67);
  });

  it("has nothing to say without answers", () => {
    expect(summariseCsat(0, 0, 0)).toEqual({ answers: 0, average: null, satisfiedShare: null, smallSample: false });
  });
});

describe("divideRounded", () => {
  it("rounds halves away from zero", () => {
    expect([divideRounded(5, 2), divideRounded(-5, 2), divideRounded(1, 3), divideRounded(-2, 3)]).toEqual([3, -3, 0, -1]);
  });

  it("refuses a zero denominator", () => {
    expect(() => divideRounded(1, 0)).toThrow(RangeError);
  });
});
