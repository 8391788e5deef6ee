"use client";

import { BellRing, CheckCircle2, History, MonitorPlay } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { buttonClasses } from "@/components/ui/button";
import type { DailyStartPage } from "@/lib/daily-start/types";
import { AgendaNav } from "./agenda-nav";
import { AgendaSection } from "./agenda-section";
import { attendanceCounts, AttendancePanel } from "./attendance-panel";
import { dayAsDate } from "./format";
import { ImprovementActionsPanel } from "./improvement-actions-panel";
import { AddItemForm, ItemList } from "./items";
import { KpiCard } from "./kpi-card";
import { KpiManager } from "./kpi-manager";
import { LeadControls } from "./lead-controls";
import { LookBackPanel } from "./look-back-panel";
import { MoodCheckIn } from "./mood-check-in";
import { QuickActions } from "./quick-actions";
import { DailyStartTimer } from "./timer";

/** The team lead's 10-minute stand-up, and what everyone else follows from wherever they are. */
export function DailyStartView({ page }: { page: DailyStartPage }) {
  const t = useTranslations("dailyStart");
  const format = useFormatter();
  const { team, viewer, dailyStart } = page;
  const open = !dailyStart?.finishedAt;
  const running = Boolean(dailyStart?.startedAt && open);
  const current = (section: string) => running && dailyStart?.section === section;
  const base = `/teams/${team.slug}/daily-start`;
  const date = format.dateTime(dayAsDate(page.today), { weekday: "long", day: "numeric", month: "long" });
  const canAddNotes = viewer.canContribute && open;

  return (
    <div className="flex flex-col gap-4">
      <LiveRefresh teams={[team.slug]} lists={["feedback", "successes"]} presence className="justify-end" />
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
        <div className="min-w-0 flex-1 basis-64">
          <h1 className="text-2xl font-semibold">{t("pageTitle", { team: team.name })}</h1>
          <p className="mt-1 text-slate-600 first-letter:uppercase">{date}</p>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`${base}/present`} className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline">
              <MonitorPlay aria-hidden className="h-4 w-4" />
              {t("links.present")}
            </Link>
            <Link href={`${base}/history`} className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline">
              <History aria-hidden className="h-4 w-4" />
              {t("links.history")}
            </Link>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <DailyStartTimer startedAt={dailyStart?.startedAt ?? null} finishedAt={dailyStart?.finishedAt ?? null} />
          {viewer.canRun ? (
            <LeadControls teamId={team.id} teamSlug={team.slug} dailyStart={dailyStart} unmarked={attendanceCounts(page.attendance).UNMARKED} />
          ) : null}
        </div>
      </div>

      {page.catchUp ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg bg-amber-50 p-3 text-amber-950 ring-1 ring-amber-200" role="status" data-testid="catch-up">
          <BellRing aria-hidden className="h-5 w-5 shrink-0" />
          <p className="min-w-0 flex-1">{t("catchUp.text", { date: format.dateTime(dayAsDate(page.catchUp.day), { weekday: "long", day: "numeric", month: "long" }) })}</p>
          <Link href={`${base}/history/${page.catchUp.day}`} className={buttonClasses("secondary", "sm")}>
            {t("catchUp.open")}
          </Link>
        </div>
      ) : null}

      {dailyStart?.finishedAt ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg bg-brand-50 p-3 text-brand-900 ring-1 ring-brand-100" role="status">
          <CheckCircle2 aria-hidden className="h-5 w-5 shrink-0" />
          <p className="min-w-0 flex-1">
            {t("finishedBanner", {
              time: format.dateTime(new Date(dailyStart.finishedAt), { hour: "2-digit", minute: "2-digit" }),
              name: dailyStart.finishedBy?.name ?? "",
            })}
          </p>
          <Link href={`${base}/history/${dailyStart.day}`} className={buttonClasses("secondary", "sm")}>
            {t("links.record")}
          </Link>
        </div>
      ) : !dailyStart?.startedAt ? (
        <p className="rounded-lg bg-white p-3 text-sm text-slate-700 ring-1 ring-slate-200">{viewer.canRun ? t("notStarted.lead") : t("notStarted.member")}</p>
      ) : null}

      <QuickActions teamId={team.id} today={page.today} canLogFeedback={viewer.canLogFeedback} canRecordSuccess={viewer.canRecordSuccess} canSuggest={viewer.canSuggest} />

      <AgendaNav teamId={team.id} dailyStart={dailyStart} canRun={viewer.canRun} />

      <AgendaSection section="ATTENDANCE" current={current("ATTENDANCE")}>
        <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
          <AttendancePanel teamId={team.id} rows={page.attendance} editable={viewer.canRun && open} />
          <MoodCheckIn teamId={team.id} mood={page.mood} canCheckIn={viewer.canCheckIn} open={open} />
        </div>
      </AgendaSection>

      <AgendaSection section="ANNOUNCEMENTS" current={current("ANNOUNCEMENTS")}>
        <ItemList items={page.items} kind="ANNOUNCEMENT" teamSlug={team.slug} canConvert={false} />
        {viewer.canRun && open ? <AddItemForm teamId={team.id} kind="ANNOUNCEMENT" /> : null}
      </AgendaSection>

      <AgendaSection section="LOOK_BACK" current={current("LOOK_BACK")}>
        <LookBackPanel lookBack={page.lookBack} teamSlug={team.slug} />
        <div className="mt-4 grid gap-4 border-t border-slate-100 pt-4 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("items.heading.WENT_WELL")}</h3>
            <ItemList items={page.items} kind="WENT_WELL" teamSlug={team.slug} canConvert={false} />
            {canAddNotes ? <AddItemForm teamId={team.id} kind="WENT_WELL" /> : null}
          </div>
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("items.heading.COULD_BE_BETTER")}</h3>
            <ItemList items={page.items} kind="COULD_BE_BETTER" teamSlug={team.slug} canConvert={false} />
            {canAddNotes ? <AddItemForm teamId={team.id} kind="COULD_BE_BETTER" /> : null}
          </div>
        </div>
      </AgendaSection>

      <AgendaSection
        section="TODAY"
        current={current("TODAY")}
        aside={viewer.canManageKpis ? <KpiManager teamId={team.id} kpis={page.kpis} stuckAfterDays={page.actions.stuckAfterDays} canRun={viewer.canRun} /> : null}
      >
        <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("kpis.heading")}</h3>
        {page.kpis.length === 0 ? (
          <p className="text-sm text-slate-500">{viewer.canManageKpis ? t("kpis.emptyLead") : t("kpis.empty")}</p>
        ) : (
          <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
            {page.kpis.map((kpi) => (
              <KpiCard key={kpi.id} kpi={kpi} today={page.today} canEnter={viewer.canManageKpis} />
            ))}
          </div>
        )}
        <div className="mt-4 border-t border-slate-100 pt-4">
          <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("items.heading.BOTTLENECK")}</h3>
          <ItemList items={page.items} kind="BOTTLENECK" teamSlug={team.slug} canConvert={viewer.canContribute && viewer.canSuggest} />
          {canAddNotes ? <AddItemForm teamId={team.id} kind="BOTTLENECK" /> : null}
        </div>
      </AgendaSection>

      <AgendaSection section="IMPROVEMENTS" current={current("IMPROVEMENTS")}>
        <ImprovementActionsPanel actions={page.actions} teamSlug={team.slug} />
      </AgendaSection>

      <section aria-labelledby="decisions-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
        <h2 id="decisions-heading" className="mb-1 text-lg font-semibold">
          {t("items.heading.DECISION")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("decisionsIntro")}</p>
        <ItemList items={page.items} kind="DECISION" teamSlug={team.slug} canConvert={false} />
        {canAddNotes ? <AddItemForm teamId={team.id} kind="DECISION" /> : null}
      </section>

      {viewer.canRun && dailyStart?.startedAt && open ? (
        <div className="flex justify-end">
          <LeadControls teamId={team.id} teamSlug={team.slug} dailyStart={dailyStart} unmarked={attendanceCounts(page.attendance).UNMARKED} />
        </div>
      ) : null}
    </div>
  );
}
