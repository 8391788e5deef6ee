"use client";

import { CalendarClock, Clock, MessageSquare, UserRound } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { BoardCard } from "@/lib/board/types";
import type { Stage } from "@/lib/db/generated/enums";
import { CardPdcaProgress } from "@/components/pdca/pdca-progress-badge";
import { daysSince } from "./time";

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

/** The facts a card shows on the board: waste, waiting time, due date, owners, comments. */
export function CardFacts({ card, stage }: { card: BoardCard; stage: Stage }) {
  const t = useTranslations("board");
  const format = useFormatter();
  const waiting = stage === "IDEA" && !card.firstResponseAt ? daysSince(card.createdAt) : null;
  const today = new Date().toISOString().slice(0, 10);
  const overdue = card.dueDate !== null && card.dueDate < today;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
      {card.wasteType ? (
        <span className="rounded bg-amber-50 px-1.5 py-0.5 font-medium text-amber-900 ring-1 ring-amber-200">
          {t(`waste.${card.wasteType}`)}
        </span>
      ) : null}
      {waiting !== null ? (
        <span className={`inline-flex items-center gap-1 ${waiting >= 2 ? "font-medium text-red-700" : ""}`} suppressHydrationWarning>
          <Clock aria-hidden className="h-3.5 w-3.5" />
          {waiting === 0 ? t("card.waitingToday") : t("card.waitingDays", { days: waiting })}
        </span>
      ) : null}
      {card.dueDate ? (
        <span className={`inline-flex items-center gap-1 ${overdue ? "font-medium text-red-700" : ""}`}>
          <CalendarClock aria-hidden className="h-3.5 w-3.5" />
          {t(overdue ? "card.overdue" : "card.due", { date: format.dateTime(new Date(`${card.dueDate}T12:00:00Z`), { day: "numeric", month: "short" }) })}
        </span>
      ) : null}
      {card.commentCount > 0 ? (
        <span className="inline-flex items-center gap-1">
          <MessageSquare aria-hidden className="h-3.5 w-3.5" />
          {t("card.comments", { count: card.commentCount })}
        </span>
      ) : null}
      <CardPdcaProgress improvementId={card.id} stage={stage} />
      <span className="ml-auto inline-flex items-center">
        {card.owners.length > 0 ? (
          <span className="flex -space-x-1.5" title={t("card.owners", { names: card.owners.map((o) => o.name).join(", ") })}>
            <span className="sr-only">{t("card.owners", { names: card.owners.map((o) => o.name).join(", ") })}</span>
            {card.owners.slice(0, 3).map((owner) => (
              <span
                key={owner.id}
                aria-hidden
                className="grid h-6 w-6 place-items-center rounded-full bg-brand-100 text-[10px] font-semibold text-brand-900 ring-2 ring-white"
              >
                {initials(owner.name)}
              </span>
            ))}
          </span>
        ) : (
          <span className="inline-flex items-center gap-1 text-slate-400" title={t("card.noOwner")}>
            <UserRound aria-hidden className="h-3.5 w-3.5" />
            <span className="sr-only">{t("card.noOwner")}</span>
          </span>
        )}
      </span>
    </div>
  );
}
