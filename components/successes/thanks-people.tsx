import { useFormatter, useTranslations } from "next-intl";
import type { SuccessThanksSummary } from "@/lib/successes/types";

/** "Bedankt door Sanne, Ruben en 3 anderen": who thanked, in the order they did. */
export function ThanksPeople({ thanks, all = false }: { thanks: SuccessThanksSummary; all?: boolean }) {
  const t = useTranslations("successes.thanks");
  const format = useFormatter();
  if (thanks.count === 0 || thanks.people.length === 0) return null;
  const shown = all ? thanks.people : thanks.people.slice(0, 5);
  const others = thanks.count - shown.length;
  const names = shown.map((person) => person.name);
  return (
    <p className="text-xs text-slate-600">
      {others > 0 ? t("whoMore", { names: names.join(", "), count: others }) : t("who", { names: format.list(names, { type: "conjunction" }) })}
    </p>
  );
}
