import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CoverageMatrix } from "@/components/reports/coverage-matrix";
import { ExpectationList } from "@/components/reports/expectation-list";
import { PrintButton } from "@/components/reports/print-button";
import { ReportFilters } from "@/components/reports/report-filters";
import { SegmentSummaries } from "@/components/reports/segment-summaries";
import { buttonClasses } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { FEEDBACK_WINDOW_DAYS, getCoverage, listCustomerExpectations, resolveReportFilters } from "@/lib/reports/queries";
import { reportFiltersSchema } from "@/lib/reports/schemas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

function queryString(filters: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function CustomerExpectationsPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  // Sales, admins and team leads; for anyone else the report does not exist.
  if (!can(actor, { action: "report.read", resource: { organisationId: actor.organisationId } })) notFound();
  const t = await getTranslations("reports");
  const filters = await resolveReportFilters(actor, reportFiltersSchema.parse(await searchParams));
  const [coverage, page] = await Promise.all([getCoverage(actor), listCustomerExpectations(actor, filters)]);
  const shared = { group: filters.group === "segment" ? undefined : filters.group, segment: filters.segment, kano: filters.kano, team: filters.teamSlug, result: filters.result, stage: filters.stage, q: filters.q };
  const anyFilter = Boolean(filters.segment || filters.kano || filters.teamSlug || filters.result || filters.stage || filters.q);
  const segments = coverage.segments.filter((segment): segment is { id: string; name: string } => segment !== null);

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 print:max-w-none print:gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-slate-600">{t("intro")}</p>
          <p className="hidden text-sm text-slate-500 print:block">{t("printedOn", { organisation: actor.organisationName })}</p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <a href={`/api/reports/customer-expectations/export${queryString({ ...shared, group: filters.group })}`} className={buttonClasses("secondary")} aria-label={t("exportLabel")} download>
            <Download aria-hidden className="h-4 w-4" />
            {t("export")}
          </a>
          <PrintButton label={t("print")} />
        </div>
      </div>

      <section aria-labelledby="coverage-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 print:p-0 print:shadow-none print:ring-0">
        <h2 id="coverage-heading" className="text-lg font-semibold">
          {t("coverage.heading")}
        </h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">{t("coverage.intro")}</p>
        <CoverageMatrix coverage={coverage} />
      </section>

      <section aria-labelledby="segments-heading" className="flex flex-col gap-3">
        <div>
          <h2 id="segments-heading" className="text-lg font-semibold">
            {t("segments.heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("segments.intro", { days: FEEDBACK_WINDOW_DAYS })}</p>
        </div>
        <SegmentSummaries summaries={coverage.summaries} />
      </section>

      <section aria-labelledby="list-heading" className="flex flex-col gap-3 print:break-before-page">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h2 id="list-heading" className="text-lg font-semibold">
            {t("list.heading")}
          </h2>
          <p className="text-sm text-slate-600" role="status">
            {t("list.count", { count: page.total })}
          </p>
        </div>
        <div className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 print:hidden">
          <ReportFilters filters={filters} teams={coverage.teams} segments={segments} />
        </div>
        {page.rows.length === 0 ? (
          <p className="rounded-lg bg-white p-4 text-slate-600 ring-1 ring-slate-200">{anyFilter ? t("list.empty") : t("list.emptyAll")}</p>
        ) : (
          <ExpectationList rows={page.rows} group={filters.group} />
        )}
        {page.pageCount > 1 ? (
          <nav aria-label={t("list.pagination")} className="flex items-center justify-between gap-2 print:hidden">
            {page.page > 1 ? (
              <Link href={`/reports/customer-expectations${queryString({ ...shared, page: page.page - 1 })}`} className={buttonClasses("secondary")}>
                {t("list.previous")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-sm text-slate-600">{t("list.pageOf", { page: page.page, pageCount: page.pageCount })}</span>
            {page.page < page.pageCount ? (
              <Link href={`/reports/customer-expectations${queryString({ ...shared, page: page.page + 1 })}`} className={buttonClasses("secondary")}>
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
