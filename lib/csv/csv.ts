// CSV for people who open it in a spreadsheet. Dutch Excel expects ";" between cells and needs
// a byte-order mark to read UTF-8; every download of the app writes the same dialect.
// Cells that a spreadsheet would run as a formula (CSV injection) get a leading apostrophe, so
// text stays text.

export type CsvValue = string | number | boolean | Date | null | undefined;

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  // Only text can be a formula: a negative number stays a number.
  if (typeof value === "string" && formulaStart.test(text)) text = `'${text}`;
  return /[";\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, CRLF-terminated (RFC 4180). */
export function csvRow(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
}

/** A whole file: byte-order mark, header, rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + [header, ...rows].map(csvRow).join("");
}

/** A download name that is safe in a Content-Disposition header on every platform. */
export function csvFilename(base: string, day: string): string {
  return `${base.replace(/[^A-Za-z0-9-]+/g, "-")}-${day}.csv`;
}

export function csvHeaders(filename: string): HeadersInit {
  return { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" };
}

/**
 * Streams a CSV built from batches, so a large export never sits in memory at once. The first
 * batch is read before answering: a refusal or a database error then becomes a proper error
 * response (the caller's catch) instead of a broken download. A failure later in the stream
 * aborts the download, and `onError` logs it.
 */
export async function streamCsv<T>(options: {
  filename: string;
  header: readonly string[];
  batches: AsyncIterator<T[]>;
  row: (item: T) => readonly CsvValue[];
  onError: (error: unknown) => void;
}): Promise<Response> {
  const { batches, row, onError } = options;
  let pending: IteratorResult<T[]> | null = await batches.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(options.header)));
    },
    async pull(controller) {
      try {
        const next = pending ?? (await batches.next());
        pending = null;
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map((item) => csvRow(row(item))).join("")));
      } catch (error) {
        onError(error);
        controller.error(error);
      }
    },
  });
  return new Response(body, { headers: csvHeaders(options.filename) });
}
