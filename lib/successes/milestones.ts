// "After every fifth improvement, cake": teams celebrate together at every fifth success they
// record. The ordinal is a success's place in its team's order of recording (1-based).

export const MILESTONE_EVERY = 5;

export function isMilestone(ordinal: number): boolean {
  return Number.isInteger(ordinal) && ordinal > 0 && ordinal % MILESTONE_EVERY === 0;
}

/** How many more successes the team records until its next milestone (1…5). */
export function successesToNextMilestone(total: number): number {
  return MILESTONE_EVERY - (Math.max(0, Math.floor(total)) % MILESTONE_EVERY);
}

/** The last milestone a team reached (5, 10, …), or null before its fifth success. */
export function lastMilestone(total: number): number | null {
  const reached = Math.floor(Math.max(0, total) / MILESTONE_EVERY) * MILESTONE_EVERY;
  return reached > 0 ? reached : null;
}
