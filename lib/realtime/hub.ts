import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import {
  CHANNEL,
  decodeMessage,
  encodeMessage,
  streamEvents,
  type ChangeEvent,
  type LiveChange,
  type LivePresence,
  type LiveReady,
  type PresenceMessage,
  type ViewerEntry,
} from "./events";
import { mayReceive, mayReceivePresence, type Topics } from "./filter";
import { Listener, type ListenerState } from "./listener";
import { chunkViewers, PresenceTable } from "./presence";

// The instance's side of live updates: one listener, the open streams ("sinks") of this
// instance, the presence picture and a short memory of recent changes for catch-up. Only
// connections live here, nothing that matters: another instance serves the same browser just
// as well after a reconnect.

/** Streams one person may hold open on one instance (a board on several screens, a few tabs). */
export const MAX_STREAMS_PER_USER = 10;

export type Timing = {
  /** A comment line on a quiet stream, so proxies and load balancers keep it open. */
  heartbeatMs: number;
  tickMs: number;
  presenceBeatMs: number;
  presenceTtlMs: number;
  /** How often a stream's actor is read again (removed people and changed roles go quiet). */
  actorRefreshMs: number;
  /** How long a new stream waits for the listener before it gives up on replay. */
  listenWaitMs: number;
  /** Instances' clocks differ a little; replaying slightly more than asked costs one extra refetch. */
  clockMarginMs: number;
};

const defaultTiming: Timing = {
  heartbeatMs: 20_000,
  tickMs: 5_000,
  presenceBeatMs: 15_000,
  presenceTtlMs: 45_000,
  actorRefreshMs: 120_000,
  listenWaitMs: 5_000,
  clockMarginMs: 2_000,
};

const RECENT_LIMIT = 1_000;
const RECENT_MAX_AGE_MS = 5 * 60_000;
// A first connection does not know when its page was rendered: replay the last few seconds.
const FIRST_CONNECT_REPLAY_MS = 10_000;

export type SinkWriter = {
  /** False when the stream is closed or its reader is too far behind. */
  write(chunk: string): boolean;
  close(): void;
};

export type SinkSpec = {
  actor: Actor;
  topics: Topics;
  /** The board this stream shows its viewer on, if any. */
  presence: { organisationId: string; teamId: string } | null;
  /** The server time (`at`) of the last thing this client received, when reconnecting. */
  since: number | null;
  /** Extra facts for the client's "ready" event. */
  hello: Pick<LiveReady, "teams">;
  writer: SinkWriter;
};

type Sink = {
  readonly id: string;
  actor: Actor;
  readonly topics: Topics;
  readonly presence: { organisationId: string; teamId: string } | null;
  readonly writer: SinkWriter;
  ready: boolean;
  closed: boolean;
  lastWriteAt: number;
  actorLoadedAt: number;
};

export type HubStats = { streams: number; users: number; listener: ListenerState; viewers: number; recent: number };

export class RealtimeHub {
  readonly instanceId = randomUUID();
  private readonly timing: Timing;
  private listener: Listener | null = null;
  private readonly sinks = new Map<string, Sink>();
  private readonly streamsPerUser = new Map<string, number>();
  private readonly presence: PresenceTable;
  private readonly lastPresence = new Map<string, string>();
  private recent: { at: number; event: ChangeEvent }[] = [];
  /** The newest `at` no longer in `recent`: replay from before it is impossible. */
  private droppedThrough = 0;
  private tickTimer: NodeJS.Timeout | null = null;
  private lastBeatAt = 0;

  constructor(private readonly config: { connectionString: () => string; timing?: Partial<Timing> }) {
    this.timing = { ...defaultTiming, ...config.timing };
    this.presence = new PresenceTable(this.timing.presenceTtlMs);
  }

  // ---- streams ---------------------------------------------------------------------------------

  /** Counts a new stream against the person's limit; false when they hold too many. */
  acquireStream(userId: string): boolean {
    const count = this.streamsPerUser.get(userId) ?? 0;
    if (count >= MAX_STREAMS_PER_USER) return false;
    this.streamsPerUser.set(userId, count + 1);
    return true;
  }

  releaseStream(userId: string): void {
    const count = (this.streamsPerUser.get(userId) ?? 1) - 1;
    if (count <= 0) this.streamsPerUser.delete(userId);
    else this.streamsPerUser.set(userId, count);
  }

  /**
   * Registers a stream (its slot must have been acquired), waits for the listener, then sends
   * "ready" and whatever the client missed — or asks it to refetch when that is unknowable.
   * Returns a function that closes the stream and releases its slot.
   */
  attach(spec: SinkSpec): { id: string; detach: () => void; ready: Promise<void> } {
    const now = Date.now();
    const sink: Sink = {
      id: randomUUID(),
      actor: spec.actor,
      topics: spec.topics,
      presence: spec.presence,
      writer: spec.writer,
      ready: false,
      closed: false,
      lastWriteAt: now,
      actorLoadedAt: now,
    };
    this.sinks.set(sink.id, sink);
    this.ensureTicking();
    const listener = this.ensureListener();
    const ready = listener.whenLive(this.timing.listenWaitMs).then((live) => this.greet(sink, spec, live));
    return { id: sink.id, detach: () => this.detach(sink), ready };
  }

