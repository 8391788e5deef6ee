import { describe, expect, it } from "vitest";
import { dayOf } from "./days";
import { createKpiSchema, enterKpiValueSchema, kpiDayIssue, parseDecimal } from "./schemas";

describe("parseDecimal", () => {
  it("reads Dutch and English ways of writing a number", () => {
    expect(parseDecimal("92,5")).toBe(92.5);
    expect(parseDecimal("92.5")).toBe(92.5);
    expect(parseDecimal("1.250")).toBe(1250);
    expect(parseDecimal("1.250,75")).toBe(1250.75);
    expect(parseDecimal("\u22123")).toBe(-3);
    expect(parseDecimal("95 %")).toBe(95);
    expect(parseDecimal("")).toBeNull();
  });

  it("leaves what is no number as it is, so the field gets a message", () => {
    expect(parseDecimal("veel")).toBe("veel");
    expect(parseDecimal("1,2,3")).toBe("1,2,3");
  });
});

describe("enterKpiValueSchema", () => {
  const kpiId = "0b6f1c1e-8f0a-4a55-9b39-5e2c3f3f9a11";
  const today = dayOf(new Date());

  it("accepts a value for today and an empty value (clearing it)", () => {
    expect(enterKpiValueSchema.parse({ kpiId, day: today, value: "87,5" }).value).toBe(87.5);
    expect(enterKpiValueSchema.parse({ kpiId, day: today, value: "" }).value).toBeNull();
  });

  it("names the field on a word, three decimals or a future day", () => {
    const issues = (input: object) => enterKpiValueSchema.safeParse({ kpiId, day: today, ...input }).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues({ value: "veel" })).toEqual([["value", "validation.number"]]);
    expect(issues({ value: "1,234" })).toEqual([["value", "dailyStart.validation.decimals"]]);
    expect(issues({ value: "1", day: "2999-01-01" })).toEqual([["day", "validation.dateInFuture"]]);
    expect(issues({ value: "1", day: "31-12-2026" })).toEqual([["day", "validation.date"]]);
  });
});

describe("kpiDayIssue", () => {
  it("allows up to 60 days back", () => {
    expect(kpiDayIssue("2026-11-24", "2026-11-24")).toBeNull();
    expect(kpiDayIssue("2026-09-25", "2026-11-24")).toBeNull();
    expect(kpiDayIssue("2026-09-24", "2026-11-24")).toBe("dailyStart.validation.dayTooOld");
    expect(kpiDayIssue("2026-11-25", "2026-11-24")).toBe("validation.dateInFuture");
  });
});

describe("createKpiSchema", () => {
  it("needs a name and a direction; the target and unit may stay empty", () => {
    const teamId = "0b6f1c1e-8f0a-4a55-9b39-5e2c3f3f9a11";
    expect(createKpiSchema.parse({ teamId, name: "Wachttijd", unit: "", target: "", direction: "LOWER_IS_BETTER" })).toEqual({
      teamId,
      name: "Wachttijd",
      unit: "",
      target: null,
      direction: "LOWER_IS_BETTER",
    });
    const result = createKpiSchema.safeParse({ teamId, name: " ", target: "x", direction: "" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["name", "target", "direction"]);
  });
});
