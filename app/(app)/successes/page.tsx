import type { Metadata } from "next";
import { Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Pagination } from "@/components/successes/pagination";
import { SuccessCard } from "@/components/successes/success-card";
import { SuccessFilters } from "@/components/successes/success-filters";
import { TeamSummaries } from "@/components/successes/team-summaries";
import { buttonClasses } from "@/components/ui/button";
import { listTeams } from "@/lib/auth/queries";
import { requirePageActor } from "@/lib/auth/session";
import { todayInAmsterdam } from "@/lib/successes/dates";
import { listFeaturedSuccesses, listRecordableTeams, listSuccesses, listTeamSuccessSummaries, listThankedPeople } from "@/lib/successes/queries";
import { successFiltersSchema } from "@/lib/successes/schemas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("successes");
  return { title: t("title") };
}

export default async function SuccessesPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const t = await getTranslations("successes");
  const filters = successFiltersSchema.parse(await searchParams);
  const today = todayInAmsterdam();
  const filtered = Boolean(filters.team || filters.period || filters.person || filters.effect);
  const [page, featured, summaries, people, teams, recordable] = await Promise.all([
    listSuccesses(actor, filters, { today }),
    filtered || filters.page > 1 ? Promise.resolve([]) : listFeaturedSuccesses(actor),
    listTeamSuccessSummaries(actor, { today }),
    listThankedPeople(actor),
    listTeams(actor),
    listRecordableTeams(actor),
  ]);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-slate-600">{t("intro")}</p>
          <LiveRefresh lists={["successes"]} className="mt-1" />
        </div>
        {recordable.length > 0 ? (
          <Link href="/successes/new" className={buttonClasses("primary", "md", "w-full sm:w-auto")}>
            <Plus aria-hidden className="h-4 w-4" />
            {t("record")}
          </Link>
        ) : null}
      </div>

      {summaries.length > 0 ? <TeamSummaries summaries={summaries} /> : null}

      {featured.length > 0 ? (
        <section aria-labelledby="featured-heading" className="flex flex-col gap-3">
          <h2 id="featured-heading" className="text-lg font-semibold">
            {t("featured.heading")}
          </h2>
          <ul className="grid gap-4 lg:grid-cols-2">
            {featured.map((success) => (
              <li key={success.id} className="flex">
                <SuccessCard success={success} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="all-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="all-heading" className="text-lg font-semibold">
            {t("list.heading")}
          </h2>
          <p className="text-sm text-slate-600" role="status">
            {t("list.count", { count: page.total })}
          </p>
        </div>
        <SuccessFilters filters={filters} teams={teams} people={people} />
        {page.items.length === 0 ? (
          <p className="rounded-lg bg-white p-6 text-center text-slate-600 ring-1 ring-slate-200">{filtered ? t("list.emptyFiltered") : t("list.empty")}</p>
        ) : (
          <ol className="grid gap-4 lg:grid-cols-2">
            {page.items.map((success) => (
              <li key={success.id} className="flex">
                <SuccessCard success={success} />
              </li>
            ))}
          </ol>
        )}
        <Pagination filters={filters} page={page.page} pageCount={page.pageCount} />
      </section>
    </div>
  );
}
