// The browser's side of the protocol: kinds, topics and what a stream sends. No zod and no
// server code, so the client bundle stays small (lib/realtime/events.ts validates the wire).
import type { ChangeEvent } from "./events";

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

export function isTeamKind(kind: ChangeKind): kind is (typeof teamKinds)[number] {
  return (teamKinds as readonly string[]).includes(kind);
}

/** The list topic an organisation-wide kind belongs to. */
export function listTopicOf(kind: ChangeKind): ListTopic | null {
  if (kind.startsWith("feedback.")) return "feedback";
  if (kind.startsWith("success.")) return "successes";
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

/** The stream's query string (parsed on the server by lib/realtime/schemas.ts). */
export function subscribeQuery(input: { teams: readonly string[]; lists: readonly string[]; presence: boolean; since: number | null }): string {
  const params = new URLSearchParams();
  if (input.teams.length) params.set("team", [...input.teams].sort().join(","));
  if (input.lists.length) params.set("topics", [...input.lists].sort().join(","));
  if (input.presence) params.set("presence", "1");
  if (input.since !== null) params.set("since", String(Math.floor(input.since)));
  return params.toString();
}
