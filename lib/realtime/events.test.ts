import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { changeKinds, decodeMessage, encodeMessage, MAX_PAYLOAD_BYTES, PayloadTooLargeError, type ChangeEvent, type ViewerEntry } from "./events";

const organisationId = randomUUID();
const teamId = randomUUID();
const improvementId = randomUUID();
const actorId = randomUUID();

const move: ChangeEvent = { kind: "improvement.moved", organisationId, teamId, improvementId, version: 4, actorId };

describe("notification payloads", () => {
  it("round-trips a change, small enough for NOTIFY", () => {
    const payload = encodeMessage({ type: "change", ...move });
    expect(decodeMessage(payload)).toEqual({ type: "change", ...move });
    expect(new TextEncoder().encode(payload).length).toBeLessThan(400);
  });

  it("carries only what a listener needs: no titles, texts or names of changed things", () => {
    const payload = JSON.parse(encodeMessage({ type: "change", ...move })) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(["actorId", "improvementId", "kind", "organisationId", "teamId", "type", "version"]);
  });

  it("refuses fields it does not know, so nobody sneaks content into a payload", () => {
    expect(() => encodeMessage({ type: "change", ...move, title: "Geheim" } as never)).toThrow(ZodError);
  });

  it("requires a team for board kinds and an improvement for card kinds", () => {
    expect(() => encodeMessage({ type: "change", ...move, teamId: null })).toThrow(ZodError);
    expect(() => encodeMessage({ type: "change", kind: "improvement.commented", organisationId, teamId, actorId })).toThrow(ZodError);
    expect(() => encodeMessage({ type: "change", kind: "pdca.updated", organisationId, teamId, actorId })).toThrow(ZodError);
    expect(encodeMessage({ type: "change", kind: "dailyStart.updated", organisationId, teamId, actorId })).toContain("dailyStart.updated");
  });

  it("lets organisation-wide lists go without a team", () => {
    for (const kind of ["feedback.created", "success.created"] as const) {
      const payload = encodeMessage({ type: "change", kind, organisationId, teamId: null, subjectId: randomUUID(), actorId: null });
      expect(decodeMessage(payload)).toMatchObject({ kind, teamId: null });
    }
  });

  it("knows every kind the modules publish", () => {
    expect(changeKinds).toEqual(
      expect.arrayContaining(["improvement.created", "improvement.moved", "improvement.commented", "pdca.updated", "dailyStart.updated", "feedback.created", "success.created"]),
    );
  });

  it("ignores payloads it cannot read (another version, another writer, junk)", () => {
    expect(decodeMessage("not json")).toBeNull();
    expect(decodeMessage("null")).toBeNull();
    expect(decodeMessage(JSON.stringify({ type: "change", kind: "improvement.exploded", organisationId, teamId, improvementId, actorId }))).toBeNull();
    expect(decodeMessage(JSON.stringify({ type: "telegram" }))).toBeNull();
    expect(decodeMessage(JSON.stringify({ type: "presence", op: "join", instanceId: "a" }))).toBeNull();
  });

  it("round-trips presence, and refuses a presence message over the NOTIFY limit", () => {
    const viewer = (n: string): ViewerEntry => ({ c: randomUUID(), o: organisationId, t: teamId, u: randomUUID(), n });
    const join = { type: "presence" as const, op: "join" as const, instanceId: randomUUID(), viewers: [viewer("Anna de Vries")] };
    expect(decodeMessage(encodeMessage(join))).toEqual(join);
    expect(decodeMessage(encodeMessage({ type: "presence", op: "sync", instanceId: "x" }))).toEqual({ type: "presence", op: "sync", instanceId: "x" });
    const crowd = { ...join, viewers: Array.from({ length: 60 }, () => viewer("Ë".repeat(80))) };
    expect(() => encodeMessage(crowd)).toThrow(PayloadTooLargeError);
    expect(MAX_PAYLOAD_BYTES).toBeLessThan(8000);
  });
});
