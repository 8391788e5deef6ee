import type { Stage } from "@/lib/db/generated/enums";
import { DAY_MS } from "./days";

// "Cards without movement": an active card in a running stage (Plan to Act) whose last sign of
// life — entering its stage, or any change to the card — is more than N days old. Ideas have
// their own rule (waiting for a first response) and done cards are finished, so neither counts.
// N is a team setting (DailyStartSetting.stuckAfterDays), 5 days unless the team chose otherwise.

export const DEFAULT_STUCK_AFTER_DAYS = 5;
export const STUCK_AFTER_DAYS_MIN = 1;
export const STUCK_AFTER_DAYS_MAX = 60;

export const runningStages: readonly Stage[] = ["PLAN", "DO", "CHECK", "ACT"];

export type StuckCandidate = {
  stage: Stage;
  status: "ACTIVE" | "PARKED" | "REJECTED";
  stageEnteredAt: Date;
  updatedAt: Date;
};

export function isRunningStage(stage: Stage): boolean {
  return runningStages.includes(stage);
}

/** The later of entering the stage and the last change to the card. */
export function lastMovement(card: Pick<StuckCandidate, "stageEnteredAt" | "updatedAt">): Date {
  return card.updatedAt.getTime() > card.stageEnteredAt.getTime() ? card.updatedAt : card.stageEnteredAt;
}

/** Whole days since `since` (rounded down); never negative. */
export function daysSince(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
}

export function isStuck(card: StuckCandidate, now: Date, stuckAfterDays = DEFAULT_STUCK_AFTER_DAYS): boolean {
  if (card.status !== "ACTIVE" || !isRunningStage(card.stage)) return false;
  return now.getTime() - lastMovement(card).getTime() > stuckAfterDays * DAY_MS;
}
