import { AlertTriangle } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ScoreSet } from "@/lib/feedback/queries";
import { SMALL_SAMPLE } from "@/lib/feedback/scores";

type Format = Awaited<ReturnType<typeof getFormatter>>;

export function formatNps(format: Format, score: number | null): string {
  return score === null ? "–" : format.number(score, { signDisplay: "exceptZero" });
}

export function formatAverage(format: Format, average: number | null): string {
  return average === null ? "–" : format.number(average, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

async function SampleNote({ answers, smallSample }: { answers: number; smallSample: boolean }) {
  const t = await getTranslations("feedback.scores");
  return (
    <>
      <p className="text-sm text-slate-600">{t("answers", { count: answers })}</p>
      {smallSample ? (
        <p className="flex items-start gap-1 text-xs text-amber-800">
          <AlertTriangle aria-hidden className="mt-px h-3.5 w-3.5 shrink-0" />
          {t("smallSample", { minimum: SMALL_SAMPLE })}
        </p>
      ) : null}
    </>
  );
}

function Card({ title, question, children }: { title: string; question: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-1 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      <p className="text-xs text-slate-500">{question}</p>
      {children}
    </section>
  );
}

/** The period's headline figures; every figure shows how many answers it rests on. */
export async function ScoreCards({ scores }: { scores: ScoreSet }) {
  const t = await getTranslations("feedback.scores");
  const format = await getFormatter();
  const { nps, ces, csat, complaints } = scores;
  const groups = [
    { key: "promoters", count: nps.promoters, share: nps.promoterShare, colour: "bg-brand-600" },
    { key: "passives", count: nps.passives, share: nps.passiveShare, colour: "bg-slate-300" },
    { key: "detractors", count: nps.detractors, share: nps.detractorShare, colour: "bg-red-500" },
  ] as const;
  return (
    <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
      <Card title={t("nps")} question={t("npsQuestion")}>
        <p className="text-3xl font-semibold tabular-nums" data-testid="nps-score">
          {formatNps(format, nps.score)}
        </p>
        <SampleNote answers={nps.answers} smallSample={nps.smallSample} />
        {nps.answers > 0 ? (
          <>
            <div className="mt-1 flex h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden>
              {groups.map((group) => (
                <div key={group.key} className={group.colour} style={{ width: `${group.share ?? 0}%` }} />
              ))}
            </div>
            <ul className="mt-1 flex flex-col text-xs text-slate-600">
              {groups.map((group) => (
                <li key={group.key}>{t("share", { group: t(group.key), share: group.share ?? 0, count: group.count })}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="mt-auto pt-1 text-xs text-slate-500">{t("npsExplain")}</p>
      </Card>
      <Card title={t("ces")} question={t("cesQuestion")}>
        <p className="text-3xl font-semibold tabular-nums">
          {formatAverage(format, ces.average)}
          {ces.average !== null ? <span className="ml-1 text-base font-normal text-slate-500">{t("outOf", { max: 7 })}</span> : null}
        </p>
        <SampleNote answers={ces.answers} smallSample={ces.smallSample} />
      </Card>
      <Card title={t("csat")} question={t("csatQuestion")}>
        <p className="text-3xl font-semibold tabular-nums">
          {formatAverage(format, csat.average)}
          {csat.average !== null ? <span className="ml-1 text-base font-normal text-slate-500">{t("outOf", { max: 5 })}</span> : null}
        </p>
        {csat.satisfiedShare !== null ? <p className="text-sm text-slate-700">{t("satisfied", { share: csat.satisfiedShare })}</p> : null}
        <SampleNote answers={csat.answers} smallSample={csat.smallSample} />
      </Card>
      <Card title={t("complaints")} question={t("complaintTotal", { count: complaints.total })}>
        <p className="text-3xl font-semibold tabular-nums">
          {complaints.open + complaints.inProgress}
          <span className="ml-1 text-base font-normal text-slate-500">{t("unresolved")}</span>
        </p>
        <p className="text-sm text-slate-600">{t("complaintCounts", { open: complaints.open, inProgress: complaints.inProgress, handled: complaints.handled })}</p>
        {complaints.averageHandlingDays !== null ? (
          <p className="text-sm text-slate-600">{t("handlingAverage", { days: formatAverage(format, complaints.averageHandlingDays) })}</p>
        ) : null}
        <p className="mt-auto pt-1 text-xs text-slate-500">{t("otherFeedback", { compliments: scores.compliments, tips: scores.tips })}</p>
      </Card>
    </div>
  );
}
