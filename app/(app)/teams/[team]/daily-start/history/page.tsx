import type { Metadata } from "next";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { dayAsDate } from "@/components/daily-start/format";
import { getTeamBySlug } from "@/lib/auth/queries";
import { requirePageActor } from "@/lib/auth/session";
import { listDailyStartHistory } from "@/lib/daily-start/queries";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ team: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor();
  const t = await getTranslations("dailyStart.history");
  const team = await getTeamBySlug(actor, (await params).team).catch(() => null);
  return { title: team ? t("title", { team: team.name }) : t("titleShort") };
}

export default async function DailyStartHistoryPage({ params }: Props) {
  const actor = await requirePageActor();
  const t = await getTranslations("dailyStart.history");
  const format = await getFormatter();
  const { team, entries } = await listDailyStartHistory(actor, (await params).team).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const base = `/teams/${team.slug}/daily-start`;
  const unread = entries.filter((entry) => entry.unread).length;
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4">
      <Link href={base} className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
        <ArrowLeft aria-hidden className="h-4 w-4" />
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("title", { team: team.name })}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
        {unread > 0 ? <p className="mt-2 text-sm font-medium text-amber-900">{t("unreadCount", { count: unread })}</p> : null}
      </div>
      {entries.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-slate-600 ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {entries.map((entry) => {
            const minutes = entry.startedAt ? Math.max(1, Math.round((new Date(entry.finishedAt).getTime() - new Date(entry.startedAt).getTime()) / 60_000)) : null;
            return (
              <li key={entry.id}>
                {/* No prefetch: opening a record marks it read, and only opening it should. */}
                <Link
                  href={`${base}/history/${entry.day}`}
                  prefetch={false}
                  className={`flex flex-wrap items-center gap-x-4 gap-y-1 rounded-lg bg-white p-3 shadow-sm ring-1 hover:ring-brand-500 ${entry.unread ? "ring-amber-300" : "ring-slate-200"}`}
                >
                  <span className="min-w-0 flex-1 basis-56 font-medium first-letter:uppercase">
                    {format.dateTime(dayAsDate(entry.day), { weekday: "long", day: "numeric", month: "long", year: "numeric" })}
                  </span>
                  {entry.unread ? (
                    <span className="rounded-full bg-amber-400 px-2 py-0.5 text-xs font-semibold text-amber-950" data-testid="unread-badge">
                      {t("unread")}
                    </span>
                  ) : null}
                  <span className="text-sm text-slate-600">{t("attendance", { present: entry.present, absent: entry.absent })}</span>
                  <span className="text-sm text-slate-600">
                    {t("counts", { announcements: entry.counts.ANNOUNCEMENT, bottlenecks: entry.counts.BOTTLENECK, decisions: entry.counts.DECISION })}
                  </span>
                  {minutes !== null ? <span className="text-sm tabular-nums text-slate-600">{t("duration", { minutes })}</span> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
