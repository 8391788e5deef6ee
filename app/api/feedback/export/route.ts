import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { errorResponse } from "@/lib/auth/route";
import { requireActor } from "@/lib/auth/session";
import { csvFilename, streamCsv } from "@/lib/csv/csv";
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
    return await streamCsv({
      filename: csvFilename(t("csv.filename"), today()),
      header: (["date", "type", "channel", "customer", "segment", "team", "text", "score", "status", "handlingDays", "improvement", "source"] as const).map((key) => t(`csv.${key}`)),
      batches: listAllFeedback(actor, filters),
      row: (item: FeedbackItem) => [
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
      ],
      onError: (error) => log.error("feedback export failed mid-stream", { error }),
    });
  } catch (error) {
    return errorResponse(error, "feedback.export");
  }
}
