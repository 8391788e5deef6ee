import type { CheckResult, ExpectationMet } from "@/lib/db/generated/enums";
import { STORY_MAX, TITLE_MAX } from "./schemas";

// Turns a completed improvement and its PDCA record into the first draft of a success. Pure,
// with the translator passed in, so the draft speaks the reader's language and is testable.

export type PrefillSource = {
  title: string;
  problem: string | null;
  customerValue: string | null;
  pdca: {
    problemStatement: string | null;
    customerName: string | null;
    expectation: string | null;
    goal: string | null;
    checkResult: CheckResult | null;
    measuredResult: string | null;
    expectationMet: ExpectationMet | null;
    standardisation: string | null;
  } | null;
};

export type PrefillTranslate = (key: PrefillKey, values?: Record<string, string>) => string;

export type PrefillKey =
  | "problem"
  | "goal"
  | "result"
  | "resultWithCheck"
  | "customer"
  | "customerValue"
  | "expectationMet"
  | "standardised"
  | `checkResult.${CheckResult}`
  | `expectationMetValue.${ExpectationMet}`;

const filled = (text: string | null | undefined): text is string => typeof text === "string" && text.trim() !== "";

export function composePrefillStory(source: PrefillSource, t: PrefillTranslate): string {
  const pdca = source.pdca;
  const lines: string[] = [];
  const problem = filled(pdca?.problemStatement) ? pdca.problemStatement : source.problem;
  if (filled(problem)) lines.push(t("problem", { text: problem.trim() }));
  if (filled(pdca?.customerName) && filled(pdca.expectation)) {
    lines.push(t("customer", { customer: pdca.customerName.trim(), expectation: pdca.expectation.trim() }));
  } else if (filled(source.customerValue)) {
    lines.push(t("customerValue", { text: source.customerValue.trim() }));
  }
  if (filled(pdca?.goal)) lines.push(t("goal", { text: pdca.goal.trim() }));
  if (pdca?.checkResult) {
    const check = t(`checkResult.${pdca.checkResult}`);
    lines.push(filled(pdca.measuredResult) ? t("resultWithCheck", { check, text: pdca.measuredResult.trim() }) : t("result", { text: check }));
  } else if (filled(pdca?.measuredResult)) {
    lines.push(t("result", { text: pdca.measuredResult.trim() }));
  }
  if (pdca?.expectationMet) lines.push(t("expectationMet", { value: t(`expectationMetValue.${pdca.expectationMet}`) }));
  if (filled(pdca?.standardisation)) lines.push(t("standardised", { text: pdca.standardisation.trim() }));
  return lines.join("\n\n").slice(0, STORY_MAX);
}

export function prefillTitle(title: string): string {
  return title.trim().slice(0, TITLE_MAX);
}
