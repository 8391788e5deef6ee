import { describe, expect, it } from "vitest";
import { formatClock, timerState } from "./timer";

const start = new Date("2026-11-24T08:30:00Z");
const after = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe("timerState", () => {
  it("is idle until the lead starts", () => {
    expect(timerState({ startedAt: null, finishedAt: null, now: after(3) })).toMatchObject({ tone: "idle", remainingMs: 600_000 });
  });

  it("counts down the 10 minutes from the stored start", () => {
    expect(timerState({ startedAt: start, finishedAt: null, now: after(4) })).toEqual({ tone: "running", elapsedMs: 240_000, remainingMs: 360_000 });
    expect(timerState({ startedAt: start, finishedAt: null, now: after(10) }).tone).toBe("running");
  });

  it("turns amber past 10 minutes and red from 15", () => {
    expect(timerState({ startedAt: start, finishedAt: null, now: after(10.02) }).tone).toBe("over");
    expect(timerState({ startedAt: start, finishedAt: null, now: after(15) }).tone).toBe("late");
  });

  it("stops at the finish", () => {
    expect(timerState({ startedAt: start, finishedAt: after(9), now: after(60) })).toEqual({ tone: "finished", elapsedMs: 540_000, remainingMs: 60_000 });
  });

  it("never shows negative elapsed time when a clock runs behind", () => {
    expect(timerState({ startedAt: start, finishedAt: null, now: after(-1) }).elapsedMs).toBe(0);
  });
});

describe("formatClock", () => {
  it("shows minutes and seconds, and a plus once over", () => {
    expect(formatClock(600_000)).toBe("10:00");
    expect(formatClock(599_200)).toBe("10:00");
    expect(formatClock(61_000)).toBe("01:01");
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(-125_000)).toBe("+02:05");
  });
});
