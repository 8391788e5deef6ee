import { describe, expect, it } from "vitest";
import { unflattenFormValues } from "./form-values";

describe("unflattenFormValues", () => {
  it("nests dotted names and turns numbered segments into arrays", () => {
    expect(
      unflattenFormValues({
        cycle: "1",
        "plan.expectation": "Snel antwoord",
        "plan.rootCause.0": "Piek",
        "plan.rootCause.1": "",
        "plan.actions.0.description": "Rooster maken",
        "plan.actions.0.done": "on",
        "plan.actions.1.description": "Team informeren",
        "do.description": "Pilot",
      }),
    ).toEqual({
      cycle: "1",
      plan: {
        expectation: "Snel antwoord",
        rootCause: ["Piek", ""],
        actions: [{ description: "Rooster maken", done: "on" }, { description: "Team informeren" }],
      },
      do: { description: "Pilot" },
    });
  });

  it("keeps indices stable when a row is missing", () => {
    expect(unflattenFormValues({ "plan.actions.2.description": "Derde", "plan.rootCause.1": "Tweede" })).toEqual({
      plan: { actions: [{}, {}, { description: "Derde" }], rootCause: ["", "Tweede"] },
    });
  });

  it("ignores names that would reach the object prototype or are malformed", () => {
    const result = unflattenFormValues({ "__proto__.polluted": "x", "plan..x": "y", "constructor.prototype.z": "z" });
    expect(result).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
