"use client";

import { ArrowLeft, BellRing, CheckCircle2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { markDailyStartReadAction } from "@/lib/daily-start/actions";
import { MOOD_MIN_ANSWERS } from "@/lib/daily-start/mood";
import type { DailyStartRecord } from "@/lib/daily-start/types";
import type { AttendanceStatus } from "@/lib/db/generated/enums";
import { dayAsDate } from "./format";
import { ItemList } from "./items";
import { LookBackPanel } from "./look-back-panel";

/** Haalplicht: whoever missed the daily start has caught up once they opened it. */
function useMarkRead(record: DailyStartRecord): "none" | "pending" | "read" | "failed" {
  const needed = record.viewerWasAbsent && !record.viewerHasRead;
  const [state, setState] = useState<"none" | "pending" | "read" | "failed">(needed ? "pending" : record.viewerHasRead ? "read" : "none");
  const sent = useRef(false);
  const router = useRouter();
  useEffect(() => {
    if (!needed || sent.current) return;
    sent.current = true;
    markDailyStartReadAction({ dailyStartId: record.id })
      .then((result) => {
        setState(result.ok ? "read" : "failed");
        // The navigation's unread count lives in the layout, which only a refresh renders again.
        if (result.ok) router.refresh();
      })
      .catch(() => setState("failed"));
  }, [needed, record.id, router]);
  return state;
}

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

const groups: AttendanceStatus[] = ["PRESENT", "REMOTE", "ABSENT"];

/** A finished daily start as it was saved: for the history, and for those who missed it. */
export function DailyStartRecordView({ record }: { record: DailyStartRecord }) {
  const t = useTranslations("dailyStart.record");
  const tDaily = useTranslations("dailyStart");
  const format = useFormatter();
  const read = useMarkRead(record);
  const time = (iso: string) => format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" });
  const minutes = record.startedAt ? Math.max(1, Math.round((new Date(record.finishedAt).getTime() - new Date(record.startedAt).getTime()) / 60_000)) : null;
  const base = `/teams/${record.team.slug}/daily-start`;
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-4">
      <Link href={`${base}/history`} className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
        <ArrowLeft aria-hidden className="h-4 w-4" />
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold first-letter:uppercase">
          {t("title", { team: record.team.name, date: format.dateTime(dayAsDate(record.day), { weekday: "long", day: "numeric", month: "long", year: "numeric" }) })}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {[
            record.startedAt ? t("started", { time: time(record.startedAt), name: record.startedBy?.name ?? "" }) : null,
            t("finished", { time: time(record.finishedAt), name: record.finishedBy?.name ?? "" }),
            minutes !== null ? t("duration", { minutes }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>

      {record.viewerWasAbsent ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg bg-amber-50 p-3 text-amber-950 ring-1 ring-amber-200">
          <BellRing aria-hidden className="h-5 w-5 shrink-0" />
          <p className="min-w-0 flex-1">{t("absentNotice")}</p>
          <p role="status" data-testid="read-status" data-state={read} className="inline-flex items-center gap-1 text-sm font-medium">
            {read === "read" ? (
              <>
                <CheckCircle2 aria-hidden className="h-4 w-4" />
                {t("read")}
              </>
            ) : read === "failed" ? (
              t("readFailed")
            ) : null}
          </p>
        </div>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        <Block title={tDaily("sections.ATTENDANCE")}>
          <dl className="flex flex-col gap-2 text-sm">
            {groups.map((status) => {
              const people = record.attendance.filter((person) => person.status === status);
              return (
                <div key={status} className="flex flex-wrap gap-x-2">
                  <dt className="font-medium">{t("attendanceGroup", { status: tDaily(`attendance.status.${status}`), count: people.length })}</dt>
                  <dd className="text-slate-700">{people.length > 0 ? people.map((person) => person.name).join(", ") : "—"}</dd>
                </div>
              );
            })}
          </dl>
          <p className="mt-3 text-sm text-slate-700">
            {record.mood.average === null
              ? tDaily("mood.tooFew", { count: record.mood.count, minimum: MOOD_MIN_ANSWERS })
              : tDaily("mood.average", { average: format.number(record.mood.average, { maximumFractionDigits: 1 }), count: record.mood.count })}
          </p>
        </Block>
        <Block title={tDaily("sections.ANNOUNCEMENTS")}>
          <ItemList items={record.items} kind="ANNOUNCEMENT" teamSlug={record.team.slug} canConvert={false} />
        </Block>
      </div>

      <Block title={tDaily("sections.LOOK_BACK")}>
        <LookBackPanel lookBack={record.lookBack} teamSlug={record.team.slug} />
        <div className="mt-4 grid gap-4 border-t border-slate-100 pt-4 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-sm font-semibold">{tDaily("items.heading.WENT_WELL")}</h3>
            <ItemList items={record.items} kind="WENT_WELL" teamSlug={record.team.slug} canConvert={false} />
          </div>
          <div>
            <h3 className="mb-2 text-sm font-semibold">{tDaily("items.heading.COULD_BE_BETTER")}</h3>
            <ItemList items={record.items} kind="COULD_BE_BETTER" teamSlug={record.team.slug} canConvert={false} />
          </div>
        </div>
      </Block>

      <div className="grid gap-4 md:grid-cols-2">
        <Block title={tDaily("items.listLabel.BOTTLENECK")}>
          <ItemList items={record.items} kind="BOTTLENECK" teamSlug={record.team.slug} canConvert={false} />
        </Block>
        <Block title={tDaily("items.heading.DECISION")}>
          <ItemList items={record.items} kind="DECISION" teamSlug={record.team.slug} canConvert={false} />
        </Block>
      </div>
    </div>
  );
}
