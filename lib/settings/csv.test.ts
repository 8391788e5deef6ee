import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a header and rows with CRLF and a byte-order mark", () => {
    expect(toCsv(["naam", "aantal"], [["Klantenservice", 3]])).toBe("\uFEFFnaam,aantal\r\nKlantenservice,3\r\n");
  });

  it("quotes commas, quotes, semicolons and line breaks", () => {
    expect(toCsv(["a"], [['Zei "ja", toen nee'], ["regel 1\nregel 2"], ["a;b"]])).toBe('\uFEFFa\r\n"Zei ""ja"", toen nee"\r\n"regel 1\nregel 2"\r\n"a;b"\r\n');
  });

  it("keeps spreadsheet formulas from running", () => {
    expect(toCsv(["a"], [["=HYPERLINK(\"x\")"], ["-5 klanten"], ["@SUM(A1)"]]).split("\r\n").slice(1, 4)).toEqual([
      "\"'=HYPERLINK(\"\"x\"\")\"",
      "'-5 klanten",
      "'@SUM(A1)",
    ]);
  });

  it("writes empty cells for null and dates as ISO", () => {
    expect(toCsv(["a", "b"], [[null, new Date("2026-11-23T10:00:00Z")]])).toBe("\uFEFFa,b\r\n,2026-11-23T10:00:00.000Z\r\n");
  });

  it("leaves negative numbers alone (only text can be a formula)", () => {
    expect(toCsv(["a"], [[-5]])).toBe("\uFEFFa\r\n-5\r\n");
  });
});
