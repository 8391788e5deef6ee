import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LiveChange, LiveReady } from "@/lib/realtime/protocol";
import { LiveConnection, type Interest } from "./live-connection";

// A stand-in for the browser's EventSource: records the URL, lets the test play the server.
class FakeSource {
  static all: FakeSource[] = [];
  onerror: (() => void) | null = null;
  closed = false;
  private readonly handlers = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeSource.all.push(this);
  }
  addEventListener(name: string, handler: (event: MessageEvent<string>) => void) {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, data: unknown) {
    for (const handler of this.handlers.get(name) ?? []) handler({ data: JSON.stringify(data) } as MessageEvent<string>);
  }
  fail() {
    this.onerror?.();
  }
}

const latest = () => FakeSource.all.at(-1) as FakeSource;
const ready = (overrides: Partial<LiveReady> = {}): LiveReady => ({
  connectionId: "c1",
  userId: "u1",
  at: 1_000,
  resync: false,
  teams: [{ id: "team-1", slug: "klantenservice" }],
  ...overrides,
});
const change = (overrides: Partial<LiveChange> = {}): LiveChange => ({ kind: "improvement.moved", teamId: "team-1", improvementId: "i1", version: 2, actorId: "u2", at: 2_000, ...overrides });

function interest(overrides: Partial<Interest> = {}): Interest & { changes: LiveChange[]; resyncs: number } {
  const record = { changes: [] as LiveChange[], resyncs: 0 };
  return Object.assign(record, {
    teams: ["klantenservice"],
    lists: [],
    presenceTeam: null,
    onChange: (c: LiveChange) => record.changes.push(c),
    onResync: () => (record.resyncs += 1),
    ...overrides,
  });
}

let connection: LiveConnection;

beforeEach(() => {
  vi.useFakeTimers();
  FakeSource.all = [];
  connection = new LiveConnection("/api/events", FakeSource as unknown as new (url: string) => EventSource);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the tab's live connection", () => {
  it("opens one stream for everything the page follows", async () => {
    connection.add(interest({ presenceTeam: "klantenservice" }));
    connection.add(interest());
    await vi.runOnlyPendingTimersAsync();
    expect(FakeSource.all).toHaveLength(1);
    expect(latest().url).toBe("/api/events?team=klantenservice&presence=1");
  });

  it("hands changes to those who follow that team or list, and says when it is live", async () => {
    const board = interest();
    const feedback = interest({ teams: [], lists: ["feedback"] });
    connection.add(board);
    connection.add(feedback);
    await vi.runOnlyPendingTimersAsync();
    expect(connection.status).toBe("connecting");
    latest().emit("ready", ready());
    expect(connection.status).toBe("live");
    latest().emit("change", change());
    latest().emit("change", change({ kind: "feedback.created", teamId: null, improvementId: undefined, subjectId: "f1" }));
    expect(board.changes.map((c) => c.kind)).toEqual(["improvement.moved"]);
    expect(feedback.changes.map((c) => c.kind)).toEqual(["feedback.created"]);
  });

  it("reconnects after a failure with backoff, asking for what it missed since the last thing it heard", async () => {
    const board = interest();
    connection.add(board);
    await vi.runOnlyPendingTimersAsync();
    latest().emit("ready", ready({ at: 1_000 }));
    latest().emit("change", change({ at: 5_000 }));
    const first = latest();
    first.fail();
    expect(first.closed).toBe(true);
    expect(connection.status).toBe("offline");
    expect(FakeSource.all).toHaveLength(1);
    await vi.runOnlyPendingTimersAsync();
    expect(FakeSource.all).toHaveLength(2);
    expect(latest().url).toBe("/api/events?team=klantenservice&since=5000");
    // The server could not replay: everyone refetches.
    latest().emit("ready", ready({ at: 9_000, resync: true }));
    expect(board.resyncs).toBe(1);
    expect(connection.status).toBe("live");
  });

  it("waits longer after each failure in a row", async () => {
    connection.add(interest());
    await vi.runOnlyPendingTimersAsync();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      latest().fail();
      const before = Date.now();
      await vi.runOnlyPendingTimersAsync();
      delays.push(Date.now() - before);
    }
    for (let index = 1; index < delays.length; index += 1) expect(delays[index] ?? 0).toBeGreaterThanOrEqual((delays[index - 1] ?? 0) / 2);
    expect(Math.max(...delays)).toBeLessThanOrEqual(30_000);
    expect(delays.at(-1)).toBeGreaterThan(delays[0] ?? 0);
  });

  it("passes on a server's resync, and closes when nobody follows anything", async () => {
    const board = interest();
    const remove = connection.add(board);
    await vi.runOnlyPendingTimersAsync();
    latest().emit("ready", ready());
    latest().emit("resync", {});
    expect(board.resyncs).toBe(1);
    remove();
    await vi.runOnlyPendingTimersAsync();
    expect(latest().closed).toBe(true);
  });
});
