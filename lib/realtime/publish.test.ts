import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addComment, createImprovement, moveImprovement, restoreImprovement, setImprovementOwners, triageImprovement, updateImprovement } from "@/lib/board/commands";
import {
  addCommentSchema,
  createImprovementSchema,
  moveImprovementSchema,
  restoreImprovementSchema,
  setOwnersSchema,
  triageImprovementSchema,
  updateImprovementSchema,
} from "@/lib/board/schemas";
import { createBoardWorld, type BoardWorld } from "@/lib/board/testing";
import { db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { completePdcaChecklists } from "@/lib/pdca/testing";
import { decodeMessage, type ChangeMessage } from "./events";
import { publish } from "./publish";
import { listenRaw } from "./testing";

let world: BoardWorld;
let listener: Awaited<ReturnType<typeof listenRaw>>;

beforeAll(async () => {
  world = await createBoardWorld(db);
  listener = await listenRaw();
});

afterAll(async () => {
  await listener.close();
});

function changes(): ChangeMessage[] {
  return listener.payloads.map(decodeMessage).filter((message): message is ChangeMessage => message?.type === "change");
}

/** Waits until `count` more changes arrived than `before`, and answers them. */
async function next(before: number, count = 1): Promise<ChangeMessage[]> {
  await vi.waitFor(() => expect(changes().length).toBeGreaterThanOrEqual(before + count), { timeout: 5_000 });
  return changes().slice(before);
}

describe("publish", () => {
  it("notifies listeners once the transaction commits", async () => {
    const before = changes().length;
    await db.$transaction(async (tx) => {
      await publish(tx, { kind: "dailyStart.updated", organisationId: world.organisationId, teamId: world.team.id, actorId: null });
    });
    expect(await next(before)).toEqual([{ type: "change", kind: "dailyStart.updated", organisationId: world.organisationId, teamId: world.team.id, actorId: null }]);
  });

  it("never notifies about a change that was rolled back", async () => {
    const before = changes().length;
    await expect(
      db.$transaction(async (tx) => {
        await publish(tx, { kind: "success.created", organisationId: world.organisationId, teamId: null, subjectId: "rolled-back", actorId: null });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    // A later committed change arrives; notifications come in commit order, so the rolled-back
    // one would have come first.
    await db.$transaction((tx) => publish(tx, { kind: "success.created", organisationId: world.organisationId, teamId: null, subjectId: "committed", actorId: null }));
    expect((await next(before)).map((change) => change.subjectId)).toEqual(["committed"]);
  });
});

describe("the board's commands", () => {
  it("each announce one change with the card's id, team and new version; a refused one announces nothing", async () => {
    const { member, lead } = world.actors;
    const base = { type: "change", organisationId: world.organisationId, teamId: world.team.id };

    let before = changes().length;
    const card = await createImprovement(member, createImprovementSchema.parse({ teamId: world.team.id, title: "Klanten wachten op terugbelverzoek" }));
    expect(await next(before)).toEqual([{ ...base, kind: "improvement.created", improvementId: card.id, version: card.version, actorId: member.userId }]);
    await completePdcaChecklists(db, [card.id]);
    const current = async () => (await db.improvement.findUniqueOrThrow({ where: { id: card.id }, select: { version: true } })).version;

    before = changes().length;
    const planColumn = world.team.columns.find((column) => column.stage === "PLAN")?.id ?? "";
    const placed = await moveImprovement(member, card.id, moveImprovementSchema.parse({ columnId: planColumn, version: await current() }));
    expect(await next(before)).toEqual([{ ...base, kind: "improvement.moved", improvementId: card.id, version: placed.version, actorId: member.userId }]);

    before = changes().length;
    await expect(moveImprovement(member, card.id, moveImprovementSchema.parse({ columnId: planColumn, version: placed.version - 1 }))).rejects.toBeInstanceOf(ConflictError);
    const updated = await updateImprovement(member, card.id, updateImprovementSchema.parse({ version: placed.version, title: "Klanten wachten te lang op terugbellen" }));
    expect(await next(before)).toEqual([{ ...base, kind: "improvement.updated", improvementId: card.id, version: updated.version, actorId: member.userId }]);

    before = changes().length;
    const owners = await setImprovementOwners(lead, card.id, setOwnersSchema.parse({ version: updated.version, ownerIds: [member.userId] }));
    expect((await next(before))[0]).toMatchObject({ kind: "improvement.updated", version: owners.version, actorId: lead.userId });

    before = changes().length;
    await addComment(lead, card.id, addCommentSchema.parse({ body: "Goed idee, pak jij dit op?" }));
    expect((await next(before))[0]).toMatchObject({ kind: "improvement.commented", improvementId: card.id, version: owners.version });

    before = changes().length;
    await triageImprovement(lead, card.id, triageImprovementSchema.parse({ version: owners.version, decision: "park", reason: "Na de zomer" }));
    expect((await next(before))[0]).toMatchObject({ kind: "improvement.triaged", version: owners.version + 1 });

    before = changes().length;
    const restored = await restoreImprovement(lead, card.id, restoreImprovementSchema.parse({ version: owners.version + 1 }));
    expect((await next(before))[0]).toMatchObject({ kind: "improvement.restored", version: restored.version });
    // Exactly one per command: nothing else arrived.
    expect(changes().length).toBe(before + 1);
  });
});
