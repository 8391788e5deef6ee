// NPS, CES and CSAT maths. Pure, shared by the feedback page, the report and their tests.
// Rounding is done on integers (never on floating-point percentages), half away from zero, so
// +12.5 → +13 and −12.5 → −13 and a figure never shows as "−0".

export const scoreRanges = {
  NPS: { min: 0, max: 10 },
  CES: { min: 1, max: 7 },
  CSAT: { min: 1, max: 5 },
} as const;

export type SurveyType = keyof typeof scoreRanges;
export const surveyTypes = Object.keys(scoreRanges) as SurveyType[];

export function isSurveyType(type: string): type is SurveyType {
  return type in scoreRanges;
}

/** Below this many answers a figure says more about chance than about customers: it gets a warning. */
export const SMALL_SAMPLE = 30;

export type NpsGroup = "promoter" | "passive" | "detractor";

/** Promoters 9–10, passives 7–8, detractors 0–6. */
export function npsGroup(score: number): NpsGroup {
  if (score >= 9) return "promoter";
  if (score >= 7) return "passive";
  return "detractor";
}

export type NpsCounts = { promoters: number; passives: number; detractors: number };

export function countNps(scores: readonly number[]): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) counts[`${npsGroup(score)}s`] += 1;
  return counts;
}

/** numerator / denominator as a whole number, half away from zero; exact for integers. */
export function divideRounded(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError("denominator must be positive");
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

function sampleFlags(answers: number) {
  return { answers, smallSample: answers > 0 && answers < SMALL_SAMPLE };
}

export type NpsSummary = NpsCounts & {
  answers: number;
  /** −100…+100, or null without answers. */
  score: number | null;
  /** Whole percentages of all answers; they may not add up to exactly 100. */
  promoterShare: number | null;
  passiveShare: number | null;
  detractorShare: number | null;
  smallSample: boolean;
};

/** NPS = % promoters − % detractors, computed from the counts before rounding. */
export function summariseNps(counts: NpsCounts): NpsSummary {
  const answers = counts.promoters + counts.passives + counts.detractors;
  const share = (count: number) => (answers === 0 ? null : divideRounded(100 * count, answers));
  return {
    ...counts,
    ...sampleFlags(answers),
    score: answers === 0 ? null : divideRounded(100 * (counts.promoters - counts.detractors), answers),
    promoterShare: share(counts.promoters),
    passiveShare: share(counts.passives),
    detractorShare: share(counts.detractors),
  };
}

export type AverageSummary = {
  answers: number;
  /** To one decimal, or null without answers. */
  average: number | null;
  smallSample: boolean;
};

/** The mean of `answers` scores adding up to `sum`, to one decimal. */
export function summariseAverage(sum: number, answers: number): AverageSummary {
  return { ...sampleFlags(answers), average: answers === 0 ? null : divideRounded(10 * sum, answers) / 10 };
}

export type CsatSummary = AverageSummary & {
  /** % of answers that are 4 or 5 ("satisfied"), the usual way CSAT is reported. */
  satisfiedShare: number | null;
};

export function summariseCsat(sum: number, answers: number, satisfied: number): CsatSummary {
  return { ...summariseAverage(sum, answers), satisfiedShare: answers === 0 ? null : divideRounded(100 * satisfied, answers) };
}

/** CSAT counts 4 and 5 as satisfied. */
export const CSAT_SATISFIED_FROM = 4;
