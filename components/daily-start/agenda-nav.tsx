"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { setDailyStartSectionAction } from "@/lib/daily-start/actions";
import { sectionIndex, sections } from "@/lib/daily-start/sections";
import type { DailyStartState } from "@/lib/daily-start/types";
import { useRunAction } from "./use-run-action";

/**
 * The fixed agenda as steps. The lead jumps to a step (everyone's screen follows); the others
 * use it to scroll to a section.
 */
export function AgendaNav({ teamId, dailyStart, canRun }: { teamId: string; dailyStart: DailyStartState | null; canRun: boolean }) {
  const t = useTranslations("dailyStart");
  const { pending, run } = useRunAction();
  const running = Boolean(dailyStart?.startedAt && !dailyStart.finishedAt);
  const currentIndex = running && dailyStart ? sectionIndex(dailyStart.section) : -1;
  return (
    <nav aria-label={t("agenda.label")} className="overflow-x-auto">
      <ol className="flex min-w-max gap-1 sm:min-w-0 sm:flex-wrap">
        {sections.map((section, index) => {
          const current = index === currentIndex;
          const done = dailyStart?.finishedAt ? true : index < currentIndex;
          const content = (
            <>
              <span aria-hidden className={`grid h-5 w-5 place-items-center rounded-full text-xs font-semibold ${current ? "bg-white text-brand-700" : done ? "bg-brand-600 text-white" : "bg-slate-200 text-slate-700"}`}>
                {done ? <Check className="h-3 w-3" /> : index + 1}
              </span>
              {t(`sections.${section}`)}
            </>
          );
          const classes = `flex items-center gap-2 rounded-full px-3 py-1.5 text-sm font-medium ${current ? "bg-brand-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100"}`;
          return (
            <li key={section}>
              {canRun && running && !current ? (
                <button type="button" className={classes} disabled={pending} onClick={() => run(() => setDailyStartSectionAction({ teamId, section }))} aria-label={t("agenda.goTo", { section: t(`sections.${section}`) })}>
                  {content}
                </button>
              ) : (
                <a href={`#section-${section}`} className={classes} aria-current={current ? "step" : undefined}>
                  {content}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
