"use client";

import Form from "next/form";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { buttonClasses } from "@/components/ui/button";
import { ageFilters, wasteTypes } from "@/lib/board/limits";
import type { BoardFilters as Filters } from "@/lib/board/schemas";

const controlClasses =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

/** Filters live in the URL (a GET form), so a filtered board is a link to share. */
export function BoardFilters({
  action,
  filters,
  members,
}: {
  action: string;
  filters: Filters;
  members: { id: string; name: string }[];
}) {
  const t = useTranslations("board.filters");
  const tWaste = useTranslations("board.waste");
  const form = useRef<HTMLFormElement>(null);
  const submit = () => form.current?.requestSubmit();
  const active = Boolean(filters.q || filters.owner || filters.mine || filters.waste || filters.age);
  return (
    <Form ref={form} action={action} replace scroll={false} className="flex flex-wrap items-end gap-2" aria-label={t("label")}>
      {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
      <div className="flex min-w-48 flex-1 flex-col gap-1 sm:max-w-xs">
        <label htmlFor="filter-q" className="text-xs font-medium text-slate-600">
          {t("search")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("searchPlaceholder")} className={controlClasses} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-owner" className="text-xs font-medium text-slate-600">
          {t("owner")}
        </label>
        <select id="filter-owner" name="owner" defaultValue={filters.owner ?? ""} onChange={submit} className={controlClasses}>
          <option value="">{t("anyOwner")}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-waste" className="text-xs font-medium text-slate-600">
          {t("waste")}
        </label>
        <select id="filter-waste" name="waste" defaultValue={filters.waste ?? ""} onChange={submit} className={controlClasses}>
          <option value="">{t("anyWaste")}</option>
          {wasteTypes.map((waste) => (
            <option key={waste} value={waste}>
              {tWaste(waste)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-age" className="text-xs font-medium text-slate-600">
          {t("age")}
        </label>
        <select id="filter-age" name="age" defaultValue={filters.age ?? ""} onChange={submit} className={controlClasses}>
          <option value="">{t("anyAge")}</option>
          {ageFilters.map((age) => (
            <option key={age} value={age}>
              {t(`age${age}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 self-end py-1.5 text-sm text-slate-800">
        <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine === "1"} onChange={submit} className="h-4 w-4 accent-brand-600" />
        {t("mine")}
      </label>
      <button type="submit" className={buttonClasses("secondary", "md", "self-end")}>
        {t("apply")}
      </button>
      {active ? (
        <Link href={filters.status ? `${action}?status=${filters.status}` : action} className={buttonClasses("ghost", "md", "self-end")}>
          {t("clear")}
        </Link>
      ) : null}
    </Form>
  );
}
