"use client";

import { Clock } from "lucide-react";
import { useTranslations } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";
import type { Stage } from "@/lib/db/generated/enums";
import { pdcaProgress } from "@/lib/pdca/progress";
import type { PdcaProgress, SectionKey, SectionState } from "@/lib/pdca/types";

const sections: { key: SectionKey; letter: string }[] = [
  { key: "plan", letter: "P" },
  { key: "do", letter: "D" },
  { key: "check", letter: "C" },
  { key: "act", letter: "A" },
];

const stateClasses: Record<SectionState, string> = {
  complete: "bg-brand-600 text-white ring-brand-600",
  started: "bg-amber-100 text-amber-900 ring-amber-300",
  empty: "bg-white text-slate-500 ring-slate-300",
};

/** P-D-C-A at a glance: filled when complete, amber when started; plus overdue actions. */
export function PdcaProgressBadge({ progress }: { progress: PdcaProgress }) {
  const t = useTranslations("pdca");
  const state = (key: SectionKey) => t(`sectionState.${progress.sections[key]}`);
  return (
    <span className="inline-flex items-center gap-1.5" data-testid="pdca-progress">
      <span className="sr-only">
        {t("progress.label", { cycle: progress.cycle, plan: state("plan"), do: state("do"), check: state("check"), act: state("act") })}
      </span>
      <span aria-hidden className="inline-flex items-center gap-0.5" title={t("progress.label", { cycle: progress.cycle, plan: state("plan"), do: state("do"), check: state("check"), act: state("act") })}>
        {sections.map(({ key, letter }) => (
          <span
            key={key}
            data-section={key}
            data-state={progress.sections[key]}
            className={`grid h-4 w-4 place-items-center rounded-sm text-[10px] leading-none font-bold ring-1 ${stateClasses[progress.sections[key]]}`}
          >
            {letter}
          </span>
        ))}
        {progress.cycle > 1 ? <span className="ml-0.5 text-[10px] font-semibold text-slate-600">{t("progress.cycleShort", { cycle: progress.cycle })}</span> : null}
      </span>
      {progress.overdueActions > 0 ? (
        <span className="inline-flex items-center gap-0.5 rounded-full bg-red-50 px-1.5 text-[11px] font-medium text-red-800 ring-1 ring-red-200" data-testid="pdca-overdue">
          <Clock aria-hidden className="h-3 w-3" />
          <span aria-hidden>{progress.overdueActions}</span>
          <span className="sr-only">{t("progress.overdue", { count: progress.overdueActions })}</span>
        </span>
      ) : null}
    </span>
  );
}

const ProgressContext = createContext<Record<string, PdcaProgress> | null>(null);

/** The board page loads every card's progress in one query and hands it down through this. */
export function PdcaProgressProvider({ progress, children }: { progress: Record<string, PdcaProgress>; children: ReactNode }) {
  return <ProgressContext.Provider value={progress}>{children}</ProgressContext.Provider>;
}

const empty = pdcaProgress(null);

/** The badge for one card on the board; nothing for suggestions (IDEA) without a checklist. */
export function CardPdcaProgress({ improvementId, stage }: { improvementId: string; stage: Stage }) {
  const all = useContext(ProgressContext);
  if (!all) return null;
  const progress = all[improvementId];
  if (!progress && stage === "IDEA") return null;
  return <PdcaProgressBadge progress={progress ?? empty} />;
}
