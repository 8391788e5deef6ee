import { describe, expect, it } from "vitest";
import { TEXT_MAX as PDCA_TEXT_MAX } from "@/lib/pdca/schemas";
import { EXPECTATION_MAX } from "./limits";

describe("feedback limits", () => {
  it("lets a draft customer expectation be as long as the PDCA checklist takes it", () => {
    expect(EXPECTATION_MAX).toBe(PDCA_TEXT_MAX);
  });
});
