import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { errorResponse } from "@/lib/auth/route";
import { requireActor } from "@/lib/auth/session";
import { csvFilename, streamCsv } from "@/lib/csv/csv";
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
    const origin = request.nextUrl.origin;
    // The first batch is read before answering, so a refusal (not sales, admin or lead) is a proper 403.
    return await streamCsv({
      filename: csvFilename(t("csv.filename"), today()),
      header: (["expectation", "customerType", "customer", "segment", "kano", "team", "improvement", "stage", "result", "updated", "link"] as const).map((key) => t(`csv.${key}`)),
      batches: listAllCustomerExpectations(actor, filters),
      row: (row: ExpectationRow) => [
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
      ],
      onError: (error) => log.error("report export failed mid-stream", { error }),
    });
  } catch (error) {
    return errorResponse(error, "reports.export");
  }
}
