import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestWorld, type TestWorld } from "@/lib/auth/testing/world";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { ChangeEvent, LiveChange, LivePresence, LiveReady } from "./events";
import { MAX_STREAMS_PER_USER, RealtimeHub, type Timing } from "./hub";
import { publish } from "./publish";
import { memoryWriter } from "./testing";

// Two hubs in one process stand for two app instances: each has its own listening connection
// and hears the other only through PostgreSQL.

let world: TestWorld;
const hubs: RealtimeHub[] = [];

function newHub(timing: Partial<Timing> = {}): RealtimeHub {
  const hub = new RealtimeHub({ connectionString: () => process.env.DATABASE_URL ?? "", timing });
  hubs.push(hub);
  return hub;
}

beforeAll(async () => {
  world = await createTestWorld();
});

afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.stop()));
});

type Open = ReturnType<typeof memoryWriter> & { detach: () => void; id: string };

async function open(
  hub: RealtimeHub,
  actor: Actor,
  options: { teams?: { id: string; slug: string }[]; lists?: ("feedback" | "successes")[]; presence?: boolean; since?: number | null } = {},
): Promise<Open> {
  const teams = options.teams ?? [world.team];
  const writer = memoryWriter();
  expect(hub.acquireStream(actor.userId)).toBe(true);
  const attached = hub.attach({
    actor,
    topics: { teamIds: new Set(teams.map((team) => team.id)), lists: new Set(options.lists ?? []) },
    presence: options.presence && teams[0] ? { organisationId: actor.organisationId, teamId: teams[0].id } : null,
    since: options.since ?? null,
    hello: { teams: teams.map(({ id, slug }) => ({ id, slug })) },
    writer,
  });
  await attached.ready;
  return Object.assign(writer, { detach: attached.detach, id: attached.id });
}

const changesOf = (stream: Open) => stream.events().filter((e) => e.event === "change").map((e) => e.data as LiveChange);
const readyOf = (stream: Open) => stream.events().find((e) => e.event === "ready")?.data as LiveReady | undefined;
const presenceOf = (stream: Open) =>
  stream
    .events()
    .filter((e) => e.event === "presence")
    .map((e) => e.data as LivePresence)
    .at(-1);

async function change(event: Partial<ChangeEvent> & Pick<ChangeEvent, "kind">): Promise<string> {
  const onCard = event.kind.startsWith("improvement.") || event.kind === "pdca.updated";
  const id = randomUUID();
  const full: ChangeEvent = {
    organisationId: world.organisationId,
    teamId: world.team.id,
    actorId: world.member.userId,
    ...(onCard ? { improvementId: id } : { subjectId: id }),
    ...event,
  };
  await db.$transaction((tx) => publish(tx, full));
  return id;
}

describe("a stream", () => {
  it("starts with a ready event, then hears its team's changes without the organisation id", async () => {
    const hub = newHub();
    const stream = await open(hub, world.member);
    expect(readyOf(stream)).toMatchObject({ userId: world.member.userId, resync: false, teams: [{ id: world.team.id, slug: world.team.slug }] });
    const id = await change({ kind: "improvement.moved", version: 3 });
    await vi.waitFor(() => expect(changesOf(stream).map((c) => c.improvementId)).toContain(id));
    const received = changesOf(stream).find((c) => c.improvementId === id);
    expect(received).toMatchObject({ kind: "improvement.moved", teamId: world.team.id, version: 3, actorId: world.member.userId });
    expect(received).not.toHaveProperty("organisationId");
    stream.detach();
    expect(stream.closed()).toBe(true);
    expect(hub.stats().streams).toBe(0);
  });

  it("of another team or another organisation hears nothing of this team", async () => {
    const hub = newHub();
    const insider = await open(hub, world.colleague);
    const otherTeam = await open(hub, world.otherTeamMember, { teams: [world.otherTeam] });
    const outsider = await open(hub, world.outsider, { teams: [world.outsiderTeam], lists: ["feedback", "successes"] });
    const secret = await change({ kind: "improvement.commented" });
    await change({ kind: "feedback.created", teamId: null });
    await change({ kind: "success.created", teamId: world.team.id });
    // Markers on the other two topics, committed after: notifications arrive in commit order,
    // so once a marker is in, anything meant for that stream before it would be in too.
    const otherMarker = await change({ kind: "improvement.created", teamId: world.otherTeam.id });
    const outsiderMarker = await change({ kind: "improvement.created", organisationId: world.outsider.organisationId, teamId: world.outsiderTeam.id });
    await vi.waitFor(() => expect(changesOf(insider).map((c) => c.improvementId)).toContain(secret));
    await vi.waitFor(() => expect(changesOf(otherTeam).map((c) => c.improvementId)).toEqual([otherMarker]));
    await vi.waitFor(() => expect(changesOf(outsider).map((c) => c.improvementId)).toEqual([outsiderMarker]));
    expect(changesOf(insider).map((c) => c.improvementId)).not.toContain(outsiderMarker);
    for (const stream of [insider, otherTeam, outsider]) stream.detach();
  });

  it("of the feedback or successes list hears new entries of its own organisation", async () => {
    const hub = newHub();
    const stream = await open(hub, world.sales, { teams: [], lists: ["feedback", "successes"] });
    const feedback = await change({ kind: "feedback.created", teamId: null });
    const success = await change({ kind: "success.created" });
    await vi.waitFor(() => expect(changesOf(stream).map((c) => c.subjectId)).toEqual([feedback, success]));
    stream.detach();
  });

  it("is limited per person and instance", async () => {
    const hub = newHub();
    const userId = randomUUID();
    for (let index = 0; index < MAX_STREAMS_PER_USER; index += 1) expect(hub.acquireStream(userId)).toBe(true);
    expect(hub.acquireStream(userId)).toBe(false);
    expect(hub.acquireStream(randomUUID())).toBe(true);
    hub.releaseStream(userId);
    expect(hub.acquireStream(userId)).toBe(true);
  });

  it("gets a heartbeat comment while nothing happens", async () => {
    const hub = newHub({ heartbeatMs: 1, tickMs: 20 });
    const stream = await open(hub, world.member);
    await vi.waitFor(() => expect(stream.events().some((e) => e.event === "comment")).toBe(true));
    stream.detach();
  });

  it("ends when its person is deactivated (the actor is read again while the stream lives)", async () => {
    const hub = newHub({ actorRefreshMs: 1, tickMs: 20 });
    const person = (await createTestWorld()).member;
    const stream = await open(hub, person);
    await db.user.update({ where: { id: person.userId }, data: { deactivatedAt: new Date() } });
    await vi.waitFor(() => expect(stream.closed()).toBe(true));
    expect(hub.stats().streams).toBe(0);
  });
});

