import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import type { SuccessFiltersInput } from "@/lib/successes/schemas";

export function successesHref(filters: SuccessFiltersInput, page = 1): string {
  const query = new URLSearchParams();
  if (filters.team) query.set("team", filters.team);
  if (filters.period) query.set("period", filters.period);
  if (filters.person) query.set("person", filters.person);
  if (filters.effect) query.set("effect", "1");
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/successes?${text}` : "/successes";
}

/** Page links that keep the filters. */
export function Pagination({ filters, page, pageCount }: { filters: SuccessFiltersInput; page: number; pageCount: number }) {
  const t = useTranslations("successes.pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={successesHref(filters, page - 1)} rel="prev" className={buttonClasses("secondary")}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-600" aria-current="page">
        {t("page", { page, pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={successesHref(filters, page + 1)} rel="next" className={buttonClasses("secondary")}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
