"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { GripVertical } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { BoardCard as Card, BoardColumn } from "@/lib/board/types";
import { CardFacts } from "./card-body";
import { CardMenu, type CardMenuCommand } from "./card-menu";

type Props = {
  card: Card;
  column: BoardColumn;
  columns: BoardColumn[];
  teamSlug: string;
  canTriage: boolean;
  pending: boolean;
  onCommand: (card: Card, command: CardMenuCommand) => void;
};

/**
 * A card on the board. Mouse, pen and touch (long press) drag the whole card; the keyboard
 * picks it up from the grip button, so the title link and the menu stay separate controls.
 */
export function SortableCard({ card, column, columns, teamSlug, canTriage, pending, onCommand }: Props) {
  const t = useTranslations("board");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    data: { columnId: column.id },
    disabled: { draggable: !card.canMove || pending, droppable: false },
  });
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`touch-manipulation ${isDragging ? "opacity-40" : ""}`}
      data-card-id={card.id}
      {...(card.canMove ? pointerListeners : {})}
    >
      <CardFrame
        card={card}
        column={column}
        teamSlug={teamSlug}
        pending={pending}
        handle={
          card.canMove ? (
            <button
              type="button"
              ref={setActivatorNodeRef}
              {...attributes}
              aria-roledescription={t("dnd.cardDescription")}
              onKeyDown={onKeyDown as React.KeyboardEventHandler<HTMLButtonElement> | undefined}
              aria-label={t("card.dragHandle", { title: card.title })}
              className="-ml-1 mt-0.5 shrink-0 cursor-grab rounded p-0.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700 active:cursor-grabbing"
            >
              <GripVertical aria-hidden className="h-4 w-4" />
            </button>
          ) : null
        }
        menu={<CardMenu card={card} column={column} columns={columns} canTriage={canTriage} onCommand={(command) => onCommand(card, command)} />}
      />
    </li>
  );
}

export function CardFrame({
  card,
  column,
  teamSlug,
  pending = false,
  handle,
  menu,
  overlay = false,
}: {
  card: Card;
  column: BoardColumn;
  teamSlug: string;
  pending?: boolean;
  handle?: React.ReactNode;
  menu?: React.ReactNode;
  overlay?: boolean;
}) {
  return (
    <article
      aria-busy={pending || undefined}
      className={`rounded-md bg-white p-3 shadow-sm ring-1 ring-slate-200 ${overlay ? "rotate-1 shadow-lg ring-brand-500" : "hover:ring-slate-300"} ${pending ? "opacity-70" : ""}`}
    >
      <div className="flex items-start gap-1.5">
        {handle}
        <h3 className="min-w-0 flex-1 text-sm font-medium leading-snug text-slate-900">
          {overlay ? (
            card.title
          ) : (
            <Link href={`/teams/${teamSlug}/improvements/${card.id}`} className="break-words hover:text-brand-700 hover:underline" draggable={false}>
              {card.title}
            </Link>
          )}
        </h3>
        {menu}
      </div>
      <CardFacts card={card} stage={column.stage} />
    </article>
  );
}
