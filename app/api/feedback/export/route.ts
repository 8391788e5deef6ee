import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { errorResponse } from "@/lib/auth/route";
import { requireActor } from "@/lib/auth/session";
import { CSV_BOM, csvFilename, csvRow } from "@/lib/feedback/csv";
import { today } from "@/lib/feedback/dates";
import { resolveFeedbackFilters } from "@/lib/feedback/filters";
import { listAllFeedback, type FeedbackItem } from "@/lib/feedback/queries";
import { feedbackFiltersSchema } from "@/lib/feedback/schemas";
import { log } from "@/lib/log";

// The feedback page's "export as CSV": the same filters and the same service as the list,
// streamed in batches so a large organisation's export never sits in memory at once.
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const actor = await requireActor();
    const filters = await resolveFeedbackFilters(actor, feedbackFiltersSchema.parse(Object.fromEntries(request.nextUrl.searchParams)));
    const t = await getTranslations("feedback");
    const batches = listAllFeedback(actor, filters);
    // The first batch is read before answering, so a refusal or a database error is a proper
    // error response instead of a broken download.
    let pending: IteratorResult<FeedbackItem[]> | null = await batches.next();
    const header = csvRow(
      (["date", "type", "channel", "customer", "segment", "team", "text", "score", "status", "handlingDays", "improvement", "source"] as const).map((key) => t(`csv.${key}`)),
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
          const lines = next.value.map((item) =>
            csvRow([
              item.receivedOn,
              t(`type.${item.type}`),
              t(`channel.${item.channel}`),
              item.customerName,
              item.segment?.name,
              item.team?.name,
              item.text,
              item.score,
              item.status ? t(`status.${item.status}`) : null,
              item.status === "HANDLED" ? item.handlingDays : null,
              item.improvement?.title,
              item.viaApi ? t("csv.sourceApi") : t("csv.sourceManual"),
            ]),
          );
          controller.enqueue(encoder.encode(lines.join("")));
        } catch (error) {
          log.error("feedback export failed mid-stream", { error });
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
    return errorResponse(error, "feedback.export");
  }
}
