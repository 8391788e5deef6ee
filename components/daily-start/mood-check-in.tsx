"use client";

import { useFormatter, useTranslations } from "next-intl";
import { checkInMoodAction } from "@/lib/daily-start/actions";
import { MOOD_MIN_ANSWERS, type MoodSummary } from "@/lib/daily-start/mood";
import { useRunAction } from "./use-run-action";

const scores = [1, 2, 3, 4, 5] as const;

// The scale is fixed (MOOD_MIN…MOOD_MAX in lib/daily-start/mood.ts); a literal list keeps its labels typed.
/** The team's mood: everyone answers for themselves; only the team's average is ever shown. */
export function MoodCheckIn({
  teamId,
  mood,
  canCheckIn,
  open,
}: {
  teamId: string;
  mood: MoodSummary & { answered: boolean };
  canCheckIn: boolean;
  open: boolean;
}) {
  const t = useTranslations("dailyStart.mood");
  const format = useFormatter();
  const { pending, run } = useRunAction();
  return (
    <div className="flex flex-col gap-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      <p className="text-sm font-medium text-slate-800" data-testid="mood-summary">
        {mood.average === null
          ? t("tooFew", { count: mood.count, minimum: MOOD_MIN_ANSWERS })
          : t("average", { average: format.number(mood.average, { maximumFractionDigits: 1 }), count: mood.count })}
      </p>
      {canCheckIn && open ? (
        <div className="flex flex-col gap-1">
          <p id="mood-question" className="text-sm text-slate-700">
            {mood.answered ? t("answered") : t("question")}
          </p>
          <div role="group" aria-labelledby="mood-question" className="flex flex-wrap gap-1">
            {scores.map((score) => (
              <button
                key={score}
                type="button"
                disabled={pending}
                onClick={() => run(() => checkInMoodAction({ teamId, score }))}
                className="min-w-11 rounded-md bg-white px-2 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-brand-50 disabled:opacity-60"
                aria-label={t("scoreLabel", { score, label: t(`labels.${score}`) })}
              >
                {score}
                <span aria-hidden className="ml-1 hidden text-xs text-slate-500 sm:inline">
                  {t(`labels.${score}`)}
                </span>
              </button>
            ))}
          </div>
          <p className="text-xs text-slate-500">{t("privacy", { minimum: MOOD_MIN_ANSWERS })}</p>
        </div>
      ) : null}
    </div>
  );
}
