import { z } from "zod";
import { changeKinds, isTeamKind, type ChangeKind } from "./protocol";

export * from "./protocol";

// What travels over PostgreSQL NOTIFY between app instances, validated both ways. Pure, but
// with zod: browsers import lib/realtime/protocol.ts instead.
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
