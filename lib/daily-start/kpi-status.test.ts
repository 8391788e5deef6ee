import { describe, expect, it } from "vitest";
import { kpiStatus } from "./kpi-status";

describe("kpiStatus", () => {
  describe("higher is better (target 90 %)", () => {
    const status = (value: number | null) => kpiStatus({ value, target: 90, direction: "HIGHER_IS_BETTER" });
    it("is green on or above the target", () => {
      expect(status(90)).toBe("green");
      expect(status(97.5)).toBe("green");
    });
    it("is amber within 10 % of the target below it", () => {
      expect(status(89.99)).toBe("amber");
      expect(status(81)).toBe("amber");
    });
    it("is red further below", () => {
      expect(status(80.99)).toBe("red");
      expect(status(0)).toBe("red");
    });
  });

  describe("lower is better (target 2 minutes)", () => {
    const status = (value: number) => kpiStatus({ value, target: 2, direction: "LOWER_IS_BETTER" });
    it("is green on or below the target", () => {
      expect(status(2)).toBe("green");
      expect(status(0.5)).toBe("green");
    });
    it("is amber within 10 % above the target", () => {
      expect(status(2.1)).toBe("amber");
      expect(status(2.2)).toBe("amber");
    });
    it("is red further above", () => {
      expect(status(2.21)).toBe("red");
      expect(status(12)).toBe("red");
    });
  });

  it("has no colour without a value or without a target", () => {
    expect(kpiStatus({ value: null, target: 90, direction: "HIGHER_IS_BETTER" })).toBe("none");
    expect(kpiStatus({ value: undefined, target: 90, direction: "HIGHER_IS_BETTER" })).toBe("none");
    expect(kpiStatus({ value: 12, target: null, direction: "LOWER_IS_BETTER" })).toBe("none");
    expect(kpiStatus({ value: Number.NaN, target: 1, direction: "LOWER_IS_BETTER" })).toBe("none");
  });

  it("has no amber band around a target of 0", () => {
    expect(kpiStatus({ value: 0, target: 0, direction: "LOWER_IS_BETTER" })).toBe("green");
    expect(kpiStatus({ value: 1, target: 0, direction: "LOWER_IS_BETTER" })).toBe("red");
    expect(kpiStatus({ value: 0.01, target: 0, direction: "LOWER_IS_BETTER" })).toBe("red");
  });

  it("measures the band from the size of a negative target", () => {
    // e.g. a margin target of −10: higher is better, amber down to −11.
    expect(kpiStatus({ value: -10.5, target: -10, direction: "HIGHER_IS_BETTER" })).toBe("amber");
    expect(kpiStatus({ value: -11.5, target: -10, direction: "HIGHER_IS_BETTER" })).toBe("red");
  });

  it("takes a tolerance of its own", () => {
    expect(kpiStatus({ value: 75, target: 100, direction: "HIGHER_IS_BETTER", tolerance: 0.25 })).toBe("amber");
    expect(kpiStatus({ value: 75, target: 100, direction: "HIGHER_IS_BETTER" })).toBe("red");
  });
});
