"use client";

import Form from "next/form";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { ResolvedFeedbackFilters } from "@/lib/feedback/filters";
import { complaintStatuses, EARLIEST_DAY, feedbackTypes } from "@/lib/feedback/limits";

const controlClasses =
  "w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

type Filters = Pick<ResolvedFeedbackFilters, "type" | "teamSlug" | "segmentId" | "status" | "q" | "from" | "to">;

function isDay(value: string | null): value is string {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Whether the URL asked for days outside the period shown (the server shortened it). */
function periodLimited(params: URLSearchParams, filters: Filters): boolean {
  return [params.get("from"), params.get("to")].filter(isDay).some((day) => day < filters.from || day > filters.to);
}

/** The filters live in the URL (a GET form), so a filtered view is a link to share or bookmark. */
export function FeedbackFilters({
  filters,
  teams,
  segments,
  today,
}: {
  filters: Filters;
  teams: { slug: string; name: string }[];
  segments: { id: string; name: string }[];
  today: string;
}) {
  const t = useTranslations("feedback.filters");
  const tType = useTranslations("feedback.type");
  const tStatus = useTranslations("feedback.status");
  const form = useRef<HTMLFormElement>(null);
  const limited = periodLimited(useSearchParams(), filters);
  const submit = () => form.current?.requestSubmit();
  const field = (id: string, label: string, control: React.ReactNode, className = "min-w-36 flex-1 basis-36") => (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      {control}
    </div>
  );

  return (
    <Form ref={form} action="/feedback" replace scroll={false} aria-label={t("label")} className="flex flex-wrap items-end gap-2">
      {field(
        "filter-q",
        t("q"),
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("qPlaceholder")} className={controlClasses} />,
        "min-w-full flex-[2] basis-64 sm:min-w-64",
      )}
      {field(
        "filter-type",
        t("type"),
        <select id="filter-type" name="type" defaultValue={filters.type ?? ""} onChange={submit} className={controlClasses}>
          <option value="">{t("allTypes")}</option>
          {feedbackTypes.map((type) => (
            <option key={type} value={type}>
              {tType(type)}
            </option>
          ))}
        </select>,
      )}
      {field(
        "filter-status",
        t("status"),
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""} onChange={submit} className={controlClasses}>
          <option value="">{t("allStatuses")}</option>
          {complaintStatuses.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </select>,
      )}
      {field(
        "filter-team",
        t("team"),
        <select id="filter-team" name="team" defaultValue={filters.teamSlug ?? ""} onChange={submit} className={controlClasses}>
          <option value="">{t("allTeams")}</option>
          {teams.map((team) => (
            <option key={team.slug} value={team.slug}>
              {team.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        "filter-segment",
        t("segment"),
        <select id="filter-segment" name="segment" defaultValue={filters.segmentId ?? ""} onChange={submit} className={controlClasses}>
          <option value="">{t("allSegments")}</option>
          {segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name}
            </option>
          ))}
        </select>,
      )}
      {field("filter-from", t("from"), <input id="filter-from" name="from" type="date" min={EARLIEST_DAY} max={today} defaultValue={filters.from} className={controlClasses} />)}
      {field("filter-to", t("to"), <input id="filter-to" name="to" type="date" min={EARLIEST_DAY} max={today} defaultValue={filters.to} className={controlClasses} />)}
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("secondary")}>
          {t("apply")}
        </button>
        <Link href="/feedback" className={buttonClasses("ghost")}>
          {t("reset")}
        </Link>
      </div>
      {limited ? (
        <p role="status" className="basis-full rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {t("periodLimited")}
        </p>
      ) : null}
    </Form>
  );
}
