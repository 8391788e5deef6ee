import { useTranslations } from "next-intl";
import type { DailyStartSection } from "@/lib/db/generated/enums";
import { sectionIndex } from "@/lib/daily-start/sections";

/** One step of the fixed agenda; the one the lead is at stands out on every screen. */
export function AgendaSection({
  section,
  current,
  children,
  aside,
}: {
  section: DailyStartSection;
  current: boolean;
  children: React.ReactNode;
  aside?: React.ReactNode;
}) {
  const t = useTranslations("dailyStart");
  const headingId = `section-${section}-heading`;
  return (
    <section
      id={`section-${section}`}
      aria-labelledby={headingId}
      className={`scroll-mt-20 rounded-lg bg-white p-4 shadow-sm ring-1 sm:p-5 ${current ? "ring-2 ring-brand-500" : "ring-slate-200"}`}
      data-current={current ? "true" : undefined}
    >
      <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-2">
        <span aria-hidden className={`grid h-7 w-7 shrink-0 place-items-center rounded-full text-sm font-semibold ${current ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-700"}`}>
          {sectionIndex(section) + 1}
        </span>
        <h2 id={headingId} className="text-lg font-semibold">
          {t(`sections.${section}`)}
        </h2>
        {current ? <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-brand-100">{t("agenda.now")}</span> : null}
        {aside ? <div className="ml-auto flex flex-wrap items-center gap-2">{aside}</div> : null}
      </div>
      {children}
    </section>
  );
}
