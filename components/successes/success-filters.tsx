import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { periods } from "@/lib/successes/dates";
import type { SuccessFiltersInput } from "@/lib/successes/schemas";
import type { PersonRef, TeamRef } from "@/lib/successes/types";

const selectClasses =
  "h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

/** A plain GET form: filters live in the URL, work without JavaScript and can be shared. */
export function SuccessFilters({ filters, teams, people }: { filters: SuccessFiltersInput; teams: TeamRef[]; people: PersonRef[] }) {
  const t = useTranslations("successes.filters");
  const active = Boolean(filters.team || filters.period || filters.person || filters.effect);
  return (
    <form method="get" action="/successes" aria-label={t("label")} className="grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto_auto] lg:items-end">
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-team" className="text-sm font-medium text-slate-800">
          {t("team")}
        </label>
        <select id="filter-team" name="team" defaultValue={filters.team ?? ""} className={selectClasses}>
          <option value="">{t("allTeams")}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.slug}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-period" className="text-sm font-medium text-slate-800">
          {t("period")}
        </label>
        <select id="filter-period" name="period" defaultValue={filters.period ?? ""} className={selectClasses}>
          <option value="">{t("allTime")}</option>
          {periods.map((period) => (
            <option key={period} value={period}>
              {t(`periods.${period}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-person" className="text-sm font-medium text-slate-800">
          {t("person")}
        </label>
        <select id="filter-person" name="person" defaultValue={filters.person ?? ""} className={selectClasses}>
          <option value="">{t("everyone")}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <label className="flex h-10 items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="effect" value="1" defaultChecked={filters.effect} className="h-4 w-4 accent-brand-600" />
        {t("effect")}
      </label>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-1">
        <button type="submit" className={buttonClasses("primary", "md", "flex-1 lg:flex-none")}>
          {t("apply")}
        </button>
        {active ? (
          <Link href="/successes" className={buttonClasses("ghost", "md")}>
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
