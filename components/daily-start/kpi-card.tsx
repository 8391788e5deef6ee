"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { setKpiValueAction } from "@/lib/daily-start/actions";
import type { KpiStatus } from "@/lib/daily-start/kpi-status";
import type { KpiView } from "@/lib/daily-start/types";
import { dayAsDate, formatKpiNumber, formatKpiValue } from "./format";

export const statusTone: Record<KpiStatus, { card: string; value: string; badge: string; dot: string }> = {
  green: { card: "ring-emerald-300", value: "text-emerald-700", badge: "bg-emerald-700 text-white", dot: "#059669" },
  amber: { card: "ring-amber-300", value: "text-amber-700", badge: "bg-amber-400 text-amber-950", dot: "#d97706" },
  red: { card: "ring-red-300", value: "text-red-700", badge: "bg-red-600 text-white", dot: "#dc2626" },
  none: { card: "ring-slate-200", value: "text-slate-800", badge: "bg-slate-200 text-slate-800", dot: "#64748b" },
};

/** Green, amber or red as words too: the colour is never the only signal. */
export function useKpiStatusLabel(): (kpi: Pick<KpiView, "target" | "current">) => string {
  const t = useTranslations("dailyStart.kpis.status");
  return (kpi) => {
    if (!kpi.current) return t("noValue");
    if (kpi.target === null) return t("noTarget");
    return t(kpi.current.status);
  };
}

export function useTargetLabel(): (kpi: Pick<KpiView, "target" | "direction" | "unit">) => string | null {
  const t = useTranslations("dailyStart.kpis");
  const locale = useLocale();
  return (kpi) =>
    kpi.target === null ? null : t(kpi.direction === "HIGHER_IS_BETTER" ? "targetAtLeast" : "targetAtMost", { target: formatKpiValue(locale, kpi.target, kpi.unit) });
}

