import { AlertTriangle, CalendarClock, Hourglass, Layers } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ImprovementActions } from "@/lib/daily-start/types";
import { dayAsDate } from "./format";

function Signal({ icon, label, count, tone }: { icon: React.ReactNode; label: string; count: number; tone: "warn" | "ok" }) {
  return (
    <li className={`flex items-center gap-2 rounded-md px-3 py-2 ring-1 ${count > 0 && tone === "warn" ? "bg-amber-50 text-amber-950 ring-amber-200" : "bg-slate-50 text-slate-700 ring-slate-200"}`}>
      {icon}
      <span className="text-2xl font-bold tabular-nums">{count}</span>
      <span className="text-sm leading-tight">{label}</span>
    </li>
  );
}

/** Section 5: what needs the team's attention on the improvement board. */
export function ImprovementActionsPanel({ actions, teamSlug }: { actions: ImprovementActions; teamSlug: string }) {
  const t = useTranslations("dailyStart.actions");
  const tStage = useTranslations("dailyStart.stages");
  const format = useFormatter();
  const link = (id: string) => `/teams/${teamSlug}/improvements/${id}`;
  const stuck = actions.running.filter((card) => card.stuck);
  return (
    <div className="flex flex-col gap-4">
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 xl:grid-cols-4" aria-label={t("signals")}>
        <Signal icon={<Hourglass aria-hidden className="h-5 w-5" />} label={t("stuckCount", { days: actions.stuckAfterDays })} count={stuck.length} tone="warn" />
        <Signal icon={<CalendarClock aria-hidden className="h-5 w-5" />} label={t("overdueCount")} count={actions.overdueActions.length} tone="warn" />
        <Signal icon={<AlertTriangle aria-hidden className="h-5 w-5" />} label={t("waitingCount")} count={actions.waiting.length} tone="warn" />
        <Signal icon={<Layers aria-hidden className="h-5 w-5" />} label={t("overWipCount")} count={actions.overWip.length} tone="warn" />
      </ul>

      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold text-slate-800">{t("running", { count: actions.running.length })}</h3>
        {actions.running.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noRunning")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
            {actions.running.map((card) => (
              <li key={card.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
                <span className="w-14 shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-center text-xs font-semibold text-slate-700">{tStage(card.stage)}</span>
                <Link href={link(card.id)} className="min-w-0 flex-1 basis-48 font-medium text-brand-700 hover:underline">
                  {card.title}
                </Link>
                <span className="text-slate-600">{card.owners.length > 0 ? card.owners.map((owner) => owner.name).join(", ") : t("noOwner")}</span>
                <span className="tabular-nums text-slate-600">{t("daysInStage", { days: card.daysInStage })}</span>
                {card.stuck ? (
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t("stuck", { days: card.idleDays })}</span>
                ) : null}
                {card.overdueActions > 0 ? (
                  <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800">{t("overdueBadge", { count: card.overdueActions })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-slate-800">{t("overdue")}</h3>
          {actions.overdueActions.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noOverdue")}</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm">
              {actions.overdueActions.map((action) => (
                <li key={action.id} className="rounded-md bg-red-50 p-2 ring-1 ring-red-100">
                  <p className="font-medium">{action.description}</p>
                  <p className="text-slate-700">
                    {t("overdueLine", {
                      owner: action.owner?.name ?? t("noOwner"),
                      date: format.dateTime(dayAsDate(action.dueDate), { day: "numeric", month: "short" }),
                      days: action.daysOverdue,
                    })}
                  </p>
                  <Link href={link(action.improvement.id)} className="text-brand-700 hover:underline">
                    {action.improvement.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-slate-800">{t("waiting")}</h3>
          {actions.waiting.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noWaiting")}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {actions.waiting.map((card) => (
                <li key={card.id}>
                  <Link href={link(card.id)} className="font-medium text-brand-700 hover:underline">
                    {card.title}
                  </Link>{" "}
                  <span className="text-slate-600">{t("waitingLine", { name: card.submitter?.name ?? t("unknownPerson"), days: card.waitingDays })}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-slate-800">{t("overWip")}</h3>
          {actions.overWip.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noOverWip")}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {actions.overWip.map((column) => (
                <li key={column.id}>
                  <span className="font-medium">{column.name}</span> <span className="text-slate-600">{t("wipLine", { count: column.count, limit: column.wipLimit })}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
