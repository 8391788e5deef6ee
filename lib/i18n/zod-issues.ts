import type { z } from "zod";
import type { FieldIssues, MessageParams } from "@/lib/errors";

// Schemas may name their own message as a catalogue key: "validation.x" (in the errors
// catalogue) or "<module>.validation.x", e.g. `.refine(fn, { message: "board.validation.x" })`.
const sharedKeyPattern = /^validation\.[A-Za-z]+$/;
const moduleKeyPattern = /^[A-Za-z]+\.validation\.[A-Za-z]+$/;

function issueMessage(issue: z.core.$ZodIssue): { key: string; params?: MessageParams } {
  const found = relativeIssueMessage(issue);
  return moduleKeyPattern.test(found.key) && !found.key.startsWith("validation.") ? found : { ...found, key: `errors.${found.key}` };
}

function relativeIssueMessage(issue: z.core.$ZodIssue): { key: string; params?: MessageParams } {
  if (sharedKeyPattern.test(issue.message) || moduleKeyPattern.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string") return minimum <= 1 ? { key: "validation.required" } : { key: "validation.tooShort", params: { minimum } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "validation.tooFewItems", params: { minimum } };
      if (issue.origin === "date") return { key: "validation.date" };
      return { key: "validation.numberTooSmall", params: { minimum } };
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string") return { key: "validation.tooLong", params: { maximum } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "validation.tooManyItems", params: { maximum } };
      if (issue.origin === "date") return { key: "validation.date" };
      return { key: "validation.numberTooBig", params: { maximum } };
    }
    case "invalid_type":
      if (/received (undefined|null)/.test(issue.message)) return { key: "validation.required" };
      if (issue.expected === "int" || issue.expected === "number") return { key: "validation.number" };
      if (issue.expected === "date") return { key: "validation.date" };
      return { key: "validation.invalid" };
    case "invalid_format":
      if (issue.format === "email") return { key: "validation.email" };
      if (issue.format === "url") return { key: "validation.url" };
      if (issue.format === "date" || issue.format === "datetime") return { key: "validation.date" };
      return { key: "validation.invalid" };
    case "invalid_value":
      return { key: "validation.choice" };
    case "not_multiple_of":
      return { key: "validation.integer" };
    default:
      return { key: "validation.invalid" };
  }
}

/** Turns zod issues into untranslated field issues keyed by the dotted field path ("" for the form). */
export function fieldIssuesFromZod(error: z.ZodError): FieldIssues {
  const issues: FieldIssues = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    (issues[path] ??= []).push(issueMessage(issue));
  }
  return issues;
}