  private greet(sink: Sink, spec: SinkSpec, live: boolean): void {
    if (sink.closed) return;
    const at = Date.now();
    const replay = live ? this.planReplay(spec.since, at) : null;
    // Synchronous from here: no notification can slip in between the replay and `ready`.
    sink.ready = true;
    const hello: LiveReady = { connectionId: sink.id, userId: sink.actor.userId, at, resync: replay === null, teams: spec.hello.teams };
    if (!this.write(sink, streamEvents.ready, hello)) return;
    for (const { at: receivedAt, event } of replay ?? []) {
      if (mayReceive(sink.actor, sink.topics, event)) this.write(sink, streamEvents.change, toLiveChange(event, receivedAt));
    }
    if (sink.presence) {
      const entry = viewerEntry(sink);
      if (entry) {
        this.applyPresence({ type: "presence", op: "join", instanceId: this.instanceId, viewers: [entry] });
        void this.announce("join", [entry]);
      }
      this.sendPresence(sink);
    }
  }

  /**
   * What a (re)connecting client missed, from this instance's memory; null when it cannot know
   * (the listener was down or not yet listening at `since`, or the memory does not go back
   * that far): then the client refetches what it shows.
   */
  private planReplay(since: number | null, now: number): { at: number; event: ChangeEvent }[] | null {
    const liveSince = this.listener?.liveSince ?? null;
    if (liveSince === null) return null;
    if (since === null) return this.recent.filter((entry) => entry.at >= now - FIRST_CONNECT_REPLAY_MS);
    const from = Math.min(since, now) - this.timing.clockMarginMs;
    if (from < liveSince || from <= this.droppedThrough) return null;
    return this.recent.filter((entry) => entry.at >= from);
  }

  private detach(sink: Sink): void {
    if (sink.closed) return;
    sink.closed = true;
    this.sinks.delete(sink.id);
    this.releaseStream(sink.actor.userId);
    if (sink.presence && sink.ready) {
      const entry = viewerEntry(sink);
      if (entry) {
        this.applyPresence({ type: "presence", op: "leave", instanceId: this.instanceId, viewers: [entry] });
        void this.announce("leave", [entry]);
      }
    }
    sink.writer.close();
    if (this.sinks.size === 0) this.stopTicking();
  }

  private write(sink: Sink, event: string, data: unknown): boolean {
    if (sink.closed) return false;
    const ok = sink.writer.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    sink.lastWriteAt = Date.now();
    // A reader that cannot keep up is cut off; it reconnects and catches up like any other.
    if (!ok) this.detach(sink);
    return ok;
  }

  // ---- notifications ---------------------------------------------------------------------------

  private ensureListener(): Listener {
    if (!this.listener) {
      this.listener = new Listener({
        connectionString: this.config.connectionString(),
        channel: CHANNEL,
        onNotification: (payload) => this.onNotification(payload),
        onConnected: () => this.onConnected(),
      });
      this.listener.start();
    }
    return this.listener;
  }

  private onConnected(): void {
    // Others announce their viewers now, so this instance's picture is complete at once.
    void this.announceRaw({ type: "presence", op: "sync", instanceId: this.instanceId });
    this.beat();
    // After a reconnect anything may have been missed. A stream greeted while the listener was
    // still down (first connect) was told to refetch already, but may have missed changes since.
    for (const sink of this.sinks.values()) {
      if (sink.ready) this.write(sink, streamEvents.resync, {});
    }
  }

  private onNotification(payload: string): void {
    const message = decodeMessage(payload);
    if (!message) {
      log.debug("realtime: ignored an unknown notification");
      return;
    }
    if (message.type === "change") {
      const { type: _type, ...event } = message;
      this.onChange(event);
      return;
    }
    if (message.op === "sync") {
      if (message.instanceId !== this.instanceId) this.beat();
      return;
    }
    this.applyPresence(message);
  }

  private onChange(event: ChangeEvent): void {
    const at = Date.now();
    this.remember(at, event);
    let live: LiveChange | null = null;
    for (const sink of this.sinks.values()) {
      if (!sink.ready || !mayReceive(sink.actor, sink.topics, event)) continue;
      live ??= toLiveChange(event, at);
      this.write(sink, streamEvents.change, live);
    }
  }

  private remember(at: number, event: ChangeEvent): void {
    this.recent.push({ at, event });
    if (this.recent.length > RECENT_LIMIT) this.dropRecent(this.recent.length - RECENT_LIMIT);
  }

  private dropRecent(count: number): void {
    const dropped = this.recent.splice(0, count);
    const newest = dropped.at(-1);
    if (newest) this.droppedThrough = Math.max(this.droppedThrough, newest.at);
  }

  // ---- presence --------------------------------------------------------------------------------

  private applyPresence(message: PresenceMessage): void {
    const changed = this.presence.apply(message, Date.now());
    this.broadcastPresence(changed);
  }

