"use client";

import { Award, MessageSquareHeart, MessageSquareWarning } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { LookBack } from "@/lib/daily-start/types";
import { dayAsDate } from "./format";

function Group({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <h3 className="flex items-baseline gap-2 text-sm font-semibold text-slate-800">
        {title}
        <span className="rounded-full bg-slate-100 px-2 text-xs font-medium text-slate-700">{count}</span>
      </h3>
      {children}
    </div>
  );
}

/** Section 3: what happened since the previous daily start (or the last 24 hours). */
export function LookBackPanel({ lookBack, teamSlug }: { lookBack: LookBack; teamSlug: string }) {
  const t = useTranslations("dailyStart.lookBack");
  const format = useFormatter();
  const link = (id: string) => `/teams/${teamSlug}/improvements/${id}`;
  const none = <p className="text-sm text-slate-500">{t("none")}</p>;
  const complaints = lookBack.feedback.filter((item) => item.type === "COMPLAINT").length;
  const compliments = lookBack.feedback.length - complaints;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">
        {lookBack.previousDay
          ? t("sincePrevious", { date: format.dateTime(dayAsDate(lookBack.previousDay), { weekday: "long", day: "numeric", month: "long" }), time: format.dateTime(new Date(lookBack.from), { hour: "2-digit", minute: "2-digit" }) })
          : t("last24Hours")}
      </p>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <Group title={t("created")} count={lookBack.created.length}>
          {lookBack.created.length === 0 ? none : (
            <ul className="flex flex-col gap-1 text-sm">
              {lookBack.created.map((card) => (
                <li key={card.id}>
                  <Link href={link(card.id)} className="text-brand-700 hover:underline">
                    {card.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Group>
        <Group title={t("moved")} count={lookBack.moved.length}>
          {lookBack.moved.length === 0 ? none : (
            <ul className="flex flex-col gap-1 text-sm">
              {lookBack.moved.map((card) => (
                <li key={card.id}>
                  <Link href={link(card.id)} className="text-brand-700 hover:underline">
                    {card.title}
                  </Link>{" "}
                  <span className="text-slate-600">{t("fromTo", { from: card.fromColumn, to: card.toColumn })}</span>
                </li>
              ))}
            </ul>
          )}
        </Group>
        <Group title={t("completed")} count={lookBack.completed.length}>
          {lookBack.completed.length === 0 ? none : (
            <ul className="flex flex-col gap-1 text-sm">
              {lookBack.completed.map((card) => (
                <li key={card.id}>
                  <Link href={link(card.id)} className="text-brand-700 hover:underline">
                    {card.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Group>
        <Group title={t("successes")} count={lookBack.successes.length}>
          {lookBack.successes.length === 0 ? none : (
            <ul className="flex flex-col gap-1 text-sm">
              {lookBack.successes.map((success) => (
                <li key={success.id} className="flex gap-1.5">
                  <Award aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-amber-600" />
                  <Link href={`/successes/${success.id}`} className="text-brand-700 hover:underline">
                    {success.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Group>
      </div>
      <Group title={t("feedback", { complaints, compliments })} count={lookBack.feedback.length}>
        {lookBack.feedback.length === 0 ? none : (
          <ul className="grid gap-2 text-sm md:grid-cols-2" data-testid="look-back-feedback">
            {lookBack.feedback.map((item) => (
              <li
                key={item.id}
                className={`flex gap-2 rounded-md p-2 ring-1 ${item.type === "COMPLAINT" ? "bg-red-50 ring-red-100" : "bg-emerald-50 ring-emerald-100"}`}
              >
                {item.type === "COMPLAINT" ? (
                  <MessageSquareWarning aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-red-700" />
                ) : (
                  <MessageSquareHeart aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-emerald-700" />
                )}
                <div className="min-w-0">
                  <p className="font-medium">{t(`feedbackType.${item.type}`)}</p>
                  {item.text ? <p className="whitespace-pre-line break-words text-slate-800">{item.text}</p> : null}
                  {item.customerName ? <p className="text-xs text-slate-600">{item.customerName}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Group>
    </div>
  );
}
