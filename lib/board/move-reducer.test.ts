import { describe, expect, it } from "vitest";
import { boardReducer, findCard, neighboursAt } from "./move-reducer";
import type { BoardCard, BoardColumn, BoardState } from "./types";

function card(id: string, columnId: string, rank: string): BoardCard {
  return {
    id,
    columnId,
    rank,
    title: `Kaart ${id}`,
    version: 1,
    status: "ACTIVE",
    wasteType: null,
    dueDate: null,
    createdAt: "2026-11-01T08:00:00.000Z",
    firstResponseAt: null,
    stageEnteredAt: "2026-11-01T08:00:00.000Z",
    submitter: null,
    owners: [],
    commentCount: 0,
    canMove: true,
  };
}

function column(id: string, cards: BoardCard[]): BoardColumn {
  return { id, name: id, stage: "IDEA", position: 0, wipLimit: null, activeCount: cards.length, matchingCount: cards.length, cards };
}

const board: BoardState = {
  columns: [
    column("new", [card("a", "new", "a0"), card("b", "new", "a1"), card("c", "new", "a2")]),
    column("plan", [card("d", "plan", "a0")]),
  ],
};

const ids = (state: BoardState, columnId: string) => state.columns.find((c) => c.id === columnId)?.cards.map((c) => c.id);

describe("boardReducer: move", () => {
  it("moves a card down within its column", () => {
    const next = boardReducer(board, { type: "move", cardId: "a", toColumnId: "new", previousId: "b", nextId: "c" });
    expect(ids(next, "new")).toEqual(["b", "a", "c"]);
    const moved = findCard(next, "a")?.card;
    expect(moved && moved.rank > "a1" && moved.rank < "a2").toBe(true);
    expect(next.columns[0]?.activeCount).toBe(3);
  });

  it("moves a card to another column and keeps the counts right", () => {
    const next = boardReducer(board, { type: "move", cardId: "b", toColumnId: "plan", previousId: null, nextId: "d" });
    expect(ids(next, "new")).toEqual(["a", "c"]);
    expect(ids(next, "plan")).toEqual(["b", "d"]);
    expect(next.columns.map((c) => c.activeCount)).toEqual([2, 2]);
    expect(findCard(next, "b")?.card.columnId).toBe("plan");
  });

  it("drops into an empty column at the bottom", () => {
    const empty: BoardState = { columns: [...board.columns, column("do", [])] };
    const next = boardReducer(empty, { type: "move", cardId: "c", toColumnId: "do", previousId: null, nextId: null });
    expect(ids(next, "do")).toEqual(["c"]);
  });

  it("leaves the board alone for unknown cards, columns or neighbours", () => {
    expect(boardReducer(board, { type: "move", cardId: "zz", toColumnId: "new", previousId: null, nextId: null })).toBe(board);
    expect(boardReducer(board, { type: "move", cardId: "a", toColumnId: "zz", previousId: null, nextId: null })).toBe(board);
    expect(boardReducer(board, { type: "move", cardId: "a", toColumnId: "plan", previousId: "x", nextId: "y" })).toBe(board);
  });

  it("does not change the state it was given (useOptimistic replays it)", () => {
    const before = JSON.stringify(board);
    boardReducer(board, { type: "move", cardId: "a", toColumnId: "plan", previousId: "d", nextId: null });
    expect(JSON.stringify(board)).toBe(before);
  });
});

describe("boardReducer: server answers", () => {
  it("places a card where the server put it, with its new version", () => {
    const next = boardReducer(board, {
      type: "placed",
      card: { id: "a", columnId: "plan", rank: "Zz", version: 2, stageEnteredAt: "2026-11-02T08:00:00.000Z" },
    });
    expect(ids(next, "plan")).toEqual(["a", "d"]);
    expect(findCard(next, "a")?.card.version).toBe(2);
  });

  it("adds a new card once, at its rank", () => {
    const added = boardReducer(board, { type: "add", card: card("n", "new", "Zz") });
    expect(ids(added, "new")).toEqual(["n", "a", "b", "c"]);
    expect(added.columns[0]?.activeCount).toBe(4);
    expect(boardReducer(added, { type: "add", card: card("n", "new", "Zz") })).toBe(added);
  });

  it("removes a card that left the board", () => {
    const next = boardReducer(board, { type: "remove", cardId: "b" });
    expect(ids(next, "new")).toEqual(["a", "c"]);
    expect(next.columns[0]?.activeCount).toBe(2);
  });

  it("appends the next page of a column without duplicates", () => {
    const next = boardReducer(board, { type: "append", columnId: "new", cards: [card("c", "new", "a2"), card("e", "new", "a3")] });
    expect(ids(next, "new")).toEqual(["a", "b", "c", "e"]);
  });
});

