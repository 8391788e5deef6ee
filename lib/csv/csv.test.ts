import { describe, expect, it } from "vitest";
import { csvCell, csvFilename, csvRow, streamCsv, toCsv } from "./csv";

describe("csv", () => {
  it("quotes separators, commas, quotes and line breaks", () => {
    expect(csvCell('Zei: "te laat"; weer')).toBe('"Zei: ""te laat""; weer"');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvRow(["a", 7, null, "b,c"])).toBe('a;7;;"b,c"\r\n');
  });

  it("keeps text that looks like a formula as text, and numbers as numbers", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("-5 sterren")).toBe("'-5 sterren");
    expect(csvCell("@jan")).toBe("'@jan");
    expect(csvCell(-33)).toBe("-33");
  });

  it("writes a whole file with a byte-order mark, empty cells for null and dates as ISO", () => {
    expect(toCsv(["naam", "aantal", "op"], [["Klantenservice", 3, new Date("2026-11-23T10:00:00Z")], [null, true, undefined]])).toBe(
      "\uFEFFnaam;aantal;op\r\nKlantenservice;3;2026-11-23T10:00:00.000Z\r\n;true;\r\n",
    );
  });

  it("makes a safe file name", () => {
    expect(csvFilename("klantfeedback", "2026-11-23")).toBe("klantfeedback-2026-11-23.csv");
    expect(csvFilename("a/b c", "2026-01-01")).toBe("a-b-c-2026-01-01.csv");
  });
});

async function* batchesOf<T>(batches: T[][], failAfter = Infinity): AsyncGenerator<T[]> {
  for (const [index, batch] of batches.entries()) {
    if (index >= failAfter) throw new Error("database gone");
    yield batch;
  }
}

describe("streamCsv", () => {
  it("streams every batch after the header", async () => {
    const response = await streamCsv({
      filename: "x.csv",
      header: ["n"],
      batches: batchesOf([[1, 2], [3]]),
      row: (n) => [n],
      onError: () => undefined,
    });
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
    // Read the bytes: Response.text() would drop the byte-order mark this checks for.
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer())).toBe("\uFEFFn\r\n1\r\n2\r\n3\r\n");
  });

  it("fails before answering when the first batch fails, and aborts the download on a later failure", async () => {
    await expect(streamCsv({ filename: "x.csv", header: ["n"], batches: batchesOf([[1]], 0), row: (n) => [n], onError: () => undefined })).rejects.toThrow(
      "database gone",
    );
    const errors: unknown[] = [];
    const response = await streamCsv({ filename: "x.csv", header: ["n"], batches: batchesOf([[1], [2]], 1), row: (n) => [n], onError: (error) => errors.push(error) });
    await expect(response.arrayBuffer()).rejects.toThrow("database gone");
    expect(errors).toHaveLength(1);
  });
});
