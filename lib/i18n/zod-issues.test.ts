import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldIssuesFromZod } from "./zod-issues";

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return fieldIssuesFromZod(result.error);
}

describe("fieldIssuesFromZod", () => {
  const schema = z.object({
    title: z.string().trim().min(1).max(10),
    email: z.email(),
    score: z.number().int().min(0).max(10),
    kind: z.enum(["a", "b"]),
    code: z.string().refine((value) => value === "ok", { message: "validation.codeWrong" }),
    column: z.string().refine((value) => value === "ok", { message: "board.validation.unknownColumn" }),
  });

  it("names each field with a catalogue key and its parameters", () => {
    expect(issuesOf(schema, { title: "   ", email: "nope", score: 11, kind: "c", code: "x", column: "x" })).toEqual({
      title: [{ key: "errors.validation.required" }],
      email: [{ key: "errors.validation.email" }],
      score: [{ key: "errors.validation.numberTooBig", params: { maximum: 10 } }],
      kind: [{ key: "errors.validation.choice" }],
      code: [{ key: "errors.validation.codeWrong" }],
      column: [{ key: "board.validation.unknownColumn" }],
    });
  });

  it("reports a too long text with its maximum", () => {
    expect(issuesOf(schema.pick({ title: true }), { title: "x".repeat(11) })).toEqual({
      title: [{ key: "errors.validation.tooLong", params: { maximum: 10 } }],
    });
  });

  it("treats a missing field as required", () => {
    expect(issuesOf(schema.pick({ email: true }), {})).toEqual({ email: [{ key: "errors.validation.required" }] });
  });
});
