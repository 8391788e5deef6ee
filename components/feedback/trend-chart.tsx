"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { WeekScores } from "@/lib/feedback/queries";

type Metric = "nps" | "ces" | "csat";

const metrics: Record<Metric, { domain: [number, number]; ticks: number[]; answers: "npsAnswers" | "cesAnswers" | "csatAnswers" }> = {
  nps: { domain: [-100, 100], ticks: [-100, -50, 0, 50, 100], answers: "npsAnswers" },
  ces: { domain: [1, 7], ticks: [1, 2, 3, 4, 5, 6, 7], answers: "cesAnswers" },
  csat: { domain: [1, 5], ticks: [1, 2, 3, 4, 5], answers: "csatAnswers" },
};

/**
 * The weekly trend of one score at a time (their scales differ), with the same figures as a
 * table for anyone who cannot or does not want to read a chart.
 */
export function TrendChart({ weeks, from, to }: { weeks: WeekScores[]; from: string; to: string }) {
  const t = useTranslations("feedback.trend");
  const tScores = useTranslations("feedback.scores");
  const format = useFormatter();
  const [metric, setMetric] = useState<Metric>("nps");
  const groupId = useId();
  const config = metrics[metric];
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { day: "numeric", month: "short" });
  const fullDay = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric" });
  const show = (value: number | null) =>
    value === null ? t("noData") : metric === "nps" ? format.number(value, { signDisplay: "exceptZero" }) : format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const label = tScores(metric);

  return (
    <div className="flex flex-col gap-3">
      <div role="group" aria-labelledby={`${groupId}-label`} className="flex flex-wrap items-center gap-1">
        <span id={`${groupId}-label`} className="mr-1 text-sm text-slate-600">
          {t("metric")}
        </span>
        {(Object.keys(metrics) as Metric[]).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={metric === option}
            onClick={() => setMetric(option)}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:text-brand-700"
          >
            {tScores(option)}
          </button>
        ))}
      </div>
      <figure aria-label={t("chartLabel", { metric: label, from: fullDay(from), to: fullDay(to) })} className="m-0">
        <LineChart responsive data={weeks} style={{ width: "100%", height: 240 }} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="week" tickFormatter={day} tick={{ fontSize: 12, fill: "#475569" }} minTickGap={16} />
          <YAxis domain={config.domain} ticks={config.ticks} allowDataOverflow tick={{ fontSize: 12, fill: "#475569" }} />
          {metric === "nps" ? <ReferenceLine y={0} stroke="#94a3b8" /> : null}
          <Tooltip
            formatter={(value, _name, item) => {
              const answers = (item.payload as WeekScores)[config.answers];
              return [`${show(typeof value === "number" ? value : null)} · ${tScores("answers", { count: answers })}`, label];
            }}
            labelFormatter={(value) => t("week", { date: fullDay(String(value)) })}
          />
          <Line type="monotone" dataKey={metric} stroke="#0c7a56" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </figure>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700 hover:underline">{t("showTable")}</summary>
        <div className="relative mt-2 max-h-72 overflow-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{t("chartLabel", { metric: label, from: fullDay(from), to: fullDay(to) })}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("weekColumn")}
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {label}
                </th>
                <th scope="col" className="py-1 font-medium">
                  {t("answersColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.week} className="border-t border-slate-100">
                  <td className="py-1 pr-4">{t("week", { date: fullDay(week.week) })}</td>
                  <td className="py-1 pr-4 tabular-nums">{show(week[metric])}</td>
                  <td className="py-1 tabular-nums">{week[config.answers]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
