"use client";

import { Timer } from "lucide-react";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { formatClock, timerState, type TimerTone } from "@/lib/daily-start/timer";

const tones: Record<TimerTone, string> = {
  idle: "bg-slate-100 text-slate-700 ring-slate-200",
  running: "bg-brand-50 text-brand-900 ring-brand-100",
  over: "bg-amber-100 text-amber-950 ring-amber-300",
  late: "bg-red-100 text-red-900 ring-red-300",
  finished: "bg-slate-100 text-slate-700 ring-slate-200",
};

function subscribeToSeconds(onTick: () => void): () => void {
  const interval = setInterval(onTick, 250);
  return () => clearInterval(interval);
}

function subscribeToNothing(): () => void {
  return () => undefined;
}

function currentSecond(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * The shared 10-minute timer. Counts on this screen from the stored start, so every screen
 * shows the same time without asking the server each second.
 */
export function DailyStartTimer({ startedAt, finishedAt, size = "md" }: { startedAt: string | null; finishedAt: string | null; size?: "md" | "xl" }) {
  const t = useTranslations("dailyStart.timer");
  const running = startedAt !== null && finishedAt === null;
  // Whole seconds, so the snapshot stays the same between ticks; null while rendering on the
  // server (its clock and the browser's may differ).
  const second = useSyncExternalStore(running ? subscribeToSeconds : subscribeToNothing, currentSecond, () => null);
  const now = second === null ? null : second * 1000;

  const state = timerState({
    startedAt: startedAt ? new Date(startedAt) : null,
    finishedAt: finishedAt ? new Date(finishedAt) : null,
    now: new Date(now ?? (startedAt ? new Date(startedAt).getTime() : 0)),
  });
  const clock = state.tone === "finished" ? formatClock(state.elapsedMs) : formatClock(state.remainingMs);
  const label = t(`label.${state.tone}`);
  const big = size === "xl";
  return (
    <div
      className={`inline-flex items-center gap-3 rounded-lg ring-1 ${tones[state.tone]} ${big ? "px-6 py-3" : "px-3 py-1.5"}`}
      data-testid="daily-start-timer"
      data-tone={state.tone}
    >
      <Timer aria-hidden className={big ? "h-10 w-10" : "h-5 w-5"} />
      <div className="flex flex-col leading-tight">
        <span className={big ? "text-2xl font-medium" : "text-xs font-medium"}>{label}</span>
        {/* The clock is not live for screen readers: a reading every second would drown everything else. */}
        <span className={`font-mono font-semibold tabular-nums ${big ? "text-6xl" : "text-2xl"}`} suppressHydrationWarning>
          {state.tone === "idle" ? "10:00" : clock}
        </span>
      </div>
    </div>
  );
}