  private broadcastPresence(teamIds: Set<string>): void {
    for (const teamId of teamIds) {
      const sinks = [...this.sinks.values()].filter((sink) => sink.ready && sink.presence?.teamId === teamId);
      const organisationId = sinks[0]?.presence?.organisationId;
      if (!organisationId) {
        this.lastPresence.delete(teamId);
        continue;
      }
      const viewers = this.presence.viewers(organisationId, teamId);
      const json = JSON.stringify(viewers);
      if (this.lastPresence.get(teamId) === json) continue;
      this.lastPresence.set(teamId, json);
      for (const sink of sinks) this.sendPresence(sink);
    }
  }

  private sendPresence(sink: Sink): void {
    if (!sink.presence || !mayReceivePresence(sink.actor, sink.presence.organisationId, sink.presence.teamId)) return;
    const data: LivePresence = { teamId: sink.presence.teamId, viewers: this.presence.viewers(sink.presence.organisationId, sink.presence.teamId) };
    this.write(sink, streamEvents.presence, data);
  }

  /** Announces this instance's viewers to every instance (itself included). */
  private beat(): void {
    this.lastBeatAt = Date.now();
    const entries = [...this.sinks.values()].flatMap((sink) => (sink.ready ? (viewerEntry(sink) ?? []) : []));
    if (entries.length === 0) return;
    this.applyPresence({ type: "presence", op: "beat", instanceId: this.instanceId, viewers: entries });
    void this.announce("beat", entries);
  }

  private async announce(op: "join" | "beat" | "leave", viewers: ViewerEntry[]): Promise<void> {
    for (const chunk of chunkViewers(viewers)) await this.announceRaw({ type: "presence", op, instanceId: this.instanceId, viewers: chunk });
  }

  private async announceRaw(message: PresenceMessage): Promise<void> {
    // Best effort: presence is only a courtesy, and entries expire by themselves.
    await this.listener?.notify(encodeMessage(message));
  }

  // ---- housekeeping ----------------------------------------------------------------------------

  private ensureTicking(): void {
    if (this.tickTimer) return;
    this.tickTimer = setInterval(() => this.tick(), this.timing.tickMs);
    this.tickTimer.unref();
  }

  private stopTicking(): void {
    if (this.tickTimer) clearInterval(this.tickTimer);
    this.tickTimer = null;
  }

  private tick(): void {
    const now = Date.now();
    for (const sink of this.sinks.values()) {
      if (!sink.ready) continue;
      if (now - sink.lastWriteAt >= this.timing.heartbeatMs) {
        sink.lastWriteAt = now;
        if (!sink.writer.write(": heartbeat\n\n")) this.detach(sink);
      }
      if (now - sink.actorLoadedAt >= this.timing.actorRefreshMs) {
        sink.actorLoadedAt = now;
        void this.refreshActor(sink);
      }
    }
    if (now - this.lastBeatAt >= this.timing.presenceBeatMs) this.beat();
    this.broadcastPresence(this.presence.expire(now));
    const old = this.recent.findIndex((entry) => entry.at >= now - RECENT_MAX_AGE_MS);
    if (old !== 0) this.dropRecent(old === -1 ? this.recent.length : old);
  }

  private async refreshActor(sink: Sink): Promise<void> {
    try {
      const fresh = await loadActor(sink.actor.userId);
      if (sink.closed) return;
      // Deactivated, or moved to another organisation: this stream ends; a reconnect is checked anew.
      if (!fresh || fresh.organisationId !== sink.actor.organisationId) this.detach(sink);
      else sink.actor = fresh;
    } catch (error) {
      log.warn("realtime: could not refresh a stream's actor", { error });
    }
  }

  stats(): HubStats {
    return {
      streams: this.sinks.size,
      users: this.streamsPerUser.size,
      listener: this.listener?.state ?? "idle",
      viewers: this.presence.size,
      recent: this.recent.length,
    };
  }

  /** The listening connection's backend pid (tests terminate it to simulate a restart). */
  get listenerPid(): number | null {
    return this.listener?.pid ?? null;
  }

  async stop(): Promise<void> {
    for (const sink of [...this.sinks.values()]) this.detach(sink);
    this.stopTicking();
    await this.listener?.stop();
    this.listener = null;
  }
}

function viewerEntry(sink: Sink): ViewerEntry | null {
  if (!sink.presence) return null;
  return { c: sink.id, o: sink.presence.organisationId, t: sink.presence.teamId, u: sink.actor.userId, n: sink.actor.name.slice(0, 80) };
}

function toLiveChange(event: ChangeEvent, at: number): LiveChange {
  const { organisationId: _organisationId, ...rest } = event;
  return { ...rest, at };
}

// One hub per process, kept on globalThis: Next may load this module more than once (route
// handlers and server components are bundled separately), and two listeners would deliver
// every event twice.
const globalForRealtime = globalThis as unknown as { verbeterbordRealtimeHub?: RealtimeHub };

export function getHub(): RealtimeHub {
  globalForRealtime.verbeterbordRealtimeHub ??= new RealtimeHub({ connectionString: () => env().DATABASE_URL });
  return globalForRealtime.verbeterbordRealtimeHub;
}
