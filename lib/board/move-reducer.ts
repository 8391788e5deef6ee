import { insertByRank, rankForSlot, slotInColumn } from "./rank";
import type { BoardCard, BoardColumn, BoardState, ColumnCounts, PlacedCard } from "./types";

// The board as the browser holds it. Pure, so `useOptimistic` can replay it on top of the
// server's state, and the rank rule is the server's (lib/board/rank.ts).

export type BoardAction =
  | { type: "move"; cardId: string; toColumnId: string; previousId: string | null; nextId: string | null }
  | { type: "placed"; card: PlacedCard }
  | { type: "add"; card: BoardCard }
  | { type: "remove"; cardId: string }
  | { type: "append"; columnId: string; cards: BoardCard[] }
  | { type: "synced"; cards: readonly { id: string; card: BoardCard | null }[]; counts: readonly ColumnCounts[] };

export function findCard(state: BoardState, cardId: string): { column: BoardColumn; card: BoardCard; index: number } | null {
  for (const column of state.columns) {
    const index = column.cards.findIndex((card) => card.id === cardId);
    const card = column.cards[index];
    if (card) return { column, card, index };
  }
  return null;
}

function withoutCard(state: BoardState, cardId: string): { state: BoardState; card: BoardCard; fromColumnId: string } | null {
  const found = findCard(state, cardId);
  if (!found) return null;
  const columns = state.columns.map((column) =>
    column.id === found.column.id
      ? {
          ...column,
          cards: column.cards.filter((card) => card.id !== cardId),
          activeCount: column.activeCount - 1,
          matchingCount: column.matchingCount - 1,
        }
      : column,
  );
  return { state: { columns }, card: found.card, fromColumnId: found.column.id };
}

function withCard(state: BoardState, card: BoardCard): BoardState {
  return {
    columns: state.columns.map((column) =>
      column.id === card.columnId
        ? {
            ...column,
            cards: insertByRank(column.cards, card),
            activeCount: column.activeCount + 1,
            matchingCount: column.matchingCount + 1,
          }
        : column,
    ),
  };
}

export function boardReducer(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case "move": {
      const target = state.columns.find((column) => column.id === action.toColumnId);
      if (!target) return state;
      const slot = slotInColumn(target.cards, action.cardId, action.previousId, action.nextId);
      const removed = slot && withoutCard(state, action.cardId);
      if (!slot || !removed) return state;
      const rank = rankForSlot(slot);
      const stageChanged = removed.fromColumnId !== target.id;
      return withCard(removed.state, {
        ...removed.card,
        columnId: target.id,
        rank,
        ...(stageChanged ? { stageEnteredAt: new Date().toISOString() } : {}),
      });
    }
    case "placed": {
      const removed = withoutCard(state, action.card.id);
      if (!removed) return state;
      return withCard(removed.state, { ...removed.card, ...action.card });
    }
    case "add": {
      if (findCard(state, action.card.id)) return state;
      return withCard(state, action.card);
    }
    case "remove": {
      return withoutCard(state, action.cardId)?.state ?? state;
    }
    case "synced":
      return synced(state, action.cards, action.counts);
    case "append": {
      return {
        columns: state.columns.map((column) => {
          if (column.id !== action.columnId) return column;
          const known = new Set(column.cards.map((card) => card.id));
          let cards = column.cards;
          for (const card of action.cards) if (!known.has(card.id)) cards = insertByRank(cards, card);
          return { ...column, cards };
        }),
      };
    }
  }
}

/**
 * The neighbours to send to the server for a card dropped at `index` of a column's visible
 * list (computed after removing the card from where it was).
 */
export function neighboursAt(cards: readonly { id: string }[], movingId: string, index: number): { previousId: string | null; nextId: string | null } {
  const others = cards.filter((card) => card.id !== movingId);
  const clamped = Math.max(0, Math.min(index, others.length));
  return { previousId: others[clamped - 1]?.id ?? null, nextId: others[clamped]?.id ?? null };
}

/**
 * Others' changes, fetched card by card: each card leaves where it was and lands where the
 * server has it now, if that is within what this column shows (a column whose "show more" was
 * not pressed does not grow a card from further down); a null card has left this view. The
 * counts are the server's, whatever was loaded. A card older than the one shown is ignored.
 */
function synced(state: BoardState, cards: readonly { id: string; card: BoardCard | null }[], counts: readonly ColumnCounts[]): BoardState {
  // Whether a column shows every matching card, judged before the changes (without them).
  const complete = new Map(state.columns.map((column) => [column.id, column.cards.length >= column.matchingCount]));
  let next = state;
  for (const { id, card } of cards) {
    // A read that started before the person's own confirmed change must not undo it.
    const shown = findCard(next, id)?.card;
    if (card && shown && shown.version > card.version) continue;
    next = withoutCard(next, id)?.state ?? next;
    if (!card) continue;
    next = {
      columns: next.columns.map((column) => {
        if (column.id !== card.columnId) return column;
        const last = column.cards.at(-1);
        const shown = complete.get(column.id) || (last !== undefined && card.rank < last.rank);
        return shown ? { ...column, cards: insertByRank(column.cards, card) } : column;
      }),
    };
  }
  const byId = new Map(counts.map((count) => [count.id, count]));
  return {
    columns: next.columns.map((column) => {
      const count = byId.get(column.id);
      return count ? { ...column, activeCount: count.activeCount, matchingCount: count.matchingCount } : column;
    }),
  };
}
