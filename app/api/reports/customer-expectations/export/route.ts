import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { errorResponse } from "@/lib/auth/route";
import { requireActor } from "@/lib/auth/session";
import { CSV_BOM, csvFilename, csvRow } from "@/lib/feedback/csv";
import { today } from "@/lib/feedback/dates";
import { log } from "@/lib/log";
import { listAllCustomerExpectations, resolveReportFilters, type ExpectationRow } from "@/lib/reports/queries";
import { reportFiltersSchema } from "@/lib/reports/schemas";

// The report's "export as CSV": the page's filters and services, streamed in batches.
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const actor = await requireActor();
    const filters = await resolveReportFilters(actor, reportFiltersSchema.parse(Object.fromEntries(request.nextUrl.searchParams)));
    const t = await getTranslations("reports");
    const batches = listAllCustomerExpectations(actor, filters);
    // Read before answering, so a refusal (not sales, admin or lead) is a proper 403.
    let pending: IteratorResult<ExpectationRow[]> | null = await batches.next();
    const origin = request.nextUrl.origin;
    const header = csvRow(
      (["expectation", "customerType", "customer", "segment", "kano", "team", "improvement", "stage", "result", "updated", "link"] as const).map((key) => t(`csv.${key}`)),
    );
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(CSV_BOM + header));
      },
      async pull(controller) {
        try {
          const next = pending ?? (await batches.next());
          pending = null;
          if (next.done) {
            controller.close();
            return;
          }
          const lines = next.value.map((row) =>
            csvRow([
              row.expectation,
              row.customerType ? t(`customerType.${row.customerType}`) : null,
              row.customerName,
              row.segment?.name ?? t("filters.noSegment"),
              row.kano ? t(`kano.${row.kano}`) : null,
              row.team.name,
              row.improvement.title,
              t(`stage.${row.stage}`),
              t(`result.${row.result}`),
              row.updatedOn,
              `${origin}/teams/${row.team.slug}/improvements/${row.improvement.id}`,
            ]),
          );
          controller.enqueue(encoder.encode(lines.join("")));
        } catch (error) {
          log.error("report export failed mid-stream", { error });
          controller.error(error);
        }
      },
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csvFilename(t("csv.filename"), today())}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, "reports.export");
  }
}
