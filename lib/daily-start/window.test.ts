import { describe, expect, it } from "vitest";
import { isInWindow, lookBackWindow } from "./window";

const at = (iso: string) => new Date(iso);

describe("lookBackWindow", () => {
  const now = at("2026-11-24T08:30:00Z");

  it("starts where the team's previous finished daily start ended", () => {
    const window = lookBackWindow({
      finished: [
        { id: "monday", finishedAt: at("2026-11-23T08:41:00Z") },
        { id: "friday", finishedAt: at("2026-11-20T08:39:00Z") },
      ],
      now,
    });
    expect(window).toEqual({ from: at("2026-11-23T08:41:00Z"), to: now, previousId: "monday" });
  });

  it("looks back over the last 24 hours when the team has no earlier daily start", () => {
    expect(lookBackWindow({ finished: [], now })).toEqual({ from: at("2026-11-23T08:30:00Z"), to: now, previousId: null });
  });

  it("spans the whole weekend after a Friday daily start", () => {
    const monday = at("2026-11-23T08:30:00Z");
    const window = lookBackWindow({ finished: [{ id: "friday", finishedAt: at("2026-11-20T08:39:00Z") }], now: monday });
    expect(window.from).toEqual(at("2026-11-20T08:39:00Z"));
  });

  it("never takes the daily start being looked at as its own previous one", () => {
    const window = lookBackWindow({
      finished: [
        { id: "today", finishedAt: at("2026-11-24T08:25:00Z") },
        { id: "yesterday", finishedAt: at("2026-11-23T08:41:00Z") },
      ],
      currentId: "today",
      now,
    });
    expect(window.previousId).toBe("yesterday");
  });

  it("for a daily start in the history, ends at its finish and ignores later ones", () => {
    const window = lookBackWindow({
      finished: [
        { id: "wednesday", finishedAt: at("2026-11-25T08:40:00Z") },
        { id: "tuesday", finishedAt: at("2026-11-24T08:40:00Z") },
        { id: "monday", finishedAt: at("2026-11-23T08:41:00Z") },
      ],
      currentId: "tuesday",
      now: at("2026-11-24T08:40:00Z"),
    });
    expect(window).toEqual({ from: at("2026-11-23T08:41:00Z"), to: at("2026-11-24T08:40:00Z"), previousId: "monday" });
  });

  it("falls back to 24 hours when the only earlier record lies in the future (clock skew)", () => {
    const window = lookBackWindow({ finished: [{ id: "odd", finishedAt: at("2026-11-24T09:00:00Z") }], now });
    expect(window.previousId).toBeNull();
  });
});

describe("isInWindow", () => {
  const window = { from: at("2026-11-23T08:41:00Z"), to: at("2026-11-24T08:30:00Z") };
  it("excludes what happened during or before the previous daily start, includes up to now", () => {
    expect(isInWindow(window, at("2026-11-23T08:41:00Z"))).toBe(false);
    expect(isInWindow(window, at("2026-11-23T08:41:01Z"))).toBe(true);
    expect(isInWindow(window, at("2026-11-24T08:30:00Z"))).toBe(true);
    expect(isInWindow(window, at("2026-11-24T08:30:01Z"))).toBe(false);
  });
});
