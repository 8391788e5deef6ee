// Test-only helpers for realtime: a raw LISTEN client, and an in-memory stream writer that
// parses what the hub writes back into server-sent events.
import pg from "pg";
import { afterAll, beforeAll, expect, vi } from "vitest";
import { CHANNEL, decodeMessage, type ChangeMessage } from "./events";
import type { SinkWriter } from "./hub";

export type SentEvent = { event: string; data: unknown };

/** A separate connection that LISTENs like an app instance would, collecting raw payloads. */
export async function listenRaw(connectionString = process.env.DATABASE_URL ?? ""): Promise<{ payloads: string[]; close: () => Promise<void> }> {
  const client = new pg.Client({ connectionString });
  const payloads: string[] = [];
  client.on("notification", (message) => {
    if (message.channel === CHANNEL && message.payload !== undefined) payloads.push(message.payload);
  });
  client.on("error", () => undefined);
  await client.connect();
  await client.query(`LISTEN ${pg.escapeIdentifier(CHANNEL)}`);
  return { payloads, close: () => client.end() };
}

/** Parses an SSE text into events (comment lines are counted as `comment`). */
export function parseSse(text: string): SentEvent[] {
  const events: SentEvent[] = [];
  for (const block of text.split("\n\n")) {
    if (!block.trim()) continue;
    const lines = block.split("\n");
    if (lines.every((line) => line.startsWith(":"))) {
      events.push({ event: "comment", data: lines.join("\n") });
      continue;
    }
    const event = lines.find((line) => line.startsWith("event: "))?.slice(7) ?? "message";
    const data = lines.filter((line) => line.startsWith("data: ")).map((line) => line.slice(6)).join("\n");
    const retry = lines.find((line) => line.startsWith("retry: "));
    if (retry && !data) {
      events.push({ event: "retry", data: Number(retry.slice(7)) });
      continue;
    }
    events.push({ event, data: data ? (JSON.parse(data) as unknown) : null });
  }
  return events;
}

/** A writer that keeps everything written to it. */
export function memoryWriter(): SinkWriter & { text: () => string; events: () => SentEvent[]; closed: () => boolean } {
  let text = "";
  let closed = false;
  return {
    write(chunk) {
      if (closed) return false;
      text += chunk;
      return true;
    },
    close() {
      closed = true;
    },
    text: () => text,
    events: () => parseSse(text),
    closed: () => closed,
  };
}

/**
 * Records the changes announced on the channel, for a module's tests to check what its
 * commands publish: `const mark = recorder.mark(); …; await recorder.after(mark)`.
 */
export async function recordChanges(): Promise<{
  mark: () => number;
  /** Waits until `count` changes arrived after `mark` and answers every change since it. */
  after: (mark: number, count?: number) => Promise<ChangeMessage[]>;
  close: () => Promise<void>;
}> {
  const listener = await listenRaw();
  const changes = () => listener.payloads.map(decodeMessage).filter((message): message is ChangeMessage => message?.type === "change");
  return {
    mark: () => changes().length,
    async after(mark, count = 1) {
      await vi.waitFor(() => expect(changes().length).toBeGreaterThanOrEqual(mark + count), { timeout: 5_000 });
      return changes().slice(mark);
    },
    close: listener.close,
  };
}

/** `recordChanges` for the enclosing describe block: listening from its first test to its last. */
export function recordChangesInThisBlock(): { mark: () => number; after: (mark: number, count?: number) => Promise<ChangeMessage[]> } {
  let recorder: Awaited<ReturnType<typeof recordChanges>> | undefined;
  beforeAll(async () => {
    recorder = await recordChanges();
  });
  afterAll(async () => {
    await recorder?.close();
  });
  const started = () => {
    if (!recorder) throw new Error("the recorder starts in beforeAll");
    return recorder;
  };
  return { mark: () => started().mark(), after: (mark, count) => started().after(mark, count) };
}
