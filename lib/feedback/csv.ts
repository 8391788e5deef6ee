// CSV for people who open it in Excel (Dutch Excel expects ";" and needs a BOM to read UTF-8).
// Cells that a spreadsheet would run as a formula are prefixed with ' so text stays text.

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && formulaStart.test(text)) text = `'${text}`;
  return /[";\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
}

/** A download name that is safe in a Content-Disposition header on every platform. */
export function csvFilename(base: string, day: string): string {
  return `${base.replace(/[^A-Za-z0-9-]+/g, "-")}-${day}.csv`;
}
