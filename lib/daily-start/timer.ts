// The stand-up's timer. The server stores only when it started (and finished); every screen
// counts from that moment on its own, so all show the same time without per-second requests.
// Past 10 minutes it turns amber, past 15 (the most a daily start should take) red. It never
// stops anyone: the lead decides when to finish.

export const DAILY_START_MINUTES = 10;
export const DAILY_START_MAX_MINUTES = 15;

const MINUTE_MS = 60_000;

export type TimerTone = "idle" | "running" | "over" | "late" | "finished";

export type TimerState = {
  tone: TimerTone;
  elapsedMs: number;
  /** Time left of the 10 minutes; negative once over. */
  remainingMs: number;
};

export function timerState(input: { startedAt: Date | null; finishedAt: Date | null; now: Date }): TimerState {
  const { startedAt, finishedAt, now } = input;
  if (!startedAt) return { tone: "idle", elapsedMs: 0, remainingMs: DAILY_START_MINUTES * MINUTE_MS };
  const end = finishedAt ?? now;
  const elapsedMs = Math.max(0, end.getTime() - startedAt.getTime());
  const remainingMs = DAILY_START_MINUTES * MINUTE_MS - elapsedMs;
  if (finishedAt) return { tone: "finished", elapsedMs, remainingMs };
  if (elapsedMs >= DAILY_START_MAX_MINUTES * MINUTE_MS) return { tone: "late", elapsedMs, remainingMs };
  if (remainingMs < 0) return { tone: "over", elapsedMs, remainingMs };
  return { tone: "running", elapsedMs, remainingMs };
}

/** "09:41", or "+02:05" once over time. */
export function formatClock(ms: number): string {
  const over = ms < 0;
  // Counting down rounds up (9:59.2 shows 10:00 → 09:60 never); counting over rounds down.
  const totalSeconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const text = `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
  return over ? `+${text}` : text;
}