describe("catch-up", () => {
  it("replays what a reconnecting client missed since its last event", async () => {
    // No clock margin: this hub started listening a moment ago, and the margin would reach back before that.
    const hub = newHub({ clockMarginMs: 0 });
    const first = await open(hub, world.member);
    const seen = await change({ kind: "improvement.moved" });
    await vi.waitFor(() => expect(changesOf(first).map((c) => c.improvementId)).toContain(seen));
    const since = changesOf(first).find((c) => c.improvementId === seen)?.at ?? 0;
    first.detach();
    const missed = await change({ kind: "improvement.updated" });
    // The hub heard it even with no stream open: wait until another stream sees it.
    const witness = await open(hub, world.lead);
    await vi.waitFor(() => expect(changesOf(witness).map((c) => c.improvementId)).toContain(missed));
    witness.detach();
    const again = await open(hub, world.member, { since });
    expect(readyOf(again)?.resync).toBe(false);
    expect(changesOf(again).map((c) => c.improvementId)).toContain(missed);
    again.detach();
  });

  it("asks the client to refetch when it cannot know what was missed", async () => {
    const hub = newHub();
    const stream = await open(hub, world.member, { since: Date.now() - 60 * 60_000 });
    expect(readyOf(stream)?.resync).toBe(true);
    stream.detach();
  });
});

describe("across instances", () => {
  it("a change published anywhere reaches streams on every instance", async () => {
    const [a, b] = [newHub(), newHub()];
    const onA = await open(a, world.member);
    const onB = await open(b, world.lead);
    const id = await change({ kind: "improvement.moved" });
    await vi.waitFor(() => expect(changesOf(onA).map((c) => c.improvementId)).toContain(id));
    await vi.waitFor(() => expect(changesOf(onB).map((c) => c.improvementId)).toContain(id));
    onA.detach();
    onB.detach();
  });

  it("shows who is looking at a board, each person once, to that organisation only", async () => {
    const [a, b] = [newHub(), newHub()];
    const team = { id: world.otherTeam.id, slug: world.otherTeam.slug };
    const member = await open(a, world.member, { teams: [team], presence: true });
    const leadOne = await open(b, world.lead, { teams: [team], presence: true });
    const leadTwo = await open(a, world.lead, { teams: [team], presence: true });
    const names = (stream: Open) => presenceOf(stream)?.viewers.map((viewer) => viewer.userId).sort();
    const both = [world.member.userId, world.lead.userId].sort();
    await vi.waitFor(() => expect(names(member)).toEqual(both));
    await vi.waitFor(() => expect(names(leadOne)).toEqual(both));
    const outsider = await open(b, world.outsider, { teams: [world.outsiderTeam], presence: true });
    expect(names(outsider)).toEqual([world.outsider.userId]);
    member.detach();
    await vi.waitFor(() => expect(names(leadOne)).toEqual([world.lead.userId]));
    for (const stream of [leadOne, leadTwo, outsider]) stream.detach();
    expect(outsider.events().filter((e) => e.event === "presence").flatMap((e) => (e.data as LivePresence).viewers.map((v) => v.userId))).not.toContain(world.member.userId);
  });
});

describe("when the database connection is lost", () => {
  it("the listener reconnects by itself, streams are told to refetch, and changes flow again", async () => {
    const hub = newHub();
    const stream = await open(hub, world.member);
    const pid = hub.listenerPid;
    expect(pid).not.toBeNull();
    // What a PostgreSQL restart or failover does to the listening connection.
    await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await vi.waitFor(() => expect(stream.events().some((e) => e.event === "resync")).toBe(true), { timeout: 10_000 });
    expect(hub.listenerPid).not.toBe(pid);
    const id = await change({ kind: "improvement.moved" });
    await vi.waitFor(() => expect(changesOf(stream).map((c) => c.improvementId)).toContain(id));
    stream.detach();
  });
});
