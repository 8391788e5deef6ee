import { describe, expect, it } from "vitest";
import { fieldIssuesFromZod } from "@/lib/i18n/zod-issues";
import { todayInAmsterdam } from "./dates";
import { createSuccessSchema, parseEffectValue, successFiltersSchema, successFormInput, updateSuccessSchema } from "./schemas";

const teamId = "2b0f4d0c-3a35-4c3e-9e48-4a3f3a1f9b10";
const valid = { teamId, title: "Snellere terugbelroute", story: "Klanten worden binnen een uur teruggebeld.", achievedOn: "2026-01-15" };

function issues(input: unknown) {
  const result = createSuccessSchema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return fieldIssuesFromZod(result.error);
}

describe("parseEffectValue", () => {
  it("reads how people write numbers", () => {
    expect(parseEffectValue("−30")).toBe(-30);
    expect(parseEffectValue("-2,5")).toBe(-2.5);
    expect(parseEffectValue("+40")).toBe(40);
    expect(parseEffectValue("1.250")).toBe(1250);
    expect(parseEffectValue("1.250,75")).toBe(1250.75);
    expect(parseEffectValue(" 12 ")).toBe(12);
    expect(parseEffectValue("")).toBeNull();
    expect(parseEffectValue("veel")).toBe("veel");
  });
});

describe("createSuccessSchema", () => {
  it("accepts a success without a measured effect and tidies the lists", () => {
    const parsed = createSuccessSchema.parse({ ...valid, improvementIds: [teamId, teamId], effectValue: "", effectUnit: "", feedbackId: "" });
    expect(parsed).toMatchObject({ effectValue: null, effectUnit: null, improvementIds: [teamId], contributorIds: [], feedbackId: null });
  });

  it("keeps a measured effect with its unit", () => {
    expect(createSuccessSchema.parse({ ...valid, effectValue: "−30", effectUnit: " minuten per week " })).toMatchObject({
      effectValue: -30,
      effectUnit: "minuten per week",
    });
  });

  it("names the missing half of a measured effect", () => {
    expect(issues({ ...valid, effectValue: "-30" })).toEqual({ effectUnit: [{ key: "successes.validation.effectUnitMissing" }] });
    expect(issues({ ...valid, effectUnit: "% klachten" })).toEqual({ effectValue: [{ key: "successes.validation.effectValueMissing" }] });
  });

  it("refuses a value that is no number, or has more than two decimals", () => {
    expect(issues({ ...valid, effectValue: "veel", effectUnit: "minuten" })).toEqual({ effectValue: [{ key: "errors.validation.number" }] });
    expect(issues({ ...valid, effectValue: "1,234", effectUnit: "uur" })).toEqual({ effectValue: [{ key: "successes.validation.effectDecimals" }] });
  });

  it("names every empty or wrong field", () => {
    expect(issues({ title: "  ", story: "", achievedOn: "gisteren", teamId: "" })).toEqual({
      teamId: [{ key: "successes.validation.team" }],
      title: [{ key: "errors.validation.required" }],
      story: [{ key: "errors.validation.required" }],
      achievedOn: [{ key: "errors.validation.date" }],
    });
  });

  it("refuses a day in the future or long ago", () => {
    const tomorrow = new Date(`${todayInAmsterdam()}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    expect(issues({ ...valid, achievedOn: tomorrow.toISOString().slice(0, 10) })).toEqual({ achievedOn: [{ key: "errors.validation.dateInFuture" }] });
    expect(issues({ ...valid, achievedOn: "1999-12-31" })).toEqual({ achievedOn: [{ key: "successes.validation.dateTooEarly" }] });
  });

  it("keeps a long story's limit", () => {
    expect(issues({ ...valid, story: "x".repeat(4_001) })).toEqual({ story: [{ key: "errors.validation.tooLong", params: { maximum: 4_000 } }] });
  });
});

describe("updateSuccessSchema", () => {
  it("needs the success's id", () => {
    const result = updateSuccessSchema.safeParse({ ...valid, id: "nope" });
    expect(result.success).toBe(false);
  });
});

describe("successFormInput", () => {
  it("splits the picked improvements and people", () => {
    expect(successFormInput({ title: "x", improvementIds: "a, b", contributorIds: "" })).toEqual({
      title: "x",
      improvementIds: ["a", "b"],
      contributorIds: [],
    });
  });
});

describe("successFiltersSchema", () => {
  it("keeps good filters and drops malformed ones instead of failing", () => {
    expect(successFiltersSchema.parse({ team: "klantenservice", period: "thisMonth", person: teamId, effect: "1", page: "3" })).toEqual({
      team: "klantenservice",
      period: "thisMonth",
      person: teamId,
      effect: true,
      page: 3,
    });
    expect(successFiltersSchema.parse({ team: "<script>", period: "ooit", person: "x", effect: "ja", page: "-2" })).toEqual({
      team: undefined,
      period: undefined,
      person: undefined,
      effect: false,
      page: 1,
    });
    expect(successFiltersSchema.parse({ team: ["logistiek", "x"] }).team).toBe("logistiek");
  });
});
