"use client";

import { useTranslations } from "next-intl";
import { setAttendanceAction } from "@/lib/daily-start/actions";
import type { AttendanceRow } from "@/lib/daily-start/types";
import type { AttendanceStatus } from "@/lib/db/generated/enums";
import { useRunAction } from "./use-run-action";

const statuses: AttendanceStatus[] = ["PRESENT", "REMOTE", "ABSENT"];

const pressedTone: Record<AttendanceStatus, string> = {
  PRESENT: "aria-pressed:bg-emerald-700 aria-pressed:text-white aria-pressed:ring-emerald-700",
  REMOTE: "aria-pressed:bg-sky-700 aria-pressed:text-white aria-pressed:ring-sky-700",
  ABSENT: "aria-pressed:bg-slate-700 aria-pressed:text-white aria-pressed:ring-slate-700",
};

const badgeTone: Record<AttendanceStatus | "UNMARKED", string> = {
  PRESENT: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  REMOTE: "bg-sky-50 text-sky-800 ring-sky-200",
  ABSENT: "bg-slate-100 text-slate-700 ring-slate-300",
  UNMARKED: "bg-white text-slate-500 ring-slate-200",
};

export function attendanceCounts(rows: AttendanceRow[]): Record<AttendanceStatus | "UNMARKED", number> {
  const counts = { PRESENT: 0, REMOTE: 0, ABSENT: 0, UNMARKED: 0 };
  for (const row of rows) counts[row.status ?? "UNMARKED"] += 1;
  return counts;
}

/** Who is here: quick toggles for the lead (press again to unmark), badges for everyone else. */
export function AttendancePanel({ teamId, rows, editable }: { teamId: string; rows: AttendanceRow[]; editable: boolean }) {
  const t = useTranslations("dailyStart.attendance");
  const { pending, run } = useRunAction();
  const counts = attendanceCounts(rows);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700" data-testid="attendance-summary">
        {t("summary", { present: counts.PRESENT, remote: counts.REMOTE, absent: counts.ABSENT, unmarked: counts.UNMARKED })}
      </p>
      {rows.length === 0 ? <p className="text-sm text-slate-500">{t("noMembers")}</p> : null}
      <ul className="grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
            <span className="min-w-0">
              <span className="font-medium">{row.name}</span>
              {row.role === "LEAD" ? <span className="ml-1 text-xs text-slate-500">({t("lead")})</span> : null}
            </span>
            {editable ? (
              <div role="group" aria-label={t("groupLabel", { name: row.name })} className="flex gap-1">
                {statuses.map((status) => (
                  <button
                    key={status}
                    type="button"
                    aria-pressed={row.status === status}
                    disabled={pending}
                    onClick={() => run(() => setAttendanceAction({ teamId, userId: row.id, status: row.status === status ? null : status }))}
                    className={`rounded-md bg-white px-2 py-1 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-60 ${pressedTone[status]}`}
                  >
                    {t(`status.${status}`)}
                  </button>
                ))}
              </div>
            ) : (
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${badgeTone[row.status ?? "UNMARKED"]}`}>{t(`status.${row.status ?? "UNMARKED"}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
