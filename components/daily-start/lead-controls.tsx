"use client";

import { ChevronLeft, ChevronRight, Flag, Play } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { toast } from "sonner";
import { Button, buttonClasses } from "@/components/ui/button";
import { finishDailyStartAction, setDailyStartSectionAction, startDailyStartAction } from "@/lib/daily-start/actions";
import { nextSection, previousSection } from "@/lib/daily-start/sections";
import type { DailyStartState } from "@/lib/daily-start/types";
import { useRunAction } from "./use-run-action";

/** Start, move the agenda on or back, finish: the lead's buttons. */
export function LeadControls({ teamId, teamSlug, dailyStart, unmarked, size = "md" }: { teamId: string; teamSlug: string; dailyStart: DailyStartState | null; unmarked: number; size?: "md" | "lg" }) {
  const t = useTranslations("dailyStart.controls");
  const tSection = useTranslations("dailyStart.sections");
  const router = useRouter();
  const { pending, run } = useRunAction();
  const big = size === "lg" ? "h-12 px-5 text-lg" : "";
  if (dailyStart?.finishedAt) return null;
  if (!dailyStart?.startedAt) {
    return (
      <Button onClick={() => run(() => startDailyStartAction({ teamId }))} disabled={pending} className={big}>
        <Play aria-hidden className="h-4 w-4" />
        {t("start")}
      </Button>
    );
  }
  const previous = previousSection(dailyStart.section);
  const next = nextSection(dailyStart.section);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {previous ? (
        <Button variant="secondary" disabled={pending} onClick={() => run(() => setDailyStartSectionAction({ teamId, section: previous }))} aria-label={t("previousLabel", { section: tSection(previous) })} className={big}>
          <ChevronLeft aria-hidden className="h-4 w-4" />
          <span className="hidden sm:inline">{t("previous")}</span>
        </Button>
      ) : null}
      {next ? (
        <Button disabled={pending} onClick={() => run(() => setDailyStartSectionAction({ teamId, section: next }))} className={big}>
          {t("next", { section: tSection(next) })}
          <ChevronRight aria-hidden className="h-4 w-4" />
        </Button>
      ) : null}
      <AlertDialog.Root>
        <AlertDialog.Trigger asChild>
          <Button variant={next ? "secondary" : "primary"} disabled={pending} className={big}>
            <Flag aria-hidden className="h-4 w-4" />
            {t("finish")}
          </Button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
          <AlertDialog.Content className="fixed left-1/2 top-[15vh] z-50 w-[min(28rem,calc(100vw-1rem))] -translate-x-1/2 rounded-lg bg-white p-5 shadow-xl">
            <AlertDialog.Title className="text-lg font-semibold">{t("finishTitle")}</AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-sm text-slate-700">
              {t("finishBody")} {unmarked > 0 ? t("finishUnmarked", { count: unmarked }) : null}
            </AlertDialog.Description>
            <div className="mt-5 flex justify-end gap-2">
              <AlertDialog.Cancel className={buttonClasses("secondary")}>{t("finishCancel")}</AlertDialog.Cancel>
              <AlertDialog.Action
                className={buttonClasses("primary")}
                onClick={() =>
                  run(
                    () => finishDailyStartAction({ teamId }),
                    (data) => {
                      toast.success(t("finished"), {
                        action: { label: t("viewHistory"), onClick: () => router.push(`/teams/${teamSlug}/daily-start/history/${data.day}`) },
                      });
                    },
                  )
                }
              >
                {t("finishConfirm")}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
}
