import { listTopicOf, streamEvents, subscribeQuery, type ListTopic, type LiveChange, type LivePresence, type LiveReady } from "@/lib/realtime/protocol";

// One event stream per browser tab, whatever number of components follow something: the
// union of what they follow is one subscription (the board and an open card share it). When
// that union changes, or the stream breaks, it reconnects with backoff and passes the server
// the time of the last thing it heard, so the server replays what was missed — or answers
// "resync" and every follower refetches what it shows.

export type LiveStatus = "connecting" | "live" | "offline";

export type Interest = {
  /** Team slugs: their boards, cards, PDCA checklists and daily start. */
  teams: readonly string[];
  lists: readonly ListTopic[];
  /** Show this viewer on that team's board (one team per tab). */
  presenceTeam: string | null;
  onChange?: (change: LiveChange, teamSlug: string | null) => void;
  onResync?: () => void;
  onPresence?: (presence: LivePresence) => void;
};

const MAX_BACKOFF_MS = 30_000;
const FIRST_BACKOFF_MS = 1_000;

export class LiveConnection {
  private readonly interests = new Set<Interest>();
  private source: EventSource | null = null;
  private query: string | null = null;
  private lastAt: number | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private reconcileTimer: ReturnType<typeof setTimeout> | null = null;
  private statusValue: LiveStatus = "connecting";
  private readonly statusListeners = new Set<() => void>();
  private teamSlugs = new Map<string, string>();
  private selfValue: { userId: string; connectionId: string } | null = null;

  constructor(
    private readonly endpoint = "/api/events",
    private readonly EventSourceImpl: new (url: string) => EventSource = EventSource,
  ) {
    if (typeof window !== "undefined") {
      // Back online, or back to the tab after the laptop slept: try at once instead of waiting.
      window.addEventListener("online", () => this.retryNow());
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") this.retryNow();
      });
    }
  }

  add(interest: Interest): () => void {
    this.interests.add(interest);
    this.scheduleReconcile();
    return () => {
      this.interests.delete(interest);
      this.scheduleReconcile();
    };
  }

  get status(): LiveStatus {
    return this.statusValue;
  }

  get self(): { userId: string; connectionId: string } | null {
    return this.selfValue;
  }

  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  getStatus = (): LiveStatus => this.statusValue;

  private setStatus(status: LiveStatus): void {
    if (status === this.statusValue) return;
    this.statusValue = status;
    for (const listener of this.statusListeners) listener();
  }

  // Components mount and unmount in bursts (navigation, strict mode): settle, then connect once.
  private scheduleReconcile(): void {
    if (this.reconcileTimer) return;
    this.reconcileTimer = setTimeout(() => {
      this.reconcileTimer = null;
      this.reconcile();
    }, 0);
  }

  private reconcile(): void {
    if (this.interests.size === 0) {
      this.close();
      this.query = null;
      return;
    }
    const teams = [...new Set([...this.interests].flatMap((interest) => interest.teams))];
    const lists = [...new Set([...this.interests].flatMap((interest) => interest.lists))];
    const presenceTeam = [...this.interests].find((interest) => interest.presenceTeam)?.presenceTeam ?? null;
    // The server shows presence for a stream that follows exactly that one team.
    const presence = presenceTeam !== null && teams.length === 1 && teams[0] === presenceTeam;
    const query = subscribeQuery({ teams, lists, presence, since: null });
    if (query === this.query && (this.source || this.retryTimer)) return;
    this.query = query;
    this.close();
    this.open();
  }

  private open(): void {
    if (!this.query) return;
    const since = this.lastAt !== null ? `&since=${Math.floor(this.lastAt)}` : "";
    const source = new this.EventSourceImpl(`${this.endpoint}?${this.query}${since}`);
    this.source = source;
    const mine = (handler: (data: unknown) => void) => (event: MessageEvent<string>) => {
      if (source !== this.source) return;
      try {
        handler(JSON.parse(event.data) as unknown);
      } catch {
        // A malformed event is dropped; the next resync covers it.
      }
    };
    source.addEventListener(
      streamEvents.ready,
      mine((data) => {
        const ready = data as LiveReady;
        this.attempt = 0;
        this.teamSlugs = new Map(ready.teams.map((team) => [team.id, team.slug]));
        this.selfValue = { userId: ready.userId, connectionId: ready.connectionId };
        this.lastAt = Math.max(this.lastAt ?? 0, ready.at);
        this.setStatus("live");
        if (ready.resync) this.resyncAll();
      }),
    );
    source.addEventListener(
      streamEvents.change,
      mine((data) => {
        const change = data as LiveChange;
        this.lastAt = Math.max(this.lastAt ?? 0, change.at);
        const slug = change.teamId ? (this.teamSlugs.get(change.teamId) ?? null) : null;
        const list = listTopicOf(change.kind);
        for (const interest of [...this.interests]) {
          const follows = list ? interest.lists.includes(list) : slug !== null && interest.teams.includes(slug);
          if (follows) interest.onChange?.(change, slug);
        }
      }),
    );
    source.addEventListener(
      streamEvents.presence,
      mine((data) => {
        const presence = data as LivePresence;
        const slug = this.teamSlugs.get(presence.teamId);
        for (const interest of [...this.interests]) {
          if (slug && interest.presenceTeam === slug) interest.onPresence?.(presence);
        }
      }),
    );
    source.addEventListener(
      streamEvents.resync,
      mine(() => this.resyncAll()),
    );
    source.onerror = () => {
      if (source !== this.source) return;
      // EventSource retries some failures by itself and gives up on others (401, 429, 5xx);
      // one policy for all: close, wait with backoff, reconnect with the catch-up cursor.
      this.close();
      this.setStatus("offline");
      const ceiling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** this.attempt);
      this.attempt += 1;
      this.retryTimer = setTimeout(
        () => {
          this.retryTimer = null;
          this.open();
        },
        Math.round(ceiling / 2 + Math.random() * (ceiling / 2)),
      );
    };
  }

  private retryNow(): void {
    if (!this.retryTimer) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.open();
  }

  private resyncAll(): void {
    for (const interest of [...this.interests]) interest.onResync?.();
  }

  private close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.source?.close();
    this.source = null;
  }
}

let shared: LiveConnection | null = null;

/** The tab's one connection. */
export function getLiveConnection(): LiveConnection {
  shared ??= new LiveConnection();
  return shared;
}