describe("boardReducer: others' changes (synced)", () => {
  const counts = (entries: [string, number, number][]) => entries.map(([id, activeCount, matchingCount]) => ({ id, activeCount, matchingCount }));

  it("moves a card to where the server has it and takes the server's counts", () => {
    const moved = { ...card("a", "plan", "Zz"), version: 2 };
    const next = boardReducer(board, { type: "synced", cards: [{ id: "a", card: moved }], counts: counts([["new", 2, 2], ["plan", 2, 2]]) });
    expect(ids(next, "new")).toEqual(["b", "c"]);
    expect(ids(next, "plan")).toEqual(["a", "d"]);
    expect(findCard(next, "a")?.card.version).toBe(2);
    expect(next.columns.map((c) => [c.activeCount, c.matchingCount])).toEqual([[2, 2], [2, 2]]);
  });

  it("updates a card in place (a new title, a comment) and adds a card it did not have", () => {
    const renamed = { ...card("b", "new", "a1"), title: "Nieuwe titel", commentCount: 3 };
    const next = boardReducer(board, {
      type: "synced",
      cards: [{ id: "b", card: renamed }, { id: "n", card: card("n", "plan", "b0") }],
      counts: counts([["new", 3, 3], ["plan", 2, 2]]),
    });
    expect(ids(next, "new")).toEqual(["a", "b", "c"]);
    expect(findCard(next, "b")?.card).toMatchObject({ title: "Nieuwe titel", commentCount: 3 });
    expect(ids(next, "plan")).toEqual(["d", "n"]);
  });

  it("removes a card that left the view (parked, filtered out, another team)", () => {
    const next = boardReducer(board, { type: "synced", cards: [{ id: "b", card: null }], counts: counts([["new", 2, 2], ["plan", 1, 1]]) });
    expect(ids(next, "new")).toEqual(["a", "c"]);
    expect(next.columns[0]?.activeCount).toBe(2);
  });

  it("does not grow a partly loaded column with a card from below what it shows, but counts it", () => {
    const partial: BoardState = { columns: [{ ...column("new", [card("a", "new", "a0"), card("b", "new", "a1")]), activeCount: 40, matchingCount: 40 }] };
    const below = boardReducer(partial, { type: "synced", cards: [{ id: "x", card: card("x", "new", "z9") }], counts: counts([["new", 41, 41]]) });
    expect(ids(below, "new")).toEqual(["a", "b"]);
    expect(below.columns[0]?.matchingCount).toBe(41);
    const within = boardReducer(partial, { type: "synced", cards: [{ id: "x", card: card("x", "new", "a05") }], counts: counts([["new", 41, 41]]) });
    expect(ids(within, "new")).toEqual(["a", "x", "b"]);
  });

  it("keeps a card that moved within a fully loaded column, at its new rank", () => {
    const next = boardReducer(board, { type: "synced", cards: [{ id: "a", card: { ...card("a", "new", "a15"), version: 2 } }], counts: counts([["new", 3, 3], ["plan", 1, 1]]) });
    expect(ids(next, "new")).toEqual(["b", "a", "c"]);
  });

  it("ignores a card older than the one shown (a read that overtook the person's own move)", () => {
    const moved = boardReducer(board, { type: "placed", card: { id: "a", columnId: "plan", rank: "Zz", version: 2, stageEnteredAt: "2026-11-02T08:00:00.000Z" } });
    const next = boardReducer(moved, { type: "synced", cards: [{ id: "a", card: card("a", "new", "a0") }], counts: counts([["new", 2, 2], ["plan", 2, 2]]) });
    expect(ids(next, "plan")).toEqual(["a", "d"]);
    expect(ids(next, "new")).toEqual(["b", "c"]);
  });

  it("does not change the state it was given", () => {
    const before = JSON.stringify(board);
    boardReducer(board, { type: "synced", cards: [{ id: "a", card: null }], counts: counts([["new", 2, 2]]) });
    expect(JSON.stringify(board)).toBe(before);
  });
});

describe("neighboursAt", () => {
  const list = [{ id: "a" }, { id: "b" }, { id: "c" }];
  it("names the cards above and below a drop position, ignoring the moving card", () => {
    expect(neighboursAt(list, "x", 0)).toEqual({ previousId: null, nextId: "a" });
    expect(neighboursAt(list, "x", 3)).toEqual({ previousId: "c", nextId: null });
    expect(neighboursAt(list, "a", 1)).toEqual({ previousId: "b", nextId: "c" });
    expect(neighboursAt(list, "x", 99)).toEqual({ previousId: "c", nextId: null });
  });
});