/** The 14-day trend with the target as a dashed line; each day's dot in its colour. */
export function KpiTrend({ kpi, height = 80, large = false }: { kpi: KpiView; height?: number | "fill"; large?: boolean }) {
  const t = useTranslations("dailyStart.kpis");
  const format = useFormatter();
  const locale = useLocale();
  const values = kpi.trend.flatMap((point) => (point.value === null ? [] : [point.value]));
  if (values.length === 0) return <p className="text-sm text-slate-500">{t("noTrend")}</p>;
  const all = kpi.target === null ? values : [...values, kpi.target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const pad = (max - min) * 0.15 || Math.abs(max) * 0.1 || 1;
  const short = (day: string) => format.dateTime(dayAsDate(day), { day: "numeric", month: "short" });
  return (
    <figure className={`m-0 ${height === "fill" ? "relative h-full" : ""}`} aria-label={t("trendLabel", { name: kpi.name, days: kpi.trend.length })}>
      <LineChart
        responsive
        data={kpi.trend}
        style={height === "fill" ? { position: "absolute", inset: 0, width: "100%", height: "100%" } : { width: "100%", height }}
        margin={{ top: 8, right: 8, bottom: 4, left: 8 }}
      >
        <XAxis dataKey="day" hide />
        <YAxis domain={[min - pad, max + pad]} hide />
        {kpi.target !== null ? <ReferenceLine y={kpi.target} stroke="#64748b" strokeDasharray="4 4" /> : null}
        {large ? null : (
          <Tooltip
            formatter={(value) => [typeof value === "number" ? formatKpiValue(locale, value, kpi.unit) : t("noValueShort"), kpi.name]}
            labelFormatter={(value) => short(String(value))}
          />
        )}
        <Line
          type="linear"
          dataKey="value"
          stroke="#334155"
          strokeWidth={large ? 4 : 2}
          connectNulls
          isAnimationActive={false}
          dot={(props: { cx?: number; cy?: number; index?: number; payload?: { status: KpiStatus; value: number | null } }) => {
            const { cx, cy, payload, index } = props;
            if (cx === undefined || cy === undefined || !payload || payload.value === null) return <g key={index} />;
            return <circle key={index} cx={cx} cy={cy} r={large ? 7 : 3.5} fill={statusTone[payload.status].dot} stroke="white" strokeWidth={1} />;
          }}
        />
      </LineChart>
    </figure>
  );
}

/** The number large, a word-unit ("min", "tickets") smaller beside it; "%" stays attached. */
export function KpiNumber({ value, unit }: { value: number; unit: string }) {
  const locale = useLocale();
  const number = formatKpiNumber(locale, value);
  if (!unit) return number;
  if (unit === "%") return `${number}%`;
  return (
    <>
      {number}
      <span className="ml-[0.2em] text-[0.55em] font-semibold">{unit}</span>
    </>
  );
}

/** One KPI on the performance board. */
export function KpiCard({ kpi, today, canEnter }: { kpi: KpiView; today: string; canEnter: boolean }) {
  const t = useTranslations("dailyStart.kpis");
  const format = useFormatter();
  const statusLabel = useKpiStatusLabel();
  const targetLabel = useTargetLabel();
  const status = kpi.current?.status ?? "none";
  const tone = statusTone[status];
  const headingId = `kpi-${kpi.id}-name`;
  return (
    <article aria-labelledby={headingId} className={`flex flex-col gap-2 rounded-lg bg-white p-3 ring-2 ${tone.card}`} data-testid="kpi-card" data-status={status}>
      <div className="flex items-start justify-between gap-2">
        <h3 id={headingId} className="font-semibold leading-snug">
          {kpi.name}
        </h3>
        <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${tone.badge}`} data-testid="kpi-status">
          {statusLabel(kpi)}
        </span>
      </div>
      <div className="flex flex-wrap items-baseline gap-x-3">
        <span className={`text-3xl font-bold tabular-nums ${tone.value}`} data-testid="kpi-value">
          {kpi.current ? <KpiNumber value={kpi.current.value} unit={kpi.unit} /> : "—"}
        </span>
        {targetLabel(kpi) ? <span className="text-sm text-slate-600">{targetLabel(kpi)}</span> : null}
      </div>
      {kpi.current && kpi.current.day !== today ? (
        <p className="text-xs text-slate-600">{t("valueOf", { date: format.dateTime(dayAsDate(kpi.current.day), { weekday: "short", day: "numeric", month: "short" }) })}</p>
      ) : null}
      <KpiTrend kpi={kpi} />
      {canEnter ? <KpiValueForm kpi={kpi} today={today} /> : null}
    </article>
  );
}

function KpiValueForm({ kpi, today }: { kpi: KpiView; today: string }) {
  const t = useTranslations("dailyStart.kpis");
  const format = useFormatter();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(setKpiValueAction, {});
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!state.submittedAt || handled.current === state.submittedAt) return;
    handled.current = state.submittedAt;
    if (state.ok) router.refresh();
  }, [router, state]);
  const valueId = `kpi-${kpi.id}-value`;
  const dayId = `kpi-${kpi.id}-day`;
  const failed = state.ok === false;
  const valueErrors = failed ? (state.fieldErrors?.value ?? (state.fieldErrors?.day || state.fieldErrors ? undefined : state.message ? [state.message] : undefined)) : undefined;
  const dayErrors = failed ? state.fieldErrors?.day : undefined;
  const todayValue = kpi.todayValue === null ? "" : format.number(kpi.todayValue, { useGrouping: false, maximumFractionDigits: 2 });
  return (
    <form action={formAction} noValidate className="flex flex-col gap-1 border-t border-slate-100 pt-2" key={state.submittedAt ?? "form"}>
      <input type="hidden" name="kpiId" value={kpi.id} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-24 flex-1 flex-col gap-1">
          <label htmlFor={valueId} className="text-xs font-medium text-slate-700">
            {t("valueShort")}
            <span className="sr-only"> {kpi.name}</span>
          </label>
          <TextInput
            id={valueId}
            name="value"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={failed ? state.values?.value : todayValue}
            aria-invalid={Boolean(valueErrors)}
            aria-describedby={valueErrors ? `${valueId}-error` : undefined}
            className="py-1.5"
          />
        </div>
        <div className="flex w-36 flex-col gap-1">
          <label htmlFor={dayId} className="text-xs font-medium text-slate-700">
            {t("dayLabel")}
          </label>
          <TextInput
            id={dayId}
            name="day"
            type="date"
            max={today}
            defaultValue={failed ? state.values?.day : today}
            aria-invalid={Boolean(dayErrors)}
            aria-describedby={dayErrors ? `${dayId}-error` : undefined}
            className="py-1.5"
          />
        </div>
        <Button type="submit" size="sm" variant="secondary" disabled={pending} className="h-9">
          {t("saveValue")}
        </Button>
      </div>
      <div id={`${valueId}-error`} aria-live="polite">
        {valueErrors?.map((error) => (
          <p key={error} className="text-sm text-red-700">
            {error}
          </p>
        ))}
      </div>
      <div id={`${dayId}-error`} aria-live="polite">
        {dayErrors?.map((error) => (
          <p key={error} className="text-sm text-red-700">
            {error}
          </p>
        ))}
      </div>
    </form>
  );
}

