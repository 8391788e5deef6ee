"use client";

import Form from "next/form";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { ResolvedReportFilters } from "@/lib/reports/queries";
import { kanoCategories, NONE, reportGroupings, reportResults, reportStages } from "@/lib/reports/limits";

const controlClasses =
  "w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

/** The report's filters live in the URL (a GET form): a filtered report is a link to share. */
export function ReportFilters({
  filters,
  teams,
  segments,
}: {
  filters: Pick<ResolvedReportFilters, "group" | "segment" | "kano" | "teamSlug" | "result" | "stage" | "q">;
  teams: { slug: string; name: string }[];
  segments: { id: string; name: string }[];
}) {
  const t = useTranslations("reports");
  const form = useRef<HTMLFormElement>(null);
  const submit = () => form.current?.requestSubmit();
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string }[], all?: string) => (
    <div className="flex min-w-36 flex-1 basis-36 flex-col gap-1">
      <label htmlFor={`report-${name}`} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={`report-${name}`} name={name} defaultValue={value ?? ""} onChange={submit} className={controlClasses}>
        {all ? <option value="">{all}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <Form
      ref={form}
      action="/reports/customer-expectations"
      replace
      scroll={false}
      aria-label={t("filters.label")}
      className="flex flex-wrap items-end gap-2"
    >
      <div className="flex min-w-full flex-[2] basis-64 flex-col gap-1 sm:min-w-64">
        <label htmlFor="report-q" className="text-xs font-medium text-slate-600">
          {t("filters.q")}
        </label>
        <input id="report-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("filters.qPlaceholder")} className={controlClasses} />
      </div>
      {select(
        "group",
        t("filters.group"),
        filters.group,
        reportGroupings.map((group) => ({ value: group, label: t(`filters.groupOption.${group}`) })),
      )}
      {select(
        "segment",
        t("filters.segment"),
        filters.segment,
        [...segments.map((segment) => ({ value: segment.id, label: segment.name })), { value: NONE, label: t("filters.noSegment") }],
        t("filters.allSegments"),
      )}
      {select(
        "kano",
        t("filters.kano"),
        filters.kano,
        [...kanoCategories.map((kano) => ({ value: kano, label: t(`kano.${kano}`) })), { value: NONE, label: t("kano.none") }],
        t("filters.allKano"),
      )}
      {select("team", t("filters.team"), filters.teamSlug, teams.map((team) => ({ value: team.slug, label: team.name })), t("filters.allTeams"))}
      {select("result", t("filters.result"), filters.result, reportResults.map((result) => ({ value: result, label: t(`result.${result}`) })), t("filters.allResults"))}
      {select("stage", t("filters.stage"), filters.stage, reportStages.map((stage) => ({ value: stage, label: t(`stage.${stage}`) })), t("filters.allStages"))}
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("secondary")}>
          {t("filters.apply")}
        </button>
        <Link href="/reports/customer-expectations" className={buttonClasses("ghost")}>
          {t("filters.reset")}
        </Link>
      </div>
    </Form>
  );
}
