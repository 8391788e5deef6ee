import { DAY_MS } from "./days";

// "Looking back since the previous daily start": from the moment the team's previous finished
// daily start ended, up to now. A team's first daily start (or one whose previous record is
// somehow later than now) looks back over the last 24 hours instead. After a long weekend or a
// holiday the window simply spans those days: nothing that happened meanwhile is skipped.

export const FALLBACK_WINDOW_MS = DAY_MS;

export type LookBackWindow = {
  from: Date;
  to: Date;
  /** The previous finished daily start the window starts at; null when it is the 24-hour fallback. */
  previousId: string | null;
};

export function lookBackWindow(input: {
  /** The team's finished daily starts (any order). */
  finished: readonly { id: string; finishedAt: Date }[];
  /** The daily start being looked at, which never counts as its own previous one. */
  currentId?: string | null;
  /** Now for a running daily start; its finishing moment for one in the history. */
  now: Date;
}): LookBackWindow {
  const { now } = input;
  let previous: { id: string; finishedAt: Date } | null = null;
  for (const candidate of input.finished) {
    if (candidate.id === input.currentId) continue;
    if (candidate.finishedAt.getTime() >= now.getTime()) continue;
    if (!previous || candidate.finishedAt.getTime() > previous.finishedAt.getTime()) previous = candidate;
  }
  if (previous) return { from: previous.finishedAt, to: now, previousId: previous.id };
  return { from: new Date(now.getTime() - FALLBACK_WINDOW_MS), to: now, previousId: null };
}

/** Whether an instant falls in the window: after its start, up to and including its end. */
export function isInWindow(window: Pick<LookBackWindow, "from" | "to">, instant: Date): boolean {
  const time = instant.getTime();
  return time > window.from.getTime() && time <= window.to.getTime();
}
