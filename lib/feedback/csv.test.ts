import { describe, expect, it } from "vitest";
import { csvCell, csvFilename, csvRow } from "./csv";

describe("csv", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell('Zei: "te laat"; weer')).toBe('"Zei: ""te laat""; weer"');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvRow(["a", 7, null, "b,c"])).toBe('a;7;;"b,c"\r\n');
  });

  it("keeps text that looks like a formula as text", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("-5 sterren")).toBe("'-5 sterren");
    expect(csvCell("@jan")).toBe("'@jan");
    // Numbers are numbers: a negative NPS stays a number.
    expect(csvCell(-33)).toBe("-33");
  });

  it("makes a safe file name", () => {
    expect(csvFilename("klantfeedback", "2026-11-23")).toBe("klantfeedback-2026-11-23.csv");
    expect(csvFilename("a/b c", "2026-01-01")).toBe("a-b-c-2026-01-01.csv");
  });
});
