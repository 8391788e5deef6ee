import { Cake } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { MILESTONE_EVERY } from "@/lib/successes/milestones";
import type { TeamSuccessSummary } from "@/lib/successes/types";

/** Five steps to the next cake; all five lit when the team just reached a milestone. */
export function MilestoneProgress({ summary }: { summary: TeamSuccessSummary }) {
  const t = useTranslations("successes.teams");
  const reached = summary.total > 0 && summary.total % MILESTONE_EVERY === 0;
  const done = reached ? MILESTONE_EVERY : summary.total % MILESTONE_EVERY;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-1" aria-hidden>
        {Array.from({ length: MILESTONE_EVERY }, (_, index) => (
          <span key={index} className={`h-2 flex-1 rounded-full ${index < done ? (reached ? "bg-amber-400" : "bg-brand-500") : "bg-slate-200"}`} />
        ))}
        <Cake className={`ml-1 h-4 w-4 ${reached ? "text-amber-600" : "text-slate-300"}`} />
      </div>
      <p className="text-xs text-slate-600">
        {reached ? (
          <span className="font-semibold text-amber-800">{t("milestoneReached", { milestone: summary.total })}</span>
        ) : (
          t("toNextMilestone", { count: summary.toNextMilestone })
        )}
      </p>
    </div>
  );
}

/** Recognition of teams, never a ranking: alphabetical, each with its own progress to cake. */
export function TeamSummaries({ summaries }: { summaries: TeamSuccessSummary[] }) {
  const t = useTranslations("successes.teams");
  return (
    <section aria-labelledby="team-summaries-heading" className="flex flex-col gap-3">
      <div>
        <h2 id="team-summaries-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
        {summaries.map((summary) => (
          <li key={summary.team.id} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <Link href={`/successes?team=${encodeURIComponent(summary.team.slug)}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
              {summary.team.name}
            </Link>
            <p className="text-2xl font-semibold text-brand-700">{t("thisMonth", { count: summary.thisMonth })}</p>
            <p className="text-xs text-slate-500">{t("total", { count: summary.total })}</p>
            <MilestoneProgress summary={summary} />
          </li>
        ))}
      </ul>
    </section>
  );
}
