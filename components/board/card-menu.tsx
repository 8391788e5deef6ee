"use client";

import { MoreHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import type { BoardCard, BoardColumn } from "@/lib/board/types";

export type CardMenuCommand =
  | { type: "move"; toColumnId: string; previousId: string | null; nextId: string | null }
  | { type: "triage"; decision: "accept" | "park" | "reject" };

const itemClasses =
  "flex cursor-pointer select-none items-center rounded px-2 py-1.5 text-sm text-slate-800 outline-none data-[disabled]:cursor-default data-[disabled]:text-slate-400 data-[highlighted]:bg-brand-50 data-[highlighted]:text-brand-900";

/**
 * "Move to…" and triage without dragging: the same moves as drag and drop, for keyboard,
 * screen-reader and phone users, and for anyone who would rather not drag.
 */
export function CardMenu({
  card,
  column,
  columns,
  canTriage,
  onCommand,
}: {
  card: BoardCard;
  column: BoardColumn;
  columns: BoardColumn[];
  canTriage: boolean;
  onCommand: (command: CardMenuCommand) => void;
}) {
  const t = useTranslations("board");
  const index = column.cards.findIndex((c) => c.id === card.id);
  const above = column.cards[index - 1];
  const twoAbove = column.cards[index - 2];
  const below = column.cards[index + 1];
  const twoBelow = column.cards[index + 2];
  const triage = canTriage && column.stage === "IDEA";
  if (!card.canMove && !triage) return null;
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className="-mr-1 -mt-1 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
        aria-label={t("card.menu", { title: card.title })}
        onPointerDown={(event) => event.stopPropagation()}
      >
        <MoreHorizontal aria-hidden className="h-4 w-4" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} className="z-50 min-w-56 rounded-md bg-white p-1 shadow-lg ring-1 ring-slate-200">
          {card.canMove ? (
            <>
              <DropdownMenu.Label className="px-2 py-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("card.moveTo")}</DropdownMenu.Label>
              {columns.map((target) => {
                const first = target.cards.find((c) => c.id !== card.id);
                return (
                  <DropdownMenu.Item
                    key={target.id}
                    className={itemClasses}
                    disabled={target.id === column.id}
                    onSelect={() => onCommand({ type: "move", toColumnId: target.id, previousId: null, nextId: first?.id ?? null })}
                  >
                    {target.id === column.id ? t("card.currentColumn", { column: target.name }) : t("card.moveToColumn", { column: target.name })}
                  </DropdownMenu.Item>
                );
              })}
              <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
              <DropdownMenu.Item
                className={itemClasses}
                disabled={!above}
                onSelect={() => onCommand({ type: "move", toColumnId: column.id, previousId: twoAbove?.id ?? null, nextId: above?.id ?? null })}
              >
                {t("card.moveUp")}
              </DropdownMenu.Item>
              <DropdownMenu.Item
                className={itemClasses}
                disabled={!below}
                onSelect={() => onCommand({ type: "move", toColumnId: column.id, previousId: below?.id ?? null, nextId: twoBelow?.id ?? null })}
              >
                {t("card.moveDown")}
              </DropdownMenu.Item>
            </>
          ) : null}
          {triage ? (
            <>
              {card.canMove ? <DropdownMenu.Separator className="my-1 h-px bg-slate-200" /> : null}
              <DropdownMenu.Label className="px-2 py-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("triage.label")}</DropdownMenu.Label>
              <DropdownMenu.Item className={itemClasses} onSelect={() => onCommand({ type: "triage", decision: "accept" })}>
                {t("triage.accept")}
              </DropdownMenu.Item>
              <DropdownMenu.Item className={itemClasses} onSelect={() => onCommand({ type: "triage", decision: "park" })}>
                {t("triage.park")}
              </DropdownMenu.Item>
              <DropdownMenu.Item className={itemClasses} onSelect={() => onCommand({ type: "triage", decision: "reject" })}>
                {t("triage.reject")}
              </DropdownMenu.Item>
            </>
          ) : null}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
