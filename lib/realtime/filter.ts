import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { isTeamKind, listTopicOf, type ChangeEvent, type ListTopic } from "./events";

// Who may hear what. Checked twice: when a stream subscribes (lib/realtime/stream.ts) and for
// every event before it is written to a stream, with the actor as last loaded — so a topic the
// person may no longer read goes quiet, and another organisation never hears anything.

/** What one stream follows: team boards (by id) and organisation-wide lists. */
export type Topics = { teamIds: ReadonlySet<string>; lists: ReadonlySet<ListTopic> };

/** The read permission that covers an event, asked of the permission module. */
export function readPermissionFor(event: Pick<ChangeEvent, "kind" | "organisationId" | "teamId">): Permission {
  const { organisationId } = event;
  if (isTeamKind(event.kind)) return { action: "team.read", resource: { organisationId, teamId: event.teamId ?? "" } };
  // Everyone in an organisation reads its customer feedback and successes (DESIGN.md).
  if (listTopicOf(event.kind) === "feedback") return { action: "feedback.read", resource: { organisationId } };
  return { action: "organisation.read", resource: { organisationId } };
}

function follows(topics: Topics, event: ChangeEvent): boolean {
  if (isTeamKind(event.kind)) return event.teamId !== null && topics.teamIds.has(event.teamId);
  const list = listTopicOf(event.kind);
  return list !== null && topics.lists.has(list);
}

/** Whether this event may be written to this actor's stream. */
export function mayReceive(actor: Actor, topics: Topics, event: ChangeEvent): boolean {
  if (event.organisationId !== actor.organisationId) return false;
  if (!follows(topics, event)) return false;
  return can(actor, readPermissionFor(event));
}

/** Whether the actor may see who is viewing this team's board. */
export function mayReceivePresence(actor: Actor, organisationId: string, teamId: string): boolean {
  return can(actor, { action: "team.read", resource: { organisationId, teamId } });
}
