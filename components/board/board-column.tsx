"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import type { BoardCard, BoardColumn as Column } from "@/lib/board/types";
import { SortableCard } from "./board-card";
import type { CardMenuCommand } from "./card-menu";

type Props = {
  column: Column;
  cardIds: string[];
  cardsById: Map<string, BoardCard>;
  columns: Column[];
  teamSlug: string;
  canTriage: boolean;
  pendingIds: ReadonlySet<string>;
  filtered: boolean;
  loadingMore: boolean;
  header?: React.ReactNode;
  onCommand: (card: BoardCard, command: CardMenuCommand) => void;
  onLoadMore: (column: Column) => void;
};

export function BoardColumnView({
  column,
  cardIds,
  cardsById,
  columns,
  teamSlug,
  canTriage,
  pendingIds,
  filtered,
  loadingMore,
  header,
  onCommand,
  onLoadMore,
}: Props) {
  const t = useTranslations("board");
  const { setNodeRef, isOver } = useDroppable({ id: column.id, data: { type: "column" } });
  const over = column.wipLimit !== null && column.activeCount > column.wipLimit;
  const remaining = column.matchingCount - column.cards.length;
  const headingId = `column-${column.id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      data-column-id={column.id}
      className={`flex w-[85vw] max-w-80 shrink-0 snap-start flex-col rounded-lg bg-slate-100 ring-1 sm:w-72 ${over ? "ring-red-300" : "ring-slate-200"}`}
    >
      <header className="flex items-center gap-2 px-3 pb-2 pt-3">
        <h2 id={headingId} className="min-w-0 flex-1 truncate text-sm font-semibold text-slate-900">
          {column.name}
          <span className="sr-only"> ({t(`stage.${column.stage}`)})</span>
        </h2>
        {column.wipLimit !== null ? (
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ${over ? "bg-red-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300"}`}
            title={over ? t("column.overLimit", { limit: column.wipLimit }) : t("column.wipLabel", { count: column.activeCount, limit: column.wipLimit })}
            data-testid="wip"
          >
            <span aria-hidden>{t("column.wip", { count: column.activeCount, limit: column.wipLimit })}</span>
            <span className="sr-only">
              {t("column.wipLabel", { count: column.activeCount, limit: column.wipLimit })}
              {over ? ` ${t("column.overLimit", { limit: column.wipLimit })}` : ""}
            </span>
          </span>
        ) : (
          <span className="rounded-full bg-white px-2 py-0.5 text-xs font-medium tabular-nums text-slate-600 ring-1 ring-slate-300" data-testid="count">
            <span aria-hidden>{column.activeCount}</span>
            <span className="sr-only">{t("column.count", { count: column.activeCount })}</span>
          </span>
        )}
      </header>
      {over ? <p className="mx-3 mb-2 rounded bg-red-50 px-2 py-1 text-xs text-red-800">{t("column.overLimit", { limit: column.wipLimit ?? 0 })}</p> : null}
      {header ? <div className="px-3 pb-2">{header}</div> : null}
      {filtered ? (
        <p className="px-3 pb-1 text-xs text-slate-500">{t("column.filtered", { shown: column.cards.length, total: column.activeCount })}</p>
      ) : null}
      <SortableContext id={column.id} items={cardIds} strategy={verticalListSortingStrategy}>
        <ol
          ref={setNodeRef}
          aria-label={t("column.region", { name: column.name })}
          className={`flex min-h-24 flex-1 flex-col gap-2 px-2 pb-2 ${isOver ? "rounded-md bg-brand-50/60" : ""}`}
        >
          {cardIds.map((id) => {
            const card = cardsById.get(id);
            if (!card) return null;
            return (
              <SortableCard
                key={id}
                card={card}
                column={column}
                columns={columns}
                teamSlug={teamSlug}
                canTriage={canTriage}
                pending={pendingIds.has(id)}
                onCommand={onCommand}
              />
            );
          })}
          {cardIds.length === 0 ? (
            <li className="rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-xs text-slate-500">
              {t(filtered ? "column.emptyFiltered" : "column.empty")}
            </li>
          ) : null}
        </ol>
      </SortableContext>
      {remaining > 0 ? (
        <div className="px-2 pb-3">
          <button
            type="button"
            onClick={() => onLoadMore(column)}
            disabled={loadingMore}
            className="w-full rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-white disabled:text-slate-400"
          >
            {loadingMore ? t("column.loadingMore") : t("column.showMore", { remaining })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
