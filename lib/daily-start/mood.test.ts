import { describe, expect, it } from "vitest";
import { summariseMood } from "./mood";

describe("summariseMood", () => {
  it("hides the average below three answers, but tells how many answered", () => {
    expect(summariseMood([])).toEqual({ count: 0, average: null });
    expect(summariseMood([5, 1])).toEqual({ count: 2, average: null });
  });

  it("shows the average, to one decimal, from three answers on", () => {
    expect(summariseMood([4, 4, 5])).toEqual({ count: 3, average: 4.3 });
    expect(summariseMood([1, 2, 3, 4, 5])).toEqual({ count: 5, average: 3 });
  });
});
