import "server-only";
import pg from "pg";
import { log } from "@/lib/log";

// One dedicated PostgreSQL connection per app instance that LISTENs on the channel. Not from
// Prisma's pool: a pooled connection is handed to other queries and its LISTEN would be lost.
// When the connection ends (PostgreSQL restarts, a failover, an administrator terminates it)
// it reconnects with exponential backoff and LISTENs again; `onConnected({ reconnected: true })`
// tells the hub that notifications may have been missed in between.

export const LISTENER_APPLICATION_NAME = "verbeterbord-realtime";

export type ListenerState = "idle" | "connecting" | "live" | "waiting" | "stopped";

export type ListenerOptions = {
  connectionString: string;
  channel: string;
  onNotification: (payload: string) => void;
  onConnected: (info: { reconnected: boolean }) => void;
  onDisconnected?: () => void;
  backoff?: { initialMs: number; maxMs: number };
  /** How often a `SELECT 1` probes the connection: a dead peer without a FIN is noticed too. */
  probeMs?: number;
};

export class Listener {
  private client: pg.Client | null = null;
  private stateValue: ListenerState = "idle";
  private attempt = 0;
  private everConnected = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private probeTimer: NodeJS.Timeout | null = null;
  private waiters = new Set<() => void>();
  private liveSinceValue: number | null = null;
  private backendPid: number | null = null;

  constructor(private readonly options: ListenerOptions) {}

  get state(): ListenerState {
    return this.stateValue;
  }

  /** When the current connection started listening (this instance's clock); null while down. */
  get liveSince(): number | null {
    return this.liveSinceValue;
  }

  /** The PostgreSQL backend pid of the listening connection (tests terminate it). */
  get pid(): number | null {
    return this.backendPid;
  }

  start(): void {
    if (this.stateValue !== "idle") return;
    void this.connect();
  }

  /** Resolves true once listening, or false after `timeoutMs`. */
  whenLive(timeoutMs: number): Promise<boolean> {
    if (this.stateValue === "live") return Promise.resolve(true);
    if (this.stateValue === "stopped") return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (live: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(onLive);
        resolve(live);
      };
      const onLive = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiters.add(onLive);
    });
  }

  /** Sends a NOTIFY over the listening connection; false when it is down (best effort). */
  async notify(payload: string): Promise<boolean> {
    const client = this.client;
    if (!client || this.stateValue !== "live") return false;
    try {
      await client.query("SELECT pg_notify($1, $2)", [this.options.channel, payload]);
      return true;
    } catch (error) {
      log.warn("realtime notify failed", { error });
      return false;
    }
  }

  async stop(): Promise<void> {
    this.stateValue = "stopped";
    this.clearTimers();
    const client = this.client;
    this.client = null;
    this.liveSinceValue = null;
    for (const waiter of this.waiters) waiter();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stateValue === "stopped") return;
    this.stateValue = "connecting";
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    this.client = client;
    // Without an "error" handler a dropped connection would crash the whole process.
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    client.on("notification", (message) => {
      if (message.channel !== this.options.channel || message.payload === undefined) return;
      try {
        this.options.onNotification(message.payload);
      } catch (error) {
        log.error("realtime notification handler failed", { error });
      }
    });
    try {
      await client.connect();
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      await client.query(`LISTEN ${pg.escapeIdentifier(this.options.channel)}`);
      if (this.client !== client) return;
      this.backendPid = rows[0]?.pid ?? null;
    } catch (error) {
      this.lost(client, error);
      return;
    }
    const reconnected = this.everConnected;
    this.everConnected = true;
    this.attempt = 0;
    this.stateValue = "live";
    this.liveSinceValue = Date.now();
    this.startProbe(client);
    if (reconnected) log.info("realtime listener reconnected");
    for (const waiter of [...this.waiters]) waiter();
    this.options.onConnected({ reconnected });
  }

  private startProbe(client: pg.Client): void {
    const every = this.options.probeMs ?? 30_000;
    this.probeTimer = setInterval(() => {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("listener probe timed out")), Math.min(every, 10_000)).unref());
      Promise.race([client.query("SELECT 1"), timeout]).catch((error: unknown) => this.lost(client, error));
    }, every);
    this.probeTimer.unref();
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (client !== this.client) return;
    this.client = null;
    this.backendPid = null;
    this.liveSinceValue = null;
    this.clearTimers();
    client.removeAllListeners("notification");
    client.end().catch(() => undefined);
    if (this.stateValue === "stopped") return;
    this.stateValue = "waiting";
    const { initialMs, maxMs } = this.options.backoff ?? { initialMs: 250, maxMs: 30_000 };
    // Full jitter keeps many instances from reconnecting in lockstep after a database restart.
    const ceiling = Math.min(maxMs, initialMs * 2 ** this.attempt);
    const delay = Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
    this.attempt += 1;
    // Expected when PostgreSQL restarts: the reason is enough, a stack trace is noise.
    log.warn("realtime listener lost its connection; reconnecting", { delayMs: delay, attempt: this.attempt, reason: error instanceof Error ? error.message : undefined });
    this.options.onDisconnected?.();
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.probeTimer) clearInterval(this.probeTimer);
    this.retryTimer = null;
    this.probeTimer = null;
  }
}
