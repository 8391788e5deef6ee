import { describe, expect, it } from "vitest";
import { dateToDay, dayToDate, periodRange, todayInAmsterdam } from "./dates";

describe("todayInAmsterdam", () => {
  it("takes the day in Amsterdam, not in UTC", () => {
    expect(todayInAmsterdam(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04-01");
    expect(todayInAmsterdam(new Date("2026-12-31T12:00:00Z"))).toBe("2026-12-31");
  });
});

describe("periodRange", () => {
  it("covers this month, last month and the last three months, across a year boundary", () => {
    expect(periodRange("thisMonth", "2026-02-14")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(periodRange("lastMonth", "2026-01-10")).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(periodRange("last3Months", "2026-02-14")).toEqual({ from: "2025-12-01", to: "2026-02-28" });
    expect(periodRange("thisYear", "2024-02-29")).toEqual({ from: "2024-01-01", to: "2024-12-31" });
  });
});

describe("day columns", () => {
  it("round-trips a day through the stored Date", () => {
    expect(dateToDay(dayToDate("2026-11-23"))).toBe("2026-11-23");
  });
});
