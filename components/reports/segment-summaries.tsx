import { AlertTriangle } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SegmentSummary } from "@/lib/reports/queries";

/** Per segment: what the teams expect and achieved, beside what those customers actually say. */
export async function SegmentSummaries({ summaries }: { summaries: SegmentSummary[] }) {
  const t = await getTranslations("reports.segments");
  const format = await getFormatter();
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {summaries.map(({ segment, expectations, nps, complaints }) => {
        const name = segment?.name ?? t("noSegment");
        return (
          <li key={segment?.id ?? "none"} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 break-inside-avoid print:shadow-none">
            <h3 className="font-semibold text-slate-900">{name}</h3>
            <div>
              <p className={expectations.total === 0 ? "text-sm font-medium text-amber-800" : "text-sm font-medium text-slate-800"}>
                {t("expectations", { count: expectations.total })}
              </p>
              {expectations.total > 0 ? (
                <p className="text-sm text-slate-600">
                  {[
                    t("open", { count: expectations.open }),
                    t("met", { count: expectations.met }),
                    ...(expectations.partly ? [t("partly", { count: expectations.partly })] : []),
                    ...(expectations.notMet ? [t("notMet", { count: expectations.notMet })] : []),
                  ].join(" · ")}
                </p>
              ) : null}
            </div>
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-t border-slate-100 pt-2 text-sm">
              <span>
                <span className="font-medium text-slate-700">{t("nps")} </span>
                {nps.score === null ? (
                  <span className="text-slate-500">{t("noNps")}</span>
                ) : (
                  <>
                    <span className="font-semibold tabular-nums">{format.number(nps.score, { signDisplay: "exceptZero" })}</span>{" "}
                    <span className="text-slate-500">({t("npsAnswers", { count: nps.answers })})</span>
                  </>
                )}
              </span>
              <span className="text-slate-700">{t("complaints", { count: complaints })}</span>
              {nps.smallSample ? (
                <span className="inline-flex items-center gap-1 text-xs text-amber-800">
                  <AlertTriangle aria-hidden className="h-3.5 w-3.5" />
                  {t("smallSample")}
                </span>
              ) : null}
            </div>
            {segment ? (
              <Link href={`/feedback?segment=${segment.id}`} className="mt-auto text-sm text-brand-700 underline-offset-2 hover:underline print:hidden">
                {t("feedbackLink", { segment: name })}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
