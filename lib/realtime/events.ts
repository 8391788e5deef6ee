import { z } from "zod";

// What travels over PostgreSQL NOTIFY (between app instances) and over server-sent events (to
// browsers). Pure: no server code, so client components may import the types.
//
// How a module announces a change: inside the transaction that makes it, call
// `publish(tx, { kind, organisationId, teamId, improvementId?, subjectId?, version?, actorId })`
// from lib/realtime/publish.ts. PostgreSQL delivers the NOTIFY only when that transaction
// commits, so a rolled-back change is never announced.
//
// The kinds, by who publishes them:
//   board      improvement.created | .moved | .updated (fields, owners) | .triaged (accepted,
//              parked, rejected) | .restored | .commented — teamId and improvementId required
//   pdca       pdca.updated — the checklist of improvementId changed (teamId required)
//   daily start dailyStart.updated — the team's daily start changed (teamId required)
//   feedback   feedback.created | feedback.updated — subjectId = feedback id; teamId optional
//   successes  success.created | success.updated — subjectId = success id; teamId optional
// A page subscribes to topics: a team (board, card, PDCA checklist, daily start of that team),
// "feedback" or "successes" (the whole organisation's lists). See lib/realtime/filter.ts.

/** The one PostgreSQL channel every instance listens on. */
export const CHANNEL = "verbeterbord";

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7_900;

export const teamKinds = [
  "improvement.created",
  "improvement.moved",
  "improvement.updated",
  "improvement.triaged",
  "improvement.restored",
  "improvement.commented",
  "pdca.updated",
  "dailyStart.updated",
] as const;

export const organisationKinds = ["feedback.created", "feedback.updated", "success.created", "success.updated"] as const;

export const changeKinds = [...teamKinds, ...organisationKinds] as const;

export type ChangeKind = (typeof changeKinds)[number];

/** The organisation-wide lists a page may follow besides team boards. */
export const listTopics = ["feedback", "successes"] as const;
export type ListTopic = (typeof listTopics)[number];

const id = z.string().min(1).max(64);

const changeShape = {
  kind: z.enum(changeKinds),
  organisationId: id,
  teamId: id.nullable(),
  improvementId: id.optional(),
  subjectId: id.optional(),
  version: z.int().nonnegative().optional(),
  actorId: id.nullable(),
};

function requireScope(event: { kind: ChangeKind; teamId: string | null; improvementId?: string }, context: z.RefinementCtx): void {
  if (!isTeamKind(event.kind)) return;
  if (!event.teamId) context.addIssue({ code: "custom", path: ["teamId"], message: `${event.kind} needs a teamId` });
  if ((event.kind.startsWith("improvement.") || event.kind === "pdca.updated") && !event.improvementId) {
    context.addIssue({ code: "custom", path: ["improvementId"], message: `${event.kind} needs an improvementId` });
  }
}

/** A change as publishers describe it (and as it is checked before the NOTIFY). */
export const changeEventSchema = z.object(changeShape).strict().superRefine(requireScope);

const changeMessageSchema = z
  .object({ type: z.literal("change"), ...changeShape })
  .strict()
  .superRefine(requireScope);

export type ChangeEvent = z.infer<typeof changeEventSchema>;

const viewerEntrySchema = z.object({
  /** connection id, unique per stream */
  c: id,
  o: id,
  t: id,
  u: id,
  /** display name; cut to keep payloads small */
  n: z.string().max(80),
});

export type ViewerEntry = z.infer<typeof viewerEntrySchema>;

/**
 * Presence: who is looking at which board, announced by the instance holding the stream.
 * Never stored; entries expire unless beaten again. "sync" asks every instance to announce
 * its viewers now (sent by an instance whose listener just (re)connected).
 */
export const presenceMessageSchema = z.discriminatedUnion("op", [
  z.object({ type: z.literal("presence"), op: z.enum(["join", "beat", "leave"]), instanceId: id, viewers: z.array(viewerEntrySchema).max(100) }),
  z.object({ type: z.literal("presence"), op: z.literal("sync"), instanceId: id }),
]);

export type PresenceMessage = z.infer<typeof presenceMessageSchema>;

export type ChangeMessage = { type: "change" } & ChangeEvent;
export type WireMessage = ChangeMessage | PresenceMessage;

export function isTeamKind(kind: ChangeKind): kind is (typeof teamKinds)[number] {
  return (teamKinds as readonly string[]).includes(kind);
}

/** The list topic an organisation-wide kind belongs to. */
export function listTopicOf(kind: ChangeKind): ListTopic | null {
  if (kind.startsWith("feedback.")) return "feedback";
  if (kind.startsWith("success.")) return "successes";
  return null;
}

export class PayloadTooLargeError extends Error {
  constructor(bytes: number) {
    super(`NOTIFY payload of ${bytes} bytes exceeds ${MAX_PAYLOAD_BYTES}`);
    this.name = "PayloadTooLargeError";
  }
}

/** Validates and serialises a message for NOTIFY; throws on a malformed or oversized one. */
export function encodeMessage(message: WireMessage): string {
  const parsed = message.type === "change" ? changeMessageSchema.parse(message) : presenceMessageSchema.parse(message);
  const payload = JSON.stringify(parsed);
  const bytes = new TextEncoder().encode(payload).length;
  if (bytes > MAX_PAYLOAD_BYTES) throw new PayloadTooLargeError(bytes);
  return payload;
}

/** Parses a NOTIFY payload; anything unknown (another version, another writer) is null. */
export function decodeMessage(payload: string): WireMessage | null {
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return null;
  }
  const type = (raw as { type?: unknown } | null)?.type;
  if (type === "change") {
    const parsed = changeMessageSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  }
  if (type === "presence") {
    const parsed = presenceMessageSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  }
  return null;
}

// ---- what a browser receives ------------------------------------------------------------------

/** A change as the browser sees it: no organisation id (it is always the viewer's own). */
export type LiveChange = Omit<ChangeEvent, "organisationId"> & {
  /** The receiving instance's clock (ms) when the change arrived: the client's catch-up cursor. */
  at: number;
};

export type LiveViewer = { userId: string; name: string };

export type LivePresence = { teamId: string; viewers: LiveViewer[] };

export type LiveReady = {
  connectionId: string;
  userId: string;
  at: number;
  /** The server could not replay what the client may have missed: refetch everything shown. */
  resync: boolean;
  /** The teams this stream follows, so the client can match changes (by id) to pages (by slug). */
  teams: { id: string; slug: string }[];
};

/** SSE event names. */
export const streamEvents = { ready: "ready", change: "change", presence: "presence", resync: "resync" } as const;
