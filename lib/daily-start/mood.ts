// The mood check-in (1–5) is the team's, never a person's: answers are stored per person only
// so nobody answers twice, and only the count and the average ever leave the server — and the
// average only from MOOD_MIN_ANSWERS answers on, so a small group cannot work out who said what.

export const MOOD_MIN = 1;
export const MOOD_MAX = 5;
export const MOOD_MIN_ANSWERS = 3;

export type MoodSummary = {
  count: number;
  /** Rounded to one decimal; null below MOOD_MIN_ANSWERS answers. */
  average: number | null;
};

export function summariseMood(scores: readonly number[]): MoodSummary {
  const count = scores.length;
  if (count < MOOD_MIN_ANSWERS) return { count, average: null };
  const sum = scores.reduce((total, score) => total + score, 0);
  return { count, average: Math.round((sum / count) * 10) / 10 };
}
