import { Cake, Star } from "lucide-react";
import { useTranslations } from "next-intl";

/** Every fifth success of a team: cake. */
export function MilestoneBadge({ ordinal, team }: { ordinal: number; team: string }) {
  const t = useTranslations("successes.milestone");
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300"
      title={t("label", { ordinal, team })}
    >
      <Cake aria-hidden className="h-3.5 w-3.5" />
      <span aria-hidden>{t("badge", { ordinal })}</span>
      <span className="sr-only">{t("label", { ordinal, team })}</span>
    </span>
  );
}

export function FeaturedBadge() {
  const t = useTranslations("successes.featured");
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700 ring-1 ring-brand-100">
      <Star aria-hidden className="h-3.5 w-3.5" />
      {t("badge")}
    </span>
  );
}
