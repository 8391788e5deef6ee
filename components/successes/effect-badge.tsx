import { TrendingUp } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { SuccessEffect } from "@/lib/successes/types";

/** "−30 minuten per week": the measured effect, signed, with a typographic minus. */
export function EffectBadge({ effect, size = "md" }: { effect: SuccessEffect; size?: "sm" | "md" }) {
  const t = useTranslations("successes.card");
  const format = useFormatter();
  const value = format.number(effect.value, { signDisplay: "exceptZero", maximumFractionDigits: 2 }).replace("-", "\u2212");
  return (
    <p
      className={`inline-flex w-fit max-w-full items-center gap-1.5 self-start rounded-md bg-emerald-50 font-semibold text-emerald-900 ring-1 ring-emerald-200 ${size === "sm" ? "px-2 py-0.5 text-xs" : "px-2.5 py-1 text-sm"}`}
    >
      <TrendingUp aria-hidden className={size === "sm" ? "h-3.5 w-3.5 shrink-0" : "h-4 w-4 shrink-0"} />
      <span className="sr-only">{t("effect")}: </span>
      <span className="break-words">
        {value} {effect.unit}
      </span>
    </p>
  );
}
