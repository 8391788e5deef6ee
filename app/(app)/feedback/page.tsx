import { Download, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FeedbackFilters } from "@/components/feedback/feedback-filters";
import { FeedbackList } from "@/components/feedback/feedback-list";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { ScoreBreakdown } from "@/components/feedback/score-breakdown";
import { ScoreCards } from "@/components/feedback/score-cards";
import { TrendChart } from "@/components/feedback/trend-chart";
import { availableModules } from "@/components/shell/navigation";
import { buttonClasses } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { resolveFeedbackFilters } from "@/lib/feedback/filters";
import { getFeedbackFormOptions, getFeedbackScores, listFeedback } from "@/lib/feedback/queries";
import { feedbackFiltersSchema } from "@/lib/feedback/schemas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("title") };
}

function queryString(filters: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function FeedbackPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const t = await getTranslations("feedback");
  const format = await getFormatter();
  const filters = await resolveFeedbackFilters(actor, feedbackFiltersSchema.parse(await searchParams));
  const [scores, page, options] = await Promise.all([getFeedbackScores(actor, filters), listFeedback(actor, filters), getFeedbackFormOptions(actor)]);
  const mayRecord = can(actor, { action: "feedback.create", resource: { organisationId: actor.organisationId } });
  const suggestionTeams = options.teams.filter((team) => options.suggestionTeamIds.includes(team.id));
  const successTeams = availableModules.has("successes") ? options.teams.filter((team) => options.successTeamIds.includes(team.id)) : [];
  const shared = { type: filters.type, team: filters.teamSlug, segment: filters.segmentId, status: filters.status, q: filters.q, from: filters.from, to: filters.to };
  const fullDay = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric" });

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-slate-600">{t("intro", { organisation: actor.organisationName })}</p>
          <LiveRefresh lists={["feedback"]} className="mt-1" />
        </div>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/feedback/export${queryString(shared)}`} className={buttonClasses("secondary")} aria-label={t("exportLabel")} download>
            <Download aria-hidden className="h-4 w-4" />
            {t("export")}
          </a>
          {mayRecord ? (
            <Link href="/feedback/new" className={buttonClasses("primary")}>
              <Plus aria-hidden className="h-4 w-4" />
              {t("record")}
            </Link>
          ) : null}
        </div>
      </div>

      <section aria-label={t("filters.label")} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
        <FeedbackFilters filters={filters} teams={options.teams} segments={options.segments} today={options.today} />
        <p className="mt-2 text-xs text-slate-500">{t("filters.scoresNote")}</p>
        {filters.periodSwapped ? (
          <p role="status" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
            {t("filters.periodSwapped")}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="scores-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h2 id="scores-heading" className="text-lg font-semibold">
            {t("scores.heading")}
          </h2>
          <p className="text-sm text-slate-600">{t("scores.period", { from: fullDay(scores.from), to: fullDay(scores.to) })}</p>
        </div>
        <ScoreCards scores={scores.overall} />
        <section aria-labelledby="trend-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h3 id="trend-heading" className="mb-2 text-base font-semibold">
            {t("trend.heading")}
          </h3>
          <TrendChart weeks={scores.weeks} from={scores.from} to={scores.to} />
        </section>
        <div className="grid gap-3 lg:grid-cols-2">
          <ScoreBreakdown
            title={t("breakdown.teams")}
            rows={scores.teams.map((team) => ({ key: team.id ?? "none", name: team.name ?? t("breakdown.noTeam"), scores: team.scores }))}
          />
          <ScoreBreakdown
            title={t("breakdown.segments")}
            rows={scores.segments.map((segment) => ({ key: segment.id ?? "none", name: segment.name ?? t("breakdown.noSegment"), scores: segment.scores }))}
          />
        </div>
      </section>

      <section aria-labelledby="list-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h2 id="list-heading" className="text-lg font-semibold">
            {t("list.heading")}
          </h2>
          <p className="text-sm text-slate-600" role="status">
            {t("list.count", { count: page.total })}
          </p>
        </div>
        {page.items.length === 0 ? (
          <p className="rounded-lg bg-white p-4 text-slate-600 ring-1 ring-slate-200">{t("list.empty")}</p>
        ) : (
          <FeedbackList items={page.items} suggestionTeams={suggestionTeams} successTeams={successTeams} />
        )}
        {page.pageCount > 1 ? (
          <nav aria-label={t("list.pagination")} className="flex items-center justify-between gap-2">
            {page.page > 1 ? (
              <Link href={`/feedback${queryString({ ...shared, page: page.page - 1 })}`} className={buttonClasses("secondary")}>
                {t("list.previous")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-sm text-slate-600">{t("list.pageOf", { page: page.page, pageCount: page.pageCount })}</span>
            {page.page < page.pageCount ? (
              <Link href={`/feedback${queryString({ ...shared, page: page.page + 1 })}`} className={buttonClasses("secondary")}>
                {t("list.next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
