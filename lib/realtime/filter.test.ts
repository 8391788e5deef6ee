import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld } from "@/lib/auth/testing/world";
import type { ChangeEvent, ListTopic } from "./events";
import { mayReceive, mayReceivePresence, type Topics } from "./filter";

let world: TestWorld;

beforeAll(async () => {
  world = await createTestWorld();
});

const topics = (teamIds: string[], lists: ListTopic[] = []): Topics => ({ teamIds: new Set(teamIds), lists: new Set(lists) });

function boardEvent(overrides: Partial<ChangeEvent> = {}): ChangeEvent {
  return {
    kind: "improvement.moved",
    organisationId: world.organisationId,
    teamId: world.team.id,
    improvementId: randomUUID(),
    version: 2,
    actorId: world.member.userId,
    ...overrides,
  };
}

describe("who hears which event", () => {
  const everyone = ["admin", "lead", "member", "colleague", "otherTeamMember", "sales"] as const;

  it("everyone in the organisation following a team's board hears its changes (they may all read it)", () => {
    for (const role of everyone) {
      expect(mayReceive(world[role], topics([world.team.id]), boardEvent()), role).toBe(true);
    }
  });

  it("nobody hears a team they do not follow", () => {
    for (const role of everyone) {
      expect(mayReceive(world[role], topics([world.otherTeam.id]), boardEvent()), role).toBe(false);
      expect(mayReceive(world[role], topics([], ["feedback", "successes"]), boardEvent()), role).toBe(false);
    }
  });

  it("another organisation hears nothing, even when it names the same team id or list", () => {
    const { outsider } = world;
    expect(mayReceive(outsider, topics([world.team.id], ["feedback", "successes"]), boardEvent())).toBe(false);
    for (const kind of ["feedback.created", "success.created"] as const) {
      const event = boardEvent({ kind, teamId: null, improvementId: undefined, subjectId: randomUUID() });
      expect(mayReceive(outsider, topics([], ["feedback", "successes"]), event), kind).toBe(false);
    }
    // The outsider's own team, with an event forged to claim this organisation's id: still nothing.
    expect(mayReceive(outsider, topics([world.outsiderTeam.id]), boardEvent({ teamId: world.outsiderTeam.id }))).toBe(false);
    expect(mayReceivePresence(outsider, world.organisationId, world.team.id)).toBe(false);
  });

  it("feedback and successes reach everyone in the organisation who follows that list, and only that list", () => {
    const feedback = boardEvent({ kind: "feedback.created", teamId: null, improvementId: undefined, subjectId: randomUUID() });
    const success = boardEvent({ kind: "success.created", teamId: world.team.id, improvementId: undefined, subjectId: randomUUID() });
    for (const role of everyone) {
      expect(mayReceive(world[role], topics([], ["feedback"]), feedback), role).toBe(true);
      expect(mayReceive(world[role], topics([], ["successes"]), success), role).toBe(true);
      expect(mayReceive(world[role], topics([world.team.id], ["successes"]), feedback), role).toBe(false);
      expect(mayReceive(world[role], topics([world.team.id], ["feedback"]), success), role).toBe(false);
    }
  });

  it("PDCA and daily-start changes follow the team", () => {
    const pdca = boardEvent({ kind: "pdca.updated" });
    const dailyStart = boardEvent({ kind: "dailyStart.updated", improvementId: undefined });
    expect(mayReceive(world.member, topics([world.team.id]), pdca)).toBe(true);
    expect(mayReceive(world.otherTeamMember, topics([world.otherTeam.id]), dailyStart)).toBe(false);
    expect(mayReceive(world.lead, topics([world.team.id]), dailyStart)).toBe(true);
  });

  it("presence of a board is visible to the organisation only", () => {
    expect(mayReceivePresence(world.sales, world.organisationId, world.team.id)).toBe(true);
    expect(mayReceivePresence(world.otherTeamMember, world.organisationId, world.team.id)).toBe(true);
  });
});
