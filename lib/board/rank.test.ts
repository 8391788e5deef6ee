import { describe, expect, it } from "vitest";
import { compareRanks, insertByRank, isValidRank, RankError, rankForSlot, slotInColumn } from "./rank";

describe("rankForSlot", () => {
  it("gives a key strictly between its neighbours, compared byte-wise", () => {
    const first = rankForSlot({ before: null, after: null });
    const below = rankForSlot({ before: first, after: null });
    const above = rankForSlot({ before: null, after: first });
    const between = rankForSlot({ before: first, after: below });
    expect(above < first && first < between && between < below).toBe(true);
  });

  it("keeps finding room after many inserts into the same gap", () => {
    let low = rankForSlot({ before: null, after: null });
    const high = rankForSlot({ before: low, after: null });
    const keys = new Set<string>();
    for (let i = 0; i < 500; i += 1) {
      const key = rankForSlot({ before: low, after: high });
      expect(low < key && key < high).toBe(true);
      keys.add(key);
      low = key;
    }
    expect(keys.size).toBe(500);
  });

  it("refuses malformed keys and neighbours out of order", () => {
    expect(() => rankForSlot({ before: "!!", after: null })).toThrow(RankError);
    expect(() => rankForSlot({ before: "a1", after: "a0" })).toThrow(RankError);
    expect(() => rankForSlot({ before: "a1", after: "a1" })).toThrow(RankError);
  });

  it("orders upper-case before lower-case, as COLLATE \"C\" does (a locale would not)", () => {
    const top = rankForSlot({ before: null, after: "a0" });
    expect(top).toMatch(/^[A-Z]/);
    expect(compareRanks(top, "a0")).toBe(-1);
    expect(["a0", top].sort(compareRanks)).toEqual([top, "a0"]);
  });
});

describe("isValidRank", () => {
  it("accepts library keys and rejects anything else", () => {
    expect(isValidRank("a0")).toBe(true);
    expect(isValidRank("a0V")).toBe(true);
    expect(isValidRank("")).toBe(false);
    expect(isValidRank("zz")).toBe(false);
    expect(isValidRank("a0 ")).toBe(false);
    expect(isValidRank(42)).toBe(false);
    expect(isValidRank("a".repeat(1000))).toBe(false);
  });
});

describe("slotInColumn", () => {
  const cards = [
    { id: "a", rank: "a0" },
    { id: "b", rank: "a1" },
    { id: "c", rank: "a2" },
  ];

  it("places after the previous card and before whatever follows it", () => {
    expect(slotInColumn(cards, "x", "a", "b")).toEqual({ before: "a0", after: "a1" });
    // The client named c as next, but b sits right after a now: the server's rule wins.
    expect(slotInColumn(cards, "x", "a", "c")).toEqual({ before: "a0", after: "a1" });
  });

  it("falls back to the next card, then to the bottom", () => {
    expect(slotInColumn(cards, "x", null, "a")).toEqual({ before: null, after: "a0" });
    expect(slotInColumn(cards, "x", "gone", "b")).toEqual({ before: "a0", after: "a1" });
    expect(slotInColumn(cards, "x", null, null)).toEqual({ before: "a2", after: null });
  });

  it("ignores the moving card itself", () => {
    expect(slotInColumn(cards, "b", "a", "c")).toEqual({ before: "a0", after: "a2" });
    expect(slotInColumn(cards, "c", null, null)).toEqual({ before: "a1", after: null });
  });

  it("answers null when the named neighbours are not in the column", () => {
    expect(slotInColumn(cards, "x", "gone", "also-gone")).toBeNull();
  });
});

describe("insertByRank", () => {
  it("keeps the list in byte order", () => {
    const list = [{ id: "1", rank: "Zz" }, { id: "2", rank: "a0" }, { id: "3", rank: "a2" }];
    expect(insertByRank(list, { id: "4", rank: "a1" }).map((card) => card.id)).toEqual(["1", "2", "4", "3"]);
    expect(insertByRank(list, { id: "5", rank: "Z0" }).map((card) => card.id)).toEqual(["5", "1", "2", "3"]);
    expect(insertByRank([], { id: "6", rank: "a0" }).map((card) => card.id)).toEqual(["6"]);
  });
});
