// Red / amber / green for a KPI value against its target, as the performance board shows it.
//
// The tolerance band: a value that misses the target by at most KPI_TOLERANCE (10 %) of the
// target is amber, further off is red; meeting or beating the target is green. Which side is
// "beating" follows the KPI's direction. With a target of 0 the band is empty (10 % of nothing),
// so any miss is red — e.g. "0 complaints open" is either met or not. Without a value, or
// without a target, there is no colour ("none").

export type KpiDirection = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
export type KpiStatus = "green" | "amber" | "red" | "none";

export const KPI_TOLERANCE = 0.1;

// Values are stored with two decimals; this keeps 90 from counting as 89.99999999 in the band.
const EPSILON = 1e-9;

export function kpiStatus(input: {
  value: number | null | undefined;
  target: number | null | undefined;
  direction: KpiDirection;
  tolerance?: number;
}): KpiStatus {
  const { value, target, direction } = input;
  if (value === null || value === undefined || !Number.isFinite(value)) return "none";
  if (target === null || target === undefined || !Number.isFinite(target)) return "none";
  const band = Math.abs(target) * (input.tolerance ?? KPI_TOLERANCE);
  // How far the value falls short of the target, in the KPI's own direction (≤ 0: on target).
  const shortfall = direction === "HIGHER_IS_BETTER" ? target - value : value - target;
  if (shortfall <= EPSILON) return "green";
  if (shortfall <= band + EPSILON) return "amber";
  return "red";
}
