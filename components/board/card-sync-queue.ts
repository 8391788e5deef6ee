/**
 * The cards a live board has heard changed and not fetched yet. Changes that arrive close
 * together become one fetch; fetches run one after another, so each reads the database after
 * the one before and a later state never gives way to an earlier one; while paused (a drag, a
 * move on its way) they wait. Plain TypeScript, so its timing rules are tested without React.
 */
export type CardSyncDeps = {
  /** Fetches these cards and puts them on the board; a rejection falls back to `refreshAll`. */
  load: (ids: string[]) => Promise<void>;
  /** Refetches the whole board (too many cards at once, a failed fetch, a possible gap). */
  refreshAll: () => void;
  /** Whether changes are waiting for the pause to end (the board says so). */
  setWaiting: (waiting: boolean) => void;
  /** More ids than this in one go: the whole board is cheaper. */
  max: number;
  settleMs: number;
};

export class CardSyncQueue {
  private readonly ids = new Set<string>();
  private busy = false;
  private paused = false;
  private disposed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: CardSyncDeps) {}

  add(id: string): void {
    this.ids.add(id);
    if (this.paused) this.deps.setWaiting(true);
    else this.schedule();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused && this.ids.size > 0) this.schedule();
  }

  /** Something may have been missed: forget the list and refetch everything. */
  resync(): void {
    this.ids.clear();
    this.deps.setWaiting(false);
    this.deps.refreshAll();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.deps.settleMs);
  }

  private async flush(): Promise<void> {
    if (this.busy || this.disposed) return;
    if (this.paused) {
      this.deps.setWaiting(this.ids.size > 0);
      return;
    }
    this.deps.setWaiting(false);
    const ids = [...this.ids];
    this.ids.clear();
    if (ids.length === 0) return;
    if (ids.length > this.deps.max) {
      this.deps.refreshAll();
      return;
    }
    this.busy = true;
    try {
      await this.deps.load(ids);
    } catch {
      this.deps.refreshAll();
    } finally {
      this.busy = false;
      if (this.ids.size > 0) this.schedule();
    }
  }
}
