"use client";

import { Award, ChevronLeft, ChevronRight, Expand, MessageSquareHeart, MessageSquareWarning, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { setDailyStartSectionAction } from "@/lib/daily-start/actions";
import { MOOD_MIN_ANSWERS } from "@/lib/daily-start/mood";
import { nextSection, previousSection, sectionIndex, sections } from "@/lib/daily-start/sections";
import type { DailyStartItemView, DailyStartPage, KpiView } from "@/lib/daily-start/types";
import type { DailyStartItemKind, DailyStartSection } from "@/lib/db/generated/enums";
import { attendanceCounts } from "./attendance-panel";
import { dayAsDate } from "./format";
import { KpiNumber, KpiTrend, statusTone, useKpiStatusLabel, useTargetLabel } from "./kpi-card";
import { DailyStartTimer } from "./timer";
import { useRunAction } from "./use-run-action";

// The screen in the team's room: one agenda step at a time, in type sized to the screen
// (1em ≈ 24px on a 1920×1080 screen) so it reads from three metres and never scrolls: long
// lists show their first entries and how many more there are.

/** Live updates are the main path; this catches anything missed, and the day rolling over. */
const SAFETY_REFRESH_MS = 60_000;

function clip<T>(list: readonly T[], max: number): { shown: readonly T[]; more: number } {
  return { shown: list.slice(0, max), more: Math.max(0, list.length - max) };
}

function Panel({ title, count, children, className = "" }: { title: string; count?: number; children: React.ReactNode; className?: string }) {
  return (
    <section className={`flex min-h-0 flex-col gap-[0.5em] overflow-hidden rounded-[0.6em] bg-slate-800 p-[0.8em] ring-1 ring-slate-700 ${className}`}>
      <h2 className="flex items-baseline gap-[0.4em] text-[1.25em] font-semibold text-white">
        {title}
        {count !== undefined ? <span className="rounded-full bg-slate-700 px-[0.5em] text-[0.8em] font-medium text-slate-100">{count}</span> : null}
      </h2>
      <div className="min-h-0 flex-1 overflow-hidden">{children}</div>
    </section>
  );
}

function More({ count }: { count: number }) {
  const t = useTranslations("dailyStart.present");
  return count > 0 ? <li className="text-[0.85em] text-slate-400">{t("more", { count })}</li> : null;
}

/**
 * A list that shows as many entries as its panel has room for, then "+N more": a fixed number
 * cannot know how long the texts are or how tall the panel is on this screen. It renders up to
 * `max`, measures before the screen paints, and hides what does not fit (again on a resize).
 */
function FittingList<T>({ items, max, className, render }: { items: readonly T[]; max: number; className: string; render: (item: T, index: number) => React.ReactNode }) {
  const listRef = useRef<HTMLUListElement>(null);
  const candidates = items.slice(0, max);
  const [fitting, setFitting] = useState({ of: candidates, count: candidates.length });
  // New entries or another panel height: show all candidates again, then measure.
  const current = fitting.of === candidates || (fitting.of.length === candidates.length && fitting.of.every((item, index) => item === candidates[index]));
  if (!current) setFitting({ of: candidates, count: candidates.length });

  useLayoutEffect(() => {
    const list = listRef.current;
    const box = list?.parentElement;
    if (!list || !box) return;
    // Another panel height: show every candidate again, so the next measure can grow the list too.
    const observer = new ResizeObserver(() => setFitting((current) => ({ of: current.of, count: current.of.length })));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const list = listRef.current;
    const box = list?.parentElement;
    if (!list || !box || fitting.count !== candidates.length) return;
    const top = box.getBoundingClientRect().top;
    const available = box.clientHeight;
    const moreLine = 1.6 * Number.parseFloat(getComputedStyle(list).fontSize);
    const rows = [...list.querySelectorAll<HTMLElement>(":scope > [data-entry]")];
    let count = 0;
    for (const [index, row] of rows.entries()) {
      const isLast = index === items.length - 1;
      if (row.getBoundingClientRect().bottom - top + (isLast ? 0 : moreLine) > available + 0.5) break;
      count = index + 1;
    }
    if (count < candidates.length) setFitting({ of: candidates, count });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- measured again only when everything is shown again
  }, [fitting]);

  return (
    <ul ref={listRef} className={className}>
      {candidates.slice(0, fitting.count).map((item, index) => (
        <li key={index} data-entry className="flex gap-[0.4em]">
          {render(item, index)}
        </li>
      ))}
      <More count={items.length - fitting.count} />
    </ul>
  );
}

function TextList({ items, max, empty }: { items: readonly string[]; max: number; empty: string }) {
  if (items.length === 0) return <p className="text-slate-400">{empty}</p>;
  return (
    <FittingList
      items={items}
      max={max}
      className="flex flex-col gap-[0.35em]"
      render={(text) => <span className="line-clamp-2 min-w-0 break-words leading-snug">{text}</span>}
    />
  );
}

function itemsOf(items: DailyStartItemView[], kind: DailyStartItemKind): string[] {
  return items.filter((item) => item.kind === kind).map((item) => item.text);
}

function AttendanceStep({ page }: { page: DailyStartPage }) {
  const t = useTranslations("dailyStart");
  const format = useFormatter();
  const counts = attendanceCounts(page.attendance);
  const tone = { PRESENT: "bg-emerald-700 ring-emerald-500", REMOTE: "bg-sky-700 ring-sky-500", ABSENT: "bg-slate-700 ring-slate-500 text-slate-300", UNMARKED: "bg-slate-800 ring-slate-600 text-slate-300" };
  const { shown, more } = clip(page.attendance, 15);
  return (
    <div className="grid h-full grid-cols-[2fr_1fr] gap-[1em]">
      <Panel title={t("sections.ATTENDANCE")}>
        <p className="mb-[0.6em] text-[1.1em] text-slate-200">
          {t("attendance.summary", { present: counts.PRESENT, remote: counts.REMOTE, absent: counts.ABSENT, unmarked: counts.UNMARKED })}
        </p>
        <ul className="grid grid-cols-3 gap-[0.5em]">
          {shown.map((person) => (
            <li key={person.id} className={`flex flex-col rounded-[0.4em] px-[0.6em] py-[0.4em] ring-1 ${tone[person.status ?? "UNMARKED"]}`}>
              <span className="truncate text-[1.4em] font-semibold">{person.name}</span>
              <span className="text-[0.9em]">{t(`attendance.status.${person.status ?? "UNMARKED"}`)}</span>
            </li>
          ))}
          <More count={more} />
        </ul>
      </Panel>
      <div className="flex min-h-0 flex-col gap-[1em]">
        <Panel title={t("present.mood")}>
          <p className="text-[1.1em]">
            {page.mood.average === null
              ? t("mood.tooFew", { count: page.mood.count, minimum: MOOD_MIN_ANSWERS })
              : t("mood.average", { average: format.number(page.mood.average, { maximumFractionDigits: 1 }), count: page.mood.count })}
          </p>
        </Panel>
        <Panel title={t("sections.ANNOUNCEMENTS")} className="flex-1">
          <TextList items={itemsOf(page.items, "ANNOUNCEMENT")} max={5} empty={t("items.empty.ANNOUNCEMENT")} />
        </Panel>
      </div>
    </div>
  );
}

function AnnouncementsStep({ page }: { page: DailyStartPage }) {
  const t = useTranslations("dailyStart");
  const announcements = itemsOf(page.items, "ANNOUNCEMENT");
  const { shown, more } = clip(announcements, 6);
  return (
    <Panel title={t("sections.ANNOUNCEMENTS")} className="h-full">
      {announcements.length === 0 ? (
        <p className="text-[1.4em] text-slate-400">{t("items.empty.ANNOUNCEMENT")}</p>
      ) : (
        <ul className="flex flex-col gap-[0.6em]">
          {shown.map((text, index) => (
            <li key={index} className="line-clamp-2 rounded-[0.4em] bg-slate-700/60 px-[0.7em] py-[0.4em] text-[1.6em] leading-snug">
              {text}
            </li>
          ))}
          <More count={more} />
        </ul>
      )}
    </Panel>
  );
}

function LookBackStep({ page }: { page: DailyStartPage }) {
  const t = useTranslations("dailyStart");
  const format = useFormatter();
  const { lookBack } = page;
  return (
    <div className="flex h-full flex-col gap-[0.6em]">
      <p className="text-[1.1em] text-slate-300">
        {lookBack.previousDay
          ? t("lookBack.sincePrevious", {
              date: format.dateTime(dayAsDate(lookBack.previousDay), { weekday: "long", day: "numeric", month: "long" }),
              time: format.dateTime(new Date(lookBack.from), { hour: "2-digit", minute: "2-digit" }),
            })
          : t("lookBack.last24Hours")}
      </p>
      <div className="grid min-h-0 flex-1 grid-cols-3 gap-[1em]">
        <div className="flex min-h-0 flex-col gap-[1em]">
          <Panel title={t("lookBack.created")} count={lookBack.created.length} className="flex-1">
            <TextList items={lookBack.created.map((card) => card.title)} max={3} empty={t("lookBack.none")} />
          </Panel>
          <Panel title={t("lookBack.moved")} count={lookBack.moved.length} className="flex-1">
            <TextList items={lookBack.moved.map((card) => `${card.title} (${card.fromColumn} → ${card.toColumn})`)} max={3} empty={t("lookBack.none")} />
          </Panel>
          <Panel title={t("lookBack.completed")} count={lookBack.completed.length} className="flex-1">
            <TextList items={lookBack.completed.map((card) => card.title)} max={3} empty={t("lookBack.none")} />
          </Panel>
        </div>
        <div className="flex min-h-0 flex-col gap-[1em]">
          <Panel title={t("present.feedback")} count={lookBack.feedback.length} className="flex-[2]">
            {lookBack.feedback.length === 0 ? (
              <p className="text-slate-400">{t("lookBack.none")}</p>
            ) : (
              <FittingList
                items={lookBack.feedback}
                max={8}
                className="flex flex-col gap-[0.4em]"
                render={(item) => (
                  <>
                    {item.type === "COMPLAINT" ? (
                      <MessageSquareWarning aria-hidden className="mt-[0.15em] h-[1em] w-[1em] shrink-0 text-red-400" />
                    ) : (
                      <MessageSquareHeart aria-hidden className="mt-[0.15em] h-[1em] w-[1em] shrink-0 text-emerald-400" />
                    )}
                    <span className="line-clamp-2 leading-snug">
                      <span className="font-semibold">{t(`lookBack.feedbackType.${item.type}`)}:</span> {item.text}
                    </span>
                  </>
                )}
              />
            )}
          </Panel>
          <Panel title={t("lookBack.successes")} count={lookBack.successes.length} className="flex-1">
            {lookBack.successes.length === 0 ? (
              <p className="text-slate-400">{t("lookBack.none")}</p>
            ) : (
              <FittingList
                items={lookBack.successes}
                max={6}
                className="flex flex-col gap-[0.35em]"
                render={(success) => (
                  <>
                    <Award aria-hidden className="mt-[0.15em] h-[1em] w-[1em] shrink-0 text-amber-300" />
                    <span className="line-clamp-1">{success.title}</span>
                  </>
                )}
              />
            )}
          </Panel>
        </div>
        <div className="flex min-h-0 flex-col gap-[1em]">
          <Panel title={t("items.heading.WENT_WELL")} className="flex-1">
            <TextList items={itemsOf(page.items, "WENT_WELL")} max={4} empty={t("items.empty.WENT_WELL")} />
          </Panel>
          <Panel title={t("items.heading.COULD_BE_BETTER")} className="flex-1">
            <TextList items={itemsOf(page.items, "COULD_BE_BETTER")} max={4} empty={t("items.empty.COULD_BE_BETTER")} />
          </Panel>
        </div>
      </div>
    </div>
  );
}

function KpiTile({ kpi, today }: { kpi: KpiView; today: string }) {
  const t = useTranslations("dailyStart.kpis");
  const format = useFormatter();
  const statusLabel = useKpiStatusLabel();
  const targetLabel = useTargetLabel();
  const status = kpi.current?.status ?? "none";
  const valueTone = { green: "text-emerald-300", amber: "text-amber-300", red: "text-red-300", none: "text-white" }[status];
  return (
    <article className={`flex min-h-0 flex-col gap-[0.2em] overflow-hidden rounded-[0.6em] bg-slate-800 p-[0.7em] ring-[0.15em] ${statusTone[status].card}`} data-status={status}>
      <div className="flex items-start justify-between gap-[0.4em]">
        <h3 className="line-clamp-2 text-[1.15em] font-semibold leading-tight">{kpi.name}</h3>
        <span className={`shrink-0 rounded-full px-[0.5em] py-[0.1em] text-[0.8em] font-semibold ${statusTone[status].badge}`}>{statusLabel(kpi)}</span>
      </div>
      <div className="flex flex-wrap items-baseline gap-x-[0.5em]">
        <span className={`text-[2.6em] font-bold leading-none tabular-nums ${valueTone}`}>{kpi.current ? <KpiNumber value={kpi.current.value} unit={kpi.unit} /> : "—"}</span>
        <span className="text-[0.9em] text-slate-300">{targetLabel(kpi)}</span>
      </div>
      {kpi.current && kpi.current.day !== today ? (
        <p className="text-[0.75em] text-slate-400">{t("valueOf", { date: format.dateTime(dayAsDate(kpi.current.day), { weekday: "short", day: "numeric", month: "short" }) })}</p>
      ) : null}
      <div className="min-h-0 flex-1">
        <KpiTrend kpi={kpi} height="fill" large />
      </div>
    </article>
  );
}

function TodayStep({ page }: { page: DailyStartPage }) {
  const t = useTranslations("dailyStart");
  const kpis = clip(page.kpis, 6);
  return (
    <div className="grid h-full grid-cols-[7fr_3fr] gap-[1em]">
      <section className="flex min-h-0 flex-col gap-[0.5em]">
        <h2 className="text-[1.25em] font-semibold">{t("kpis.heading")}</h2>
        {page.kpis.length === 0 ? (
          <p className="text-[1.2em] text-slate-400">{t("kpis.empty")}</p>
        ) : (
          <div className={`grid min-h-0 flex-1 gap-[0.8em] ${kpis.shown.length > 4 ? "grid-cols-3 grid-rows-2" : kpis.shown.length > 2 ? "grid-cols-2 grid-rows-2" : "grid-cols-2 grid-rows-1"}`}>
            {kpis.shown.map((kpi) => (
              <KpiTile key={kpi.id} kpi={kpi} today={page.today} />
            ))}
          </div>
        )}
        {kpis.more > 0 ? <p className="text-[0.85em] text-slate-400">{t("present.more", { count: kpis.more })}</p> : null}
      </section>
      <Panel title={t("items.heading.BOTTLENECK")} count={itemsOf(page.items, "BOTTLENECK").length}>
        <TextList items={itemsOf(page.items, "BOTTLENECK")} max={7} empty={t("items.empty.BOTTLENECK")} />
      </Panel>
    </div>
  );
}

function ImprovementsStep({ page }: { page: DailyStartPage }) {
  const t = useTranslations("dailyStart");
  const tActions = useTranslations("dailyStart.actions");
  const tStage = useTranslations("dailyStart.stages");
  const { actions } = page;
  const stuck = actions.running.filter((card) => card.stuck);
  const running = clip(actions.running, 12);
  const signals = [
    { label: tActions("stuckCount", { days: actions.stuckAfterDays }), count: stuck.length },
    { label: tActions("overdueCount"), count: actions.overdueActions.length },
    { label: tActions("waitingCount"), count: actions.waiting.length },
    { label: tActions("overWipCount"), count: actions.overWip.length },
  ];
  return (
    <div className="flex h-full flex-col gap-[1em]">
      <ul className="grid grid-cols-4 gap-[0.8em]">
        {signals.map((signal) => (
          <li key={signal.label} className={`flex items-center gap-[0.5em] rounded-[0.6em] px-[0.8em] py-[0.4em] ring-1 ${signal.count > 0 ? "bg-amber-400 text-amber-950 ring-amber-300" : "bg-slate-800 text-slate-200 ring-slate-700"}`}>
            <span className="text-[2.2em] font-bold tabular-nums">{signal.count}</span>
            <span className="text-[0.95em] leading-tight">{signal.label}</span>
          </li>
        ))}
      </ul>
      <div className="grid min-h-0 flex-1 grid-cols-[3fr_2fr] gap-[1em]">
        <Panel title={tActions("running", { count: actions.running.length })}>
          {actions.running.length === 0 ? (
            <p className="text-slate-400">{tActions("noRunning")}</p>
          ) : (
            <ul className="flex flex-col gap-[0.35em]">
              {running.shown.map((card) => (
                <li key={card.id} className="flex items-center gap-[0.5em]">
                  <span className="w-[3.2em] shrink-0 rounded bg-slate-700 text-center text-[0.8em] font-semibold">{tStage(card.stage)}</span>
                  <span className="min-w-0 flex-1 truncate">{card.title}</span>
                  <span className="shrink-0 text-[0.85em] text-slate-300">{card.owners.map((owner) => owner.name.split(" ")[0]).join(", ") || tActions("noOwner")}</span>
                  <span className="shrink-0 text-[0.85em] tabular-nums text-slate-300">{tActions("daysInStage", { days: card.daysInStage })}</span>
                  {card.stuck ? <span className="shrink-0 rounded-full bg-amber-400 px-[0.4em] text-[0.75em] font-semibold text-amber-950">{tActions("stuckShort")}</span> : null}
                  {card.overdueActions > 0 ? <span className="shrink-0 rounded-full bg-red-500 px-[0.4em] text-[0.75em] font-semibold text-white">{tActions("overdueShort")}</span> : null}
                </li>
              ))}
              <More count={running.more} />
            </ul>
          )}
        </Panel>
        <div className="flex min-h-0 flex-col gap-[1em]">
          <Panel title={tActions("overdue")} count={actions.overdueActions.length} className="flex-1">
            <TextList
              items={actions.overdueActions.map((action) => `${action.description} — ${action.owner?.name ?? tActions("noOwner")}`)}
              max={3}
              empty={tActions("noOverdue")}
            />
          </Panel>
          <Panel title={tActions("waiting")} count={actions.waiting.length} className="flex-1">
            <TextList items={actions.waiting.map((card) => card.title)} max={3} empty={tActions("noWaiting")} />
          </Panel>
          {actions.overWip.length > 0 ? (
            <Panel title={tActions("overWip")} count={actions.overWip.length}>
              <TextList items={actions.overWip.map((column) => `${column.name}: ${tActions("wipLine", { count: column.count, limit: column.wipLimit })}`)} max={2} empty="" />
            </Panel>
          ) : null}
        </div>
      </div>
      <p className="sr-only">{t("sections.IMPROVEMENTS")}</p>
    </div>
  );
}

function FinishedStep({ page }: { page: DailyStartPage }) {
  const t = useTranslations("dailyStart");
  const format = useFormatter();
  const finishedAt = page.dailyStart?.finishedAt;
  return (
    <div className="grid h-full grid-cols-2 gap-[1em]">
      <div className="col-span-2 text-[1.6em] font-semibold text-emerald-300">
        {finishedAt ? t("present.finished", { time: format.dateTime(new Date(finishedAt), { hour: "2-digit", minute: "2-digit" }) }) : null}
      </div>
      <Panel title={t("items.heading.DECISION")}>
        <TextList items={itemsOf(page.items, "DECISION")} max={6} empty={t("items.empty.DECISION")} />
      </Panel>
      <Panel title={t("items.heading.BOTTLENECK")}>
        <TextList items={itemsOf(page.items, "BOTTLENECK")} max={6} empty={t("items.empty.BOTTLENECK")} />
      </Panel>
    </div>
  );
}

const steps: Record<DailyStartSection, (props: { page: DailyStartPage }) => React.ReactNode> = {
  ATTENDANCE: AttendanceStep,
  ANNOUNCEMENTS: AnnouncementsStep,
  LOOK_BACK: LookBackStep,
  TODAY: TodayStep,
  IMPROVEMENTS: ImprovementsStep,
};

/** Full screen, large type, refreshing itself; the lead may step through it with the arrow keys. */
export function PresentationView({ page }: { page: DailyStartPage }) {
  const t = useTranslations("dailyStart");
  const format = useFormatter();
  const router = useRouter();
  const { pending, run } = useRunAction();
  const { team, dailyStart, viewer } = page;
  const running = Boolean(dailyStart?.startedAt && !dailyStart.finishedAt);
  const finished = Boolean(dailyStart?.finishedAt);
  // Before the start the room sees today's numbers and bottlenecks: the performance board.
  const section: DailyStartSection = running && dailyStart ? dailyStart.section : "TODAY";
  const Step = steps[section];
  const canStep = viewer.canRun && running;
  const previous = previousSection(section);
  const next = nextSection(section);

  useEffect(() => {
    const interval = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, SAFETY_REFRESH_MS);
    return () => clearInterval(interval);
  }, [router]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "f" || event.key === "F") {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      }
      if (!canStep || pending) return;
      if (event.key === "ArrowRight" && next) run(() => setDailyStartSectionAction({ teamId: team.id, section: next }));
      if (event.key === "ArrowLeft" && previous) run(() => setDailyStartSectionAction({ teamId: team.id, section: previous }));
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [canStep, next, pending, previous, run, team.id]);

  return (
    <div
      className="flex h-dvh flex-col gap-[0.8em] overflow-hidden bg-slate-900 px-[1.2em] py-[0.8em] text-white"
      style={{ fontSize: "clamp(14px, min(1.25vw, 2.2vh), 40px)" }}
      data-testid="presentation"
    >
      <header className="grid grid-cols-[1fr_auto] items-center gap-x-[1em] gap-y-[0.5em]">
        <div className="min-w-0">
          <h1 className="truncate text-[1.8em] font-bold leading-tight">{t("pageTitle", { team: team.name })}</h1>
          <p className="text-[1em] text-slate-300 first-letter:uppercase">{format.dateTime(dayAsDate(page.today), { weekday: "long", day: "numeric", month: "long" })}</p>
        </div>
        <div className="row-span-2">
          <DailyStartTimer startedAt={dailyStart?.startedAt ?? null} finishedAt={dailyStart?.finishedAt ?? null} size="xl" />
        </div>
        <ol className="flex flex-wrap gap-[0.4em]" aria-label={t("agenda.label")}>
          {sections.map((item, index) => {
            const current = running && item === section;
            const done = finished || (running && index < sectionIndex(section));
            return (
              <li
                key={item}
                aria-current={current ? "step" : undefined}
                className={`rounded-full px-[0.7em] py-[0.2em] text-[0.95em] font-semibold ${current ? "bg-brand-600 text-white" : done ? "bg-slate-700 text-slate-300" : "bg-slate-800 text-slate-400 ring-1 ring-slate-700"}`}
              >
                {index + 1}. {t(`sections.${item}`)}
              </li>
            );
          })}
        </ol>
      </header>

      {!running && !finished ? <p className="text-[1.1em] text-amber-200">{t("present.notStarted")}</p> : null}

      <div className="min-h-0 flex-1" data-testid="presentation-body">
        {finished ? <FinishedStep page={page} /> : <Step page={page} />}
      </div>

      <footer className="flex items-center gap-[1em] text-[0.75em] text-slate-400">
        <LiveRefresh teams={[team.slug]} lists={["feedback", "successes"]} className="[&_p]:text-amber-300" />
        <span>{t("present.footer")}</span>
        <div className="ml-auto flex items-center gap-[0.6em]">
          {canStep ? (
            <>
              <button
                type="button"
                disabled={!previous || pending}
                onClick={() => previous && run(() => setDailyStartSectionAction({ teamId: team.id, section: previous }))}
                className="inline-flex items-center gap-1 rounded px-2 py-1 text-slate-200 ring-1 ring-slate-600 hover:bg-slate-800 disabled:opacity-40"
              >
                <ChevronLeft aria-hidden className="h-4 w-4" />
                {t("controls.previous")}
              </button>
              <button
                type="button"
                disabled={!next || pending}
                onClick={() => next && run(() => setDailyStartSectionAction({ teamId: team.id, section: next }))}
                className="inline-flex items-center gap-1 rounded px-2 py-1 text-slate-200 ring-1 ring-slate-600 hover:bg-slate-800 disabled:opacity-40"
              >
                {t("present.next")}
                <ChevronRight aria-hidden className="h-4 w-4" />
              </button>
            </>
          ) : null}
          <button
            type="button"
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
            className="inline-flex items-center gap-1 rounded px-2 py-1 text-slate-200 ring-1 ring-slate-600 hover:bg-slate-800"
          >
            <Expand aria-hidden className="h-4 w-4" />
            {t("present.fullScreen")}
          </button>
          <Link href={`/teams/${team.slug}/daily-start`} className="inline-flex items-center gap-1 rounded px-2 py-1 text-slate-200 ring-1 ring-slate-600 hover:bg-slate-800">
            <X aria-hidden className="h-4 w-4" />
            {t("present.exit")}
          </Link>
        </div>
      </footer>
    </div>
  );
}
