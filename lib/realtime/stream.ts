import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ExpectedError, NotFoundError } from "@/lib/errors";
import type { ListTopic } from "./events";
import type { Topics } from "./filter";
import { getHub, MAX_STREAMS_PER_USER, type RealtimeHub, type SinkWriter } from "./hub";
import type { SubscribeInput } from "./schemas";

/** Tells EventSource how long to wait before it reconnects by itself. */
const RETRY_MS = 2_000;
/** Chunks a reader may fall behind before its stream is cut (it reconnects and catches up). */
const MAX_QUEUED_CHUNKS = 500;

export type ResolvedTopics = Topics & { teams: { id: string; slug: string; organisationId: string }[] };

/**
 * The topics a stream asks for, each checked with the permission module: teams of the actor's
 * own organisation only (another organisation's team is "not found"), and lists they may read.
 */
export async function resolveTopics(actor: Actor, input: Pick<SubscribeInput, "teams" | "lists">): Promise<ResolvedTopics> {
  const teams = input.teams.length
    ? await db.team.findMany({
        where: { organisationId: actor.organisationId, slug: { in: input.teams } },
        select: { id: true, slug: true, organisationId: true },
      })
    : [];
  if (teams.length !== input.teams.length) throw new NotFoundError();
  for (const team of teams) authorize(actor, { action: "team.read", resource: { organisationId: team.organisationId, teamId: team.id } });
  for (const list of input.lists) authorize(actor, listPermission(actor, list));
  return { teams, teamIds: new Set(teams.map((team) => team.id)), lists: new Set(input.lists) };
}

function listPermission(actor: Actor, list: ListTopic) {
  const resource = { organisationId: actor.organisationId };
  return list === "feedback" ? { action: "feedback.read" as const, resource } : { action: "organisation.read" as const, resource };
}

/**
 * Opens a server-sent event stream for the actor. Events: `ready` (first), `change`,
 * `presence`, `resync` (refetch everything shown); comment lines as heartbeat.
 */
export async function openEventStream(actor: Actor, input: SubscribeInput, signal: AbortSignal, hub: RealtimeHub = getHub()): Promise<Response> {
  const topics = await resolveTopics(actor, input);
  const presenceTeam = input.presence ? topics.teams[0] : undefined;
  if (!hub.acquireStream(actor.userId)) {
    throw new ExpectedError("rate_limited", "realtime.errors.tooManyStreams", { limit: MAX_STREAMS_PER_USER });
  }
  const encoder = new TextEncoder();
  let detach: (() => void) | null = null;
  let closed = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const writer: SinkWriter = {
        write(chunk) {
          if (closed) return false;
          try {
            controller.enqueue(encoder.encode(chunk));
          } catch {
            return false;
          }
          return (controller.desiredSize ?? 0) > -MAX_QUEUED_CHUNKS;
        },
        close() {
          if (closed) return;
          closed = true;
          try {
            controller.close();
          } catch {
            // Already closed by the reader going away.
          }
        },
      };
      writer.write(`retry: ${RETRY_MS}\n\n`);
      const attached = hub.attach({
        actor,
        topics,
        presence: presenceTeam ? { organisationId: presenceTeam.organisationId, teamId: presenceTeam.id } : null,
        since: input.since,
        hello: { teams: topics.teams.map(({ id, slug }) => ({ id, slug })) },
        writer,
      });
      detach = attached.detach;
      if (signal.aborted) detach();
    },
    cancel() {
      closed = true;
      detach?.();
    },
  });
  signal.addEventListener("abort", () => detach?.(), { once: true });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: compression middleware and proxies must not buffer the stream.
      "Cache-Control": "no-cache, no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
