import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld } from "@/lib/auth/testing/world";
import { ExpectedError, NotFoundError } from "@/lib/errors";
import { MAX_STREAMS_PER_USER, RealtimeHub } from "./hub";
import { parseSubscribeQuery } from "./schemas";
import { openEventStream } from "./stream";
import { parseSse } from "./testing";

let world: TestWorld;
const hub = new RealtimeHub({ connectionString: () => process.env.DATABASE_URL ?? "" });

beforeAll(async () => {
  world = await createTestWorld();
});

afterAll(async () => {
  await hub.stop();
});

/** Reads the stream until the "ready" event arrived; answers everything read. */
async function readUntilReady(response: Response): Promise<ReturnType<typeof parseSse>> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const decoder = new TextDecoder();
  let text = "";
  while (!parseSse(text).some((event) => event.event === "ready")) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  reader.releaseLock();
  return parseSse(text);
}

const query = (search: string) => parseSubscribeQuery(new URLSearchParams(search));

describe("the event stream", () => {
  it("answers as server-sent events that no proxy may buffer, with a reconnect hint first", async () => {
    const controller = new AbortController();
    const response = await openEventStream(world.member, query(`team=${world.team.slug}&presence=1`), controller.signal, hub);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const events = await readUntilReady(response);
    expect(events[0]).toEqual({ event: "retry", data: 2000 });
    expect(events.find((event) => event.event === "ready")?.data).toMatchObject({ teams: [{ id: world.team.id, slug: world.team.slug }] });
    expect(hub.stats().streams).toBe(1);
    controller.abort();
    expect(hub.stats().streams).toBe(0);
  });

  it("refuses another organisation's team as not found, and unknown teams alike", async () => {
    const signal = new AbortController().signal;
    await expect(openEventStream(world.outsider, query(`team=${world.team.slug}`), signal, hub)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openEventStream(world.member, query(`team=${world.outsiderTeam.slug}`), signal, hub)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openEventStream(world.member, query(`team=${world.team.slug},nope`), signal, hub)).rejects.toBeInstanceOf(NotFoundError);
    expect(hub.stats().streams).toBe(0);
  });

  it("limits the streams one person holds open", async () => {
    const controllers = Array.from({ length: MAX_STREAMS_PER_USER }, () => new AbortController());
    for (const controller of controllers) await openEventStream(world.lead, query("topics=feedback"), controller.signal, hub);
    const refused = openEventStream(world.lead, query("topics=successes"), new AbortController().signal, hub);
    await expect(refused).rejects.toBeInstanceOf(ExpectedError);
    await expect(refused).rejects.toMatchObject({ code: "rate_limited" });
    // Someone else is not affected, and closing one frees a place.
    const other = new AbortController();
    await openEventStream(world.colleague, query("topics=feedback"), other.signal, hub);
    controllers[0]?.abort();
    const again = new AbortController();
    await openEventStream(world.lead, query("topics=feedback"), again.signal, hub);
    for (const controller of [...controllers, other, again]) controller.abort();
    expect(hub.stats().streams).toBe(0);
  });
});

describe("the subscription query", () => {
  it("reads teams, lists, presence and the catch-up cursor", () => {
    expect(query("team=a,b&team=c&topics=feedback&since=1700000000000")).toEqual({ teams: ["a", "b", "c"], lists: ["feedback"], presence: false, since: 1700000000000 });
    expect(query("team=a&presence=1").presence).toBe(true);
  });

  it("refuses nothing to follow, unknown lists and presence on several teams", () => {
    expect(() => query("")).toThrow();
    expect(() => query("topics=salaries")).toThrow();
    expect(() => query("team=a,b&presence=1")).toThrow();
  });
});
