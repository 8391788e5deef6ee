import { getFormatter, getTranslations } from "next-intl/server";
import type { ScoreSet } from "@/lib/feedback/queries";
import { SMALL_SAMPLE } from "@/lib/feedback/scores";
import { formatAverage, formatNps } from "./score-cards";

export type BreakdownRow = { key: string; name: string; scores: ScoreSet };

/** Scores side by side per team or per segment; a figure on few answers is marked with *. */
export async function ScoreBreakdown({ title, rows }: { title: string; rows: BreakdownRow[] }) {
  const t = await getTranslations("feedback.breakdown");
  const tScores = await getTranslations("feedback.scores");
  const format = await getFormatter();
  const cell = (value: string, answers: number, small: boolean) =>
    answers === 0 ? (
      <span className="text-slate-400">{t("none")}</span>
    ) : (
      <>
        <span className="font-medium text-slate-900">{value}</span>
        {small ? <span aria-hidden>*</span> : null} <span className="text-slate-500">({answers})</span>
      </>
    );
  return (
    <section className="min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h3 className="text-base font-semibold">{title}</h3>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[28rem] text-left text-sm">
          <caption className="caption-bottom pt-2 text-left text-xs text-slate-500">{t("caption", { minimum: SMALL_SAMPLE })}</caption>
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                {t("name")}
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                {tScores("nps")}
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                {tScores("ces")}
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                {tScores("csat")}
              </th>
              <th scope="col" className="py-1.5 font-medium">
                {t("complaints")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, name, scores }) => (
              <tr key={key} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 pr-3 font-normal text-slate-900">
                  {name}
                </th>
                <td className="py-1.5 pr-3 tabular-nums">{cell(formatNps(format, scores.nps.score), scores.nps.answers, scores.nps.smallSample)}</td>
                <td className="py-1.5 pr-3 tabular-nums">{cell(formatAverage(format, scores.ces.average), scores.ces.answers, scores.ces.smallSample)}</td>
                <td className="py-1.5 pr-3 tabular-nums">{cell(formatAverage(format, scores.csat.average), scores.csat.answers, scores.csat.smallSample)}</td>
                <td className="py-1.5 tabular-nums">
                  {scores.complaints.total === 0 ? (
                    <span className="text-slate-400">0</span>
                  ) : (
                    <>
                      {scores.complaints.total} <span className="text-slate-500">({t("openComplaints", { open: scores.complaints.open + scores.complaints.inProgress })})</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
