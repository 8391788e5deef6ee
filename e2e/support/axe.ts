import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export type Violation = { id: string; targets: string[] };

/**
 * DESIGN.md's bar: axe finds no serious or critical WCAG 2.1 A/AA violations. Answers those it
 * finds (rule and first targets), so a failing expectation says what and where. `include`
 * narrows the check to a part of the page, such as an open dialog.
 */
export async function seriousViolations(page: Page, include?: string): Promise<Violation[]> {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")) }));
}
