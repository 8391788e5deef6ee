import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CardSyncQueue, type CardSyncDeps } from "./card-sync-queue";

type Harness = { queue: CardSyncQueue; loads: string[][]; refreshes: number; waiting: boolean[]; finish: () => void };

/** A queue whose loads are recorded and finish only when told (or at once with `instant`). */
function harness(overrides: Partial<CardSyncDeps> & { instant?: boolean } = {}): Harness {
  const state: Harness = { queue: undefined as unknown as CardSyncQueue, loads: [], refreshes: 0, waiting: [], finish: () => undefined };
  state.queue = new CardSyncQueue({
    load: (ids) => {
      state.loads.push(ids);
      if (overrides.instant) return Promise.resolve();
      return new Promise<void>((resolve) => {
        state.finish = resolve;
      });
    },
    refreshAll: () => {
      state.refreshes += 1;
    },
    setWaiting: (waiting) => state.waiting.push(waiting),
    max: 3,
    settleMs: 50,
    ...overrides,
  });
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("CardSyncQueue", () => {
  it("fetches changes that arrive close together in one go, each card once", async () => {
    const h = harness({ instant: true });
    h.queue.add("a");
    h.queue.add("b");
    h.queue.add("a");
    expect(h.loads).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(h.loads).toEqual([["a", "b"]]);
    expect(h.refreshes).toBe(0);
  });

  it("runs one fetch at a time: what arrives during a fetch is fetched after it", async () => {
    const h = harness();
    h.queue.add("a");
    await vi.advanceTimersByTimeAsync(50);
    h.queue.add("b");
    await vi.advanceTimersByTimeAsync(200);
    expect(h.loads).toEqual([["a"]]);
    h.finish();
    await vi.advanceTimersByTimeAsync(50);
    expect(h.loads).toEqual([["a"], ["b"]]);
  });

  it("holds changes while paused, says they are waiting, and fetches them when the pause ends", async () => {
    const h = harness({ instant: true });
    h.queue.setPaused(true);
    h.queue.add("a");
    await vi.advanceTimersByTimeAsync(500);
    expect(h.loads).toEqual([]);
    expect(h.waiting.at(-1)).toBe(true);
    h.queue.setPaused(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(h.loads).toEqual([["a"]]);
    expect(h.waiting.at(-1)).toBe(false);
  });

  it("refetches the whole board when more cards changed than it fetches one by one", async () => {
    const h = harness({ instant: true });
    for (const id of ["a", "b", "c", "d"]) h.queue.add(id);
    await vi.advanceTimersByTimeAsync(50);
    expect(h.loads).toEqual([]);
    expect(h.refreshes).toBe(1);
  });

  it("refetches the whole board when a fetch fails", async () => {
    const h = harness({ load: () => Promise.reject(new Error("offline")) });
    h.queue.add("a");
    await vi.advanceTimersByTimeAsync(50);
    expect(h.refreshes).toBe(1);
  });

  it("forgets the list on a resync (the whole page is refetched) and does nothing after dispose", async () => {
    const h = harness({ instant: true });
    h.queue.add("a");
    h.queue.resync();
    await vi.advanceTimersByTimeAsync(50);
    expect(h.loads).toEqual([]);
    expect(h.refreshes).toBe(1);
    h.queue.dispose();
    h.queue.add("b");
    await vi.advanceTimersByTimeAsync(50);
    expect(h.loads).toEqual([]);
  });
});
