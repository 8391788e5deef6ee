"use client";

import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { arrayMove, sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useOptimistic, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { PdcaProgressProvider } from "@/components/pdca/pdca-progress-badge";
import { LiveStatusBar } from "@/components/realtime/live-refresh";
import { useLiveRefreshHold } from "@/components/realtime/use-live-refresh";
import { loadMoreImprovementsAction, moveImprovementAction, triageImprovementAction } from "@/lib/board/actions";
import { boardReducer, findCard, type BoardAction } from "@/lib/board/move-reducer";
import type { BoardFilters } from "@/lib/board/schemas";
import type { BoardCard, BoardColumn, BoardState } from "@/lib/board/types";
import type { PdcaProgress } from "@/lib/pdca/types";
import { isGateFailure, requestPdcaGate } from "@/components/pdca/gate-requests";
import { CardFrame } from "./board-card";
import { BoardColumnView } from "./board-column";
import type { CardMenuCommand } from "./card-menu";
import { QuickAddForm } from "./quick-add-form";
import { MouseAndPenSensor } from "./sensors";
import { TriageDialog, type TriageSubmit } from "./triage-dialog";
import { useBoardSync, type BoardSync } from "./use-board-sync";
import { useUnsavedWarning } from "./use-unsaved-warning";

type Props = {
  team: { id: string; slug: string; name: string };
  initial: BoardState;
  /** Each card's PDCA progress (cards without a checklist are absent). */
  initialProgress: Record<string, PdcaProgress>;
  filters: BoardFilters;
  filtered: boolean;
  viewer: { canCreate: boolean; canTriage: boolean };
};

type Failure = { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/**
 * The board in the browser. The server's board is the base state; moves apply at once through
 * `useOptimistic` (the same reducer and rank rule as the server) and are confirmed or rolled
 * back when the server answers.
 */
export function Board({ team, initial, initialProgress, filters, filtered, viewer }: Props) {
  const t = useTranslations("board");
  const tErrors = useTranslations("errors");
  const router = useRouter();

  // The server's board; a page refresh (after a conflict, a triage, a resync) replaces it,
  // others' changes update it card by card (useBoardSync).
  const [base, setBase] = useState(initial);
  const [progress, setProgress] = useState(initialProgress);
  const [seenInitial, setSeenInitial] = useState({ board: initial, progress: initialProgress });
  if (seenInitial.board !== initial || seenInitial.progress !== initialProgress) {
    setSeenInitial({ board: initial, progress: initialProgress });
    setBase(initial);
    setProgress(initialProgress);
  }
  const [board, applyOptimistic] = useOptimistic(base, boardReducer);
  const [, startTransition] = useTransition();
  const [pendingIds, setPendingIds] = useState<ReadonlySet<string>>(new Set());
  const [loadingColumn, setLoadingColumn] = useState<string | null>(null);
  const [triage, setTriage] = useState<{ card: BoardCard; decision: "park" | "reject" } | null>(null);
  // A reload while a move is still on its way would lose it: the browser asks first. (Not on
  // Back: a move takes a moment, and a history entry per move would only get in the way.)
  useUnsavedWarning(pendingIds.size > 0, { historyBack: false });

  const confirm = useCallback((action: BoardAction) => startTransition(() => setBase((state) => boardReducer(state, action))), []);

  const setPending = (id: string, on: boolean) =>
    setPendingIds((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const refuse = useCallback(
    (failure: Failure | null) => {
      toast.error(t("errors.moveFailed", { message: failure?.message ?? tErrors("unexpected") }));
      // A stale card or a changed board: fetch the current one so the next try can succeed.
      if (!failure || failure.code === "conflict" || failure.code === "not_found") router.refresh();
    },
    [router, t, tErrors],
  );

  const openPdcaGate = useCallback(
    (card: BoardCard, toColumnId: string, previousId: string | null, nextId: string | null, failure: Failure) =>
      requestPdcaGate({
        improvementId: card.id,
        title: card.title,
        targetColumn: base.columns.find((column) => column.id === toColumnId)?.name ?? "",
        message: failure.message,
        fieldErrors: failure.fieldErrors ?? {},
        retry: async () => {
          const result = await moveImprovementAction({ id: card.id, columnId: toColumnId, previousId, nextId, version: card.version });
          if (result.ok) confirm({ type: "placed", card: result.data });
          return result;
        },
      }),
    [base.columns, confirm],
  );

  const move = useCallback(
    (card: BoardCard, toColumnId: string, previousId: string | null, nextId: string | null) => {
      setPending(card.id, true);
      startTransition(async () => {
        applyOptimistic({ type: "move", cardId: card.id, toColumnId, previousId, nextId });
        try {
          const result = await moveImprovementAction({ id: card.id, columnId: toColumnId, previousId, nextId, version: card.version });
          if (result.ok) confirm({ type: "placed", card: result.data });
          // A stage gate refused: the card goes back and its PDCA checklist opens at what is missing.
          else if (!isGateFailure(result) || !openPdcaGate(card, toColumnId, previousId, nextId, result)) refuse(result);
        } catch {
          refuse(null);
        } finally {
          setPending(card.id, false);
        }
      });
    },
    [applyOptimistic, confirm, openPdcaGate, refuse],
  );

  const decide = useCallback(
    async (card: BoardCard, decision: "accept" | "park" | "reject", reason: string | null) => {
      setPending(card.id, true);
      try {
        const result = await triageImprovementAction({ id: card.id, version: card.version, decision, reason });
        if (!result.ok) {
          if (!result.fieldErrors) refuse(result);
          return result;
        }
        if (result.data.placed) confirm({ type: "placed", card: result.data.placed });
        else confirm({ type: "remove", cardId: card.id });
        toast.success(t(decision === "accept" ? "triage.accepted" : decision === "park" ? "triage.parked" : "triage.rejected", { title: card.title }));
        router.refresh();
        return { ok: true as const };
      } catch {
        refuse(null);
        return { ok: false as const, message: tErrors("unexpected") };
      } finally {
        setPending(card.id, false);
      }
    },
    [confirm, refuse, router, t, tErrors],
  );

  const onCommand = useCallback(
    (card: BoardCard, command: CardMenuCommand) => {
      if (command.type === "move") {
        move(card, command.toColumnId, command.previousId, command.nextId);
        const target = board.columns.find((column) => column.id === command.toColumnId);
        if (target) announce(t("card.moved", { title: card.title, column: target.name }));
        return;
      }
      if (command.decision === "accept") void decide(card, "accept", null);
      else setTriage({ card, decision: command.decision });
    },
    [board.columns, decide, move, t],
  );

  const loadMore = useCallback(
    async (column: BoardColumn) => {
      const last = column.cards.at(-1);
      if (!last) return;
      setLoadingColumn(column.id);
      try {
        const result = await loadMoreImprovementsAction({ teamId: team.id, columnId: column.id, afterRank: last.rank, filters });
        if (result.ok) confirm({ type: "append", columnId: column.id, cards: result.data });
        else toast.error(result.message);
      } catch {
        toast.error(tErrors("unexpected"));
      } finally {
        setLoadingColumn(null);
      }
    },
    [confirm, filters, tErrors, team.id],
  );

  // ---- drag and drop -------------------------------------------------------------------------

  const sensors = useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  // While dragging, the cards' order per column as the person sees it (crossing columns live).
  const [dragItems, setDragItems] = useState<Record<string, string[]> | null>(null);

  const boardItems = useMemo(
    () => Object.fromEntries(board.columns.map((column) => [column.id, column.cards.map((card) => card.id)])),
    [board.columns],
  );
  const items = dragItems ?? boardItems;
  const cardsById = useMemo(() => new Map(board.columns.flatMap((column) => column.cards.map((card) => [card.id, card] as const))), [board.columns]);
  const columnsById = useMemo(() => new Map(board.columns.map((column) => [column.id, column])), [board.columns]);

  const containerOf = useCallback(
    (id: UniqueIdentifier, lists: Record<string, string[]>): string | null => {
      const key = String(id);
      if (key in lists) return key;
      return Object.keys(lists).find((columnId) => lists[columnId]?.includes(key)) ?? null;
    },
    [],
  );

  // Where the dragged card would land, worked out in the drag handlers below (which dnd-kit
  // calls just before it asks for the announcement), so screen readers hear the real position.
  const landing = useRef<{ title: string; column: string; position: number; total: number } | null>(null);

  const prospect = useCallback(
    (activeKey: string, overKey: string, lists: Record<string, string[]>) => {
      const to = containerOf(overKey, lists);
      if (!to) return null;
      const list = lists[to] ?? [];
      const from = list.indexOf(activeKey);
      let index: number;
      if (from < 0) index = overKey === to ? list.length : Math.max(0, list.indexOf(overKey));
      else if (overKey === to) index = list.length - 1;
      else if (overKey === activeKey) index = from;
      else index = list.indexOf(overKey);
      return {
        columnId: to,
        facts: {
          title: cardsById.get(activeKey)?.title ?? "",
          column: columnsById.get(to)?.name ?? "",
          position: index + 1,
          total: from < 0 ? list.length + 1 : list.length,
        },
      };
    },
    [cardsById, columnsById, containerOf],
  );

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: () => (landing.current ? t("dnd.pickedUp", landing.current) : undefined),
      onDragOver: ({ active, over }) => {
        if (!over || over.id === active.id || !landing.current) return undefined;
        return t("dnd.over", landing.current);
      },
      onDragEnd: ({ over }) => (over && landing.current ? t("dnd.dropped", landing.current) : t("dnd.droppedNowhere", { title: landing.current?.title ?? "" })),
      onDragCancel: () => t("dnd.cancelled", { title: landing.current?.title ?? "" }),
    }),
    [t],
  );

  function onDragStart({ active }: DragStartEvent) {
    const key = String(active.id);
    setActiveId(key);
    setDragItems(boardItems);
    landing.current = prospect(key, key, boardItems)?.facts ?? null;
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    const lists = dragItems ?? boardItems;
    const activeKey = String(active.id);
    const overKey = String(over.id);
    const from = containerOf(activeKey, lists);
    const to = containerOf(overKey, lists);
    let next = lists;
    if (from && to && from !== to) {
      const target = (lists[to] ?? []).filter((id) => id !== activeKey);
      let index = target.length;
      if (overKey !== to) {
        const overIndex = target.indexOf(overKey);
        const translated = active.rect.current.translated;
        const below = translated ? translated.top > over.rect.top + over.rect.height / 2 : false;
        index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : target.length;
      }
      target.splice(index, 0, activeKey);
      next = { ...lists, [from]: (lists[from] ?? []).filter((id) => id !== activeKey), [to]: target };
      setDragItems(next);
    }
    const landed = prospect(activeKey, from !== to ? activeKey : overKey, next);
    if (landed) landing.current = landed.facts;
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const lists = dragItems ?? boardItems;
    setActiveId(null);
    setDragItems(null);
    const card = cardsById.get(String(active.id));
    if (!over || !card) return;
    const to = containerOf(over.id, lists);
    if (!to) return;
    let list = lists[to] ?? [];
    const from = list.indexOf(card.id);
    const overIndex = String(over.id) === to ? list.length - 1 : list.indexOf(String(over.id));
    if (from >= 0 && overIndex >= 0 && from !== overIndex) list = arrayMove(list, from, overIndex);
    const at = list.indexOf(card.id);
    if (at < 0) return;
    landing.current = { title: card.title, column: columnsById.get(to)?.name ?? "", position: at + 1, total: list.length };
    const previousId = list[at - 1] ?? null;
    const nextId = list[at + 1] ?? null;
    const original = findCard(board, card.id);
    if (original && original.column.id === to) {
      const before = original.column.cards[original.index - 1]?.id ?? null;
      const after = original.column.cards[original.index + 1]?.id ?? null;
      if (before === previousId && after === nextId) return;
    }
    move(card, to, previousId, nextId);
  }

  // Others' changes apply card by card, never during a drag or while a move is on its way.
  const paused = activeId !== null || pendingIds.size > 0;
  useLiveRefreshHold(paused);
  const applySync = useCallback(
    ({ cards, counts, progress: fetched }: BoardSync) =>
      startTransition(() => {
        setBase((state) => boardReducer(state, { type: "synced", cards, counts }));
        setProgress((current) => {
          const next = { ...current };
          for (const { id } of cards) {
            const known = fetched[id];
            if (known) next[id] = known;
            else delete next[id];
          }
          return next;
        });
      }),
    [],
  );
  const live = useBoardSync({ team, filters, paused, versionOf: (id) => cardsById.get(id)?.version, apply: applySync });

  const activeCard = activeId ? cardsById.get(activeId) : undefined;
  const activeColumn = activeCard ? columnsById.get(activeCard.columnId) : undefined;
  const firstColumnId = board.columns[0]?.id;

  return (
    <PdcaProgressProvider progress={progress}>
      <LiveStatusBar status={live.status} viewers={live.viewers} selfId={live.selfId} waiting={live.waiting} className="min-h-7 justify-end" />
      <DndContext
        id={`board-${team.id}`}
        sensors={sensors}
        collisionDetection={closestCorners}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setActiveId(null);
          setDragItems(null);
        }}
      >
        <div className="relative -mx-3 flex snap-x snap-mandatory gap-3 overflow-x-auto px-3 pb-4 sm:-mx-4 sm:px-4" data-testid="board">
          {board.columns.map((column) => (
            <BoardColumnView
              key={column.id}
              column={column}
              cardIds={items[column.id] ?? []}
              cardsById={cardsById}
              columns={board.columns}
              teamSlug={team.slug}
              canTriage={viewer.canTriage}
              pendingIds={pendingIds}
              filtered={filtered}
              loadingMore={loadingColumn === column.id}
              onCommand={onCommand}
              onLoadMore={loadMore}
              header={
                column.id === firstColumnId && viewer.canCreate ? (
                  <QuickAddForm
                    teamId={team.id}
                    onAdded={(card) => {
                      confirm({ type: "add", card });
                      announce(t("quickAdd.added", { column: column.name }));
                    }}
                  />
                ) : undefined
              }
            />
          ))}
        </div>
        <DragOverlay>
          {activeCard && activeColumn ? <CardFrame card={activeCard} column={activeColumn} teamSlug={team.slug} overlay /> : null}
        </DragOverlay>
      </DndContext>
      <div id="board-status" role="status" aria-live="polite" className="sr-only" />
      {triage ? (
        <TriageDialog
          decision={triage.decision}
          title={triage.card.title}
          onClose={() => setTriage(null)}
          onSubmit={(async (reason) => {
            const result = await decide(triage.card, triage.decision, reason);
            return result.ok ? { ok: true } : { ok: false, message: result.message, fieldErrors: "fieldErrors" in result ? result.fieldErrors : undefined };
          }) satisfies TriageSubmit}
        />
      ) : null}
    </PdcaProgressProvider>
  );
}

/** Tells screen-reader users what a menu move or a new card did. */
function announce(message: string) {
  const region = document.getElementById("board-status");
  if (region) region.textContent = message;
}
