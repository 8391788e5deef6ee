import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createApiTokenSchema } from "@/lib/api-tokens/schemas";
import { setupOrganisationSchema, signInSchema, teamSlugSchema } from "@/lib/auth/schemas";
import { addCommentSchema, boardFiltersSchema, createImprovementBodySchema, loadMoreSchema, updateImprovementSchema } from "@/lib/board/schemas";
import { addItemSchema, createKpiSchema } from "@/lib/daily-start/schemas";
import { fieldIssuesFromZod } from "@/lib/i18n/zod-issues";
import { updatePdcaCycleSchema } from "@/lib/pdca/schemas";
import { parseSubscribeQuery } from "@/lib/realtime/schemas";
import { createSegmentSchema } from "@/lib/segments/schemas";
import { createSuccessSchema, isId as isSuccessId } from "@/lib/successes/schemas";
import { hasControlCharacters, text } from "./text";

const id = "7f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
const controlMessage = { key: "errors.validation.controlCharacter" };

function issues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return fieldIssuesFromZod(result.error);
}

describe("text()", () => {
  it("refuses NUL and the other control characters, keeps tabs and line breaks", () => {
    for (const character of ["\u0000", "\u0001", "\u0007", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F"]) {
      expect(hasControlCharacters(`a${character}b`), JSON.stringify(character)).toBe(true);
    }
    expect(hasControlCharacters("regel 1\r\nregel 2\tmet tab — én emoji 🎉")).toBe(false);
    expect(text().trim().parse("  gewoon  ")).toBe("gewoon");
  });

  it("names the field with a translated key, also next to other problems", () => {
    expect(issues(text().trim().min(1).max(3), "ab\u0000cd")).toEqual({
      "": [controlMessage, { key: "errors.validation.tooLong", params: { maximum: 3 } }],
    });
  });
});

describe("free-text inputs refuse a NUL with a field message", () => {
  const cases: [string, z.ZodType, unknown, string][] = [
    ["improvement title", createImprovementBodySchema, { title: "a\u0000" }, "title"],
    ["improvement problem", createImprovementBodySchema, { title: "a", problem: "\u0000" }, "problem"],
    ["improvement edit", updateImprovementSchema, { version: 1, title: "a", customerValue: "x\u0000" }, "customerValue"],
    ["comment", addCommentSchema, { body: "hoi\u0000" }, "body"],
    ["PDCA field", updatePdcaCycleSchema, { cycle: 1, version: 0, plan: { goal: "\u0000" } }, "plan.goal"],
    ["PDCA why", updatePdcaCycleSchema, { cycle: 1, version: 0, plan: { rootCause: ["ok", "\u0000"] } }, "plan.rootCause.1"],
    ["daily start item", addItemSchema, { teamId: id, kind: "BOTTLENECK", text: "\u0000" }, "text"],
    ["KPI unit", createKpiSchema, { teamId: id, name: "Wachttijd", unit: "min\u0000", target: "", direction: "LOWER_IS_BETTER" }, "unit"],
    ["segment", createSegmentSchema, { name: "Zakelijk", description: "\u0000" }, "description"],
    ["success story", createSuccessSchema, { teamId: id, title: "Gelukt", story: "\u0000", achievedOn: "2024-01-02", effectValue: "" }, "story"],
    ["API token name", createApiTokenSchema, { name: "tool\u0000" }, "name"],
    ["organisation name", setupOrganisationSchema, { organisationName: "\u0000", teamName: "T", name: "N", email: "a@b.nl", password: "x".repeat(12) }, "organisationName"],
    ["sign-in email", signInSchema, { email: "a\u0000@b.nl", password: "x" }, "email"],
    ["load more rank", loadMoreSchema, { teamId: id, columnId: id, afterRank: "a\u0000" }, "afterRank"],
  ];
  it.each(cases)("%s", (_name, schema, input, field) => {
    expect(issues(schema, input)[field]).toContainEqual(controlMessage);
  });
});

describe("URL values", () => {
  it("drops a search with a NUL instead of refusing the page", () => {
    expect(boardFiltersSchema.parse({ q: "wacht\u0000", waste: "DEFECTS" })).toMatchObject({ q: undefined, waste: "DEFECTS" });
    expect(boardFiltersSchema.parse({ q: "wachttijd" }).q).toBe("wachttijd");
  });

  it("knows a team slug only in slugify's shape", () => {
    for (const slug of ["klantenservice", "team-2", "a1b2-c3"]) expect(teamSlugSchema.safeParse(slug).success, slug).toBe(true);
    for (const slug of ["", "Klantenservice", "a/b", "a\u0000", "é", "x".repeat(101)]) expect(teamSlugSchema.safeParse(slug).success, slug).toBe(false);
  });

  it("refuses a live-update subscription naming a team with a NUL", () => {
    expect(() => parseSubscribeQuery(new URLSearchParams("team=a%00"))).toThrow();
  });

  it("takes only uuids as success ids", () => {
    expect(isSuccessId(id)).toBe(true);
    expect(isSuccessId("-".repeat(36))).toBe(false);
    expect(isSuccessId("0".repeat(36))).toBe(false);
  });
});
