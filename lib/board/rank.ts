import { generateKeyBetween } from "fractional-indexing";

// Card order: fractional-index keys from the fractional-indexing library, compared as plain
// byte strings (`<`, and COLLATE "C" in the database), never with localeCompare.
// The same functions place a card in the browser (optimistic) and on the server (authoritative).

export class RankError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RankError";
  }
}

const MAX_RANK_LENGTH = 512;
// The library's default alphabet: a base-52 head, then base-62 digits.
const RANK_PATTERN = /^[A-Za-z][0-9A-Za-z]*$/;

/** Whether a string is a key the library produced (and could produce neighbours for). */
export function isValidRank(rank: unknown): rank is string {
  if (typeof rank !== "string" || rank.length > MAX_RANK_LENGTH || !RANK_PATTERN.test(rank)) return false;
  try {
    generateKeyBetween(rank, null);
    return true;
  } catch {
    return false;
  }
}

export type Slot = { before: string | null; after: string | null };

/** A key strictly between `before` and `after` (null: the start or the end of the column). */
export function rankForSlot({ before, after }: Slot): string {
  if (before !== null && !isValidRank(before)) throw new RankError(`malformed rank: ${before}`);
  if (after !== null && !isValidRank(after)) throw new RankError(`malformed rank: ${after}`);
  if (before !== null && after !== null && !(before < after)) throw new RankError(`ranks out of order: ${before} !< ${after}`);
  return generateKeyBetween(before, after);
}

export type Ranked = { id: string; rank: string };

/**
 * The slot a card lands in when dropped with `previousId` directly above it and `nextId`
 * directly below (the server's rule, see commands.ts): after `previous` and before whatever
 * follows it now; else before `next`; else at the bottom. `cards` is the target column in rank
 * order; the moving card itself is ignored. Null when the named neighbours are not in it.
 */
export function slotInColumn(
  cards: readonly Ranked[],
  movingId: string,
  previousId: string | null | undefined,
  nextId: string | null | undefined,
): Slot | null {
  const others = cards.filter((card) => card.id !== movingId);
  if (previousId) {
    const index = others.findIndex((card) => card.id === previousId);
    if (index >= 0) return { before: others[index]?.rank ?? null, after: others[index + 1]?.rank ?? null };
  }
  if (nextId) {
    const index = others.findIndex((card) => card.id === nextId);
    if (index >= 0) return { before: others[index - 1]?.rank ?? null, after: others[index]?.rank ?? null };
  }
  if (previousId || nextId) return null;
  return { before: others.at(-1)?.rank ?? null, after: null };
}

/** Inserts a card into a rank-ordered list, keeping it ordered (binary search, `<` only). */
export function insertByRank<T extends Ranked>(cards: readonly T[], card: T): T[] {
  let low = 0;
  let high = cards.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cards[middle] as T).rank < card.rank) low = middle + 1;
    else high = middle;
  }
  return [...cards.slice(0, low), card, ...cards.slice(low)];
}

/** Sorts by rank with a byte-wise comparison (what COLLATE "C" does in the database). */
export function compareRanks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
