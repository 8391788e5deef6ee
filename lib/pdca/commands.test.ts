import { beforeAll, describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { createImprovement, moveImprovement, triageImprovement } from "@/lib/board/commands";
import { getImprovement } from "@/lib/board/queries";
import { createImprovementSchema } from "@/lib/board/schemas";
import { createBoardWorld, type BoardWorld } from "@/lib/board/testing";
import { db } from "@/lib/db/client";
import { ConflictError, ExpectedError, InvalidInputError } from "@/lib/errors";
import { catalogues } from "@/lib/i18n/catalogue";
import { fieldIssuesFromZod } from "@/lib/i18n/zod-issues";
import { decodeMessage } from "@/lib/realtime/events";
import { listenRaw } from "@/lib/realtime/testing";
import { startPdcaCycle, updatePdcaCycle } from "./commands";
import { missingForMove } from "./gates";
import { getPdcaChecklist, getPdcaRecord, listPdcaProgress } from "./queries";
import { updatePdcaCycleSchema, type UpdatePdcaCycleInput } from "./schemas";
import { StageGateError } from "./stage-gate";

let world: BoardWorld;
let segmentId: string;
const column = (stage: string) => world.team.columns.find((c) => c.stage === stage)?.id ?? "";

async function create(actor: Actor = world.actors.member, title = "Wachtrij telefoon te lang", problem?: string) {
  const card = await createImprovement(actor, createImprovementSchema.parse({ teamId: world.team.id, title, problem }));
  return card.id;
}

async function cardVersion(id: string): Promise<number> {
  return (await db.improvement.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

async function stageOf(id: string): Promise<string> {
  return (await db.improvement.findUniqueOrThrow({ where: { id }, select: { column: { select: { stage: true } } } })).column.stage;
}

async function move(actor: Actor, id: string, stage: string) {
  return moveImprovement(actor, id, { columnId: column(stage), previousId: null, nextId: null, version: await cardVersion(id) });
}

/** Saves through the schema, as the form and the API do. */
async function save(actor: Actor, id: string, input: Record<string, unknown>) {
  const checklist = await getPdcaChecklist(world.actors.admin, id);
  const parsed: UpdatePdcaCycleInput = updatePdcaCycleSchema.parse({ cycle: checklist.current.number, version: checklist.current.version, ...input });
  return updatePdcaCycle(actor, id, parsed);
}

const expectationAndGoal = {
  plan: {
    problemStatement: "Klanten wachten gemiddeld 12 minuten aan de telefoon",
    customerType: "EXTERNAL",
    customerName: "Particuliere bellers",
    segmentId: "",
    expectation: "Binnen 2 minuten iemand aan de lijn",
    kano: "PERFORMANCE",
    baseline: "12 minuten (week 40)",
    rootCause: ["Piek om 9 uur", "Iedereen begint met e-mail", "", "", ""],
    goal: "Onder 3 minuten binnen 4 weken",
    actions: [],
  },
};

async function refusal(work: () => Promise<unknown>): Promise<ExpectedError> {
  const error = await work().then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ExpectedError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  world = await createBoardWorld(db);
  segmentId = (await db.customerSegment.create({ data: { organisationId: world.organisationId, name: "Particuliere klanten" } })).id;
});

describe("the checklist before anyone saved it", () => {
  it("starts cycle 1 with the card's problem as the problem statement", async () => {
    const id = await create(world.actors.member, "Lange wachttijd", "Bellers hangen op na 10 minuten");
    const checklist = await getPdcaChecklist(world.actors.member, id);
    expect(checklist.current).toMatchObject({ id: null, number: 1, version: 0, plan: { problemStatement: "Bellers hangen op na 10 minuten", actions: [] } });
    expect(checklist.previous).toEqual([]);
    expect(checklist.improvement.stage).toBe("IDEA");
    expect(checklist.segments.map((s) => s.name)).toContain("Particuliere klanten");
    expect(checklist.members.map((m) => m.id)).toContain(world.actors.member.userId);
    expect(checklist.permissions).toEqual({ canEdit: true, canCreateSegment: false });
    expect((await getPdcaChecklist(world.actors.lead, id)).permissions).toEqual({ canEdit: true, canCreateSegment: true });
    expect((await getPdcaChecklist(world.actors.colleague, id)).permissions.canEdit).toBe(false);
    expect((await getPdcaChecklist(world.actors.sales, id)).permissions.canEdit).toBe(false);
  });
});

describe("updatePdcaCycle", () => {
  it("creates the first cycle on the first save and records which fields changed", async () => {
    const id = await create();
    const saved = await save(world.actors.member, id, { plan: { ...expectationAndGoal.plan, segmentId } });
    expect(saved).toMatchObject({
      number: 1,
      version: 1,
      plan: { customerType: "EXTERNAL", kano: "PERFORMANCE", segment: { id: segmentId, name: "Particuliere klanten" }, rootCause: ["Piek om 9 uur", "Iedereen begint met e-mail"] },
    });
    const detail = await getImprovement(world.actors.member, id);
    expect(detail.activity[0]).toMatchObject({ kind: "PDCA_UPDATED", actor: { id: world.actors.member.userId } });
    expect(detail.activity[0]?.data).toEqual({
      cycle: 1,
      fields: ["plan.problemStatement", "plan.customerType", "plan.customerName", "plan.segmentId", "plan.expectation", "plan.kano", "plan.baseline", "plan.rootCause", "plan.goal"],
    });
    // The card's own version is untouched: a move the board is about to send stays valid.
    expect(await cardVersion(id)).toBe(1);
  });

  it("changes only the sections it is given, bumps the cycle version and logs only real changes", async () => {
    const id = await create();
    await save(world.actors.member, id, expectationAndGoal);
    const after = await save(world.actors.member, id, { do: { description: "Pilot met belrooster", informed: "" } });
    expect(after).toMatchObject({ version: 2, do: { description: "Pilot met belrooster", informed: null }, plan: { goal: "Onder 3 minuten binnen 4 weken" } });
    const activity = async () => (await getImprovement(world.actors.member, id)).activity.filter((a) => a.kind === "PDCA_UPDATED");
    expect((await activity())[0]?.data).toEqual({ cycle: 1, fields: ["do.description"] });
    const unchanged = await save(world.actors.member, id, { do: { description: "Pilot met belrooster" } });
    expect(unchanged.version).toBe(2);
    expect(await activity()).toHaveLength(2);
  });

  it("refuses a stale version with a conflict and changes nothing", async () => {
    const id = await create();
    await save(world.actors.member, id, expectationAndGoal);
    const error = await refusal(() => updatePdcaCycle(world.actors.member, id, updatePdcaCycleSchema.parse({ cycle: 1, version: 0, plan: { goal: "Anders" } })));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.messageKey).toBe("pdca.errors.stale");
    expect((await getPdcaChecklist(world.actors.member, id)).current.plan.goal).toBe("Onder 3 minuten binnen 4 weken");
    const wrongCycle = await refusal(() => updatePdcaCycle(world.actors.member, id, updatePdcaCycleSchema.parse({ cycle: 2, version: 1 })));
    expect(wrongCycle.code).toBe("conflict");
  });

  it("plans, edits, ticks off and removes actions, logging plan and do changes apart", async () => {
    const id = await create();
    const planned = await save(world.actors.member, id, {
      plan: {
        ...expectationAndGoal.plan,
        actions: [
          { description: "Belrooster maken", ownerId: world.actors.member.userId, dueDate: "2026-12-01" },
          { description: "Team informeren in de dagstart", ownerId: "", dueDate: "" },
          { description: "", ownerId: "", dueDate: "" },
        ],
      },
    });
    expect(planned.plan.actions.map((a) => [a.description, a.owner?.id ?? null, a.dueDate, a.done])).toEqual([
      ["Belrooster maken", world.actors.member.userId, "2026-12-01", false],
      ["Team informeren in de dagstart", null, null, false],
    ]);
    const [first, second] = planned.plan.actions;
    const ticked = await save(world.actors.member, id, {
      plan: { ...expectationAndGoal.plan, actions: [{ id: first?.id, description: "Belrooster maken", ownerId: world.actors.member.userId, dueDate: "2026-12-01", done: "on" }, { id: second?.id, description: "Team informeren in de dagstart" }] },
    });
    expect(ticked.plan.actions.map((a) => a.done)).toEqual([true, false]);
    expect(ticked.plan.actions[0]?.doneAt).not.toBeNull();
    const logged = (await getImprovement(world.actors.member, id)).activity.filter((a) => a.kind === "PDCA_UPDATED");
    expect(logged[0]?.data).toEqual({ cycle: 1, fields: ["do.actions"] });
    expect(logged[1]?.data).toMatchObject({ fields: expect.arrayContaining(["plan.actions"]) as unknown });

    const removed = await save(world.actors.member, id, { plan: { ...expectationAndGoal.plan, actions: [{ id: second?.id, description: "Team informeren", done: true }] } });
    expect(removed.plan.actions.map((a) => [a.description, a.done])).toEqual([["Team informeren", true]]);
    expect(await db.pdcaAction.count({ where: { id: first?.id } })).toBe(0);
  });

  it("names the field of a segment, owner or action that is not this organisation's or this cycle's", async () => {
    const id = await create();
    const foreignSegment = await db.customerSegment.create({ data: { organisationId: world.actors.outsider.organisationId, name: "Geheim" } });
    const archived = await db.customerSegment.create({ data: { organisationId: world.organisationId, name: "Oud segment", archivedAt: new Date() } });
    for (const bad of [foreignSegment.id, archived.id]) {
      const error = await refusal(() => save(world.actors.member, id, { plan: { ...expectationAndGoal.plan, segmentId: bad } }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.fieldIssues).toEqual({ "plan.segmentId": [{ key: "pdca.validation.unknownSegment" }] });
    }
    const owner = await refusal(() =>
      save(world.actors.member, id, { plan: { ...expectationAndGoal.plan, actions: [{ description: "Iets", ownerId: world.actors.outsider.userId }] } }),
    );
    expect(owner.fieldIssues).toEqual({ "plan.actions.0.ownerId": [{ key: "pdca.validation.unknownOwner" }] });
    const other = await create();
    const otherSaved = await save(world.actors.member, other, { plan: { ...expectationAndGoal.plan, actions: [{ description: "Van een andere kaart" }] } });
    const stolen = await refusal(() =>
      save(world.actors.member, id, { plan: { ...expectationAndGoal.plan, actions: [{ id: otherSaved.plan.actions[0]?.id, description: "Overgenomen" }] } }),
    );
    expect(stolen.fieldIssues).toEqual({ "plan.actions.0.description": [{ key: "pdca.validation.unknownAction" }] });
    expect(await db.pdcaCycle.count({ where: { improvementId: id } })).toBe(0);
  });

  it("refuses too long and malformed input with field paths the form shows", () => {
    const result = updatePdcaCycleSchema.safeParse({
      cycle: 1,
      version: 0,
      plan: { expectation: "x".repeat(2_001), kano: "MEGA", rootCause: ["ok", "y".repeat(501)], actions: [{ description: "", ownerId: "niet-een-id", dueDate: "morgen" }] },
      check: { result: "JA" },
    });
    expect(result.success).toBe(false);
    const paths = (result.error as ZodError).issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["plan.expectation", "plan.kano", "plan.rootCause.1", "plan.actions.0.ownerId", "plan.actions.0.dueDate", "check.result"]),
    );
  });

  it("keeps text as text, markup included", async () => {
    const id = await create();
    const saved = await save(world.actors.member, id, { plan: { ...expectationAndGoal.plan, expectation: "<img src=x onerror=alert(1)> & \"snel\"" } });
    expect(saved.plan.expectation).toBe("<img src=x onerror=alert(1)> & \"snel\"");
  });
});

describe("who may read and change the checklist (the board's improvement.edit rule)", () => {
  const outcome = async (work: () => Promise<unknown>) =>
    work().then(
      () => "ok",
      (error: unknown) => (error instanceof ExpectedError ? error.code : `unexpected: ${String(error)}`),
    );
  const expected: Record<keyof BoardWorld["actors"], { read: string; edit: string }> = {
    admin: { read: "ok", edit: "ok" },
    lead: { read: "ok", edit: "ok" },
    member: { read: "ok", edit: "ok" },
    colleague: { read: "ok", edit: "forbidden" },
    otherTeamMember: { read: "ok", edit: "forbidden" },
    sales: { read: "ok", edit: "forbidden" },
    outsider: { read: "not_found", edit: "not_found" },
  };
  for (const [who, { read, edit }] of Object.entries(expected) as [keyof BoardWorld["actors"], { read: string; edit: string }][]) {
    it(`${who}: read ${read}, edit ${edit}`, async () => {
      const id = await create(world.actors.member);
      expect(await outcome(() => getPdcaChecklist(world.actors[who], id))).toBe(read);
      expect(await outcome(() => getPdcaRecord(world.actors[who], id))).toBe(read);
      expect(await outcome(() => save(world.actors[who], id, { plan: { goal: "Sneller" } }))).toBe(edit);
      if (edit !== "ok") expect(await db.pdcaCycle.count({ where: { improvementId: id } })).toBe(0);
    });
  }

  it("lets an owner who did not submit the card edit its checklist", async () => {
    const id = await create(world.actors.lead);
    await db.improvementOwner.create({ data: { improvementId: id, userId: world.actors.colleague.userId } });
    expect(await outcome(() => save(world.actors.colleague, id, { plan: { goal: "Sneller" } }))).toBe("ok");
  });

  it("never shows another organisation's progress", async () => {
    expect(await outcome(() => listPdcaProgress(world.actors.outsider, world.team.id))).toBe("not_found");
  });
});

describe("stage gates through the board's move service", () => {
  it("refuses Plan → Do without a customer expectation, names every missing field, and changes nothing", async () => {
    const id = await create(world.actors.lead);
    await move(world.actors.lead, id, "PLAN");
    const version = await cardVersion(id);
    const error = await refusal(() => move(world.actors.lead, id, "DO"));
    expect(error).toBeInstanceOf(StageGateError);
    expect(error.code).toBe("gate");
    expect(error.messageKey).toBe("pdca.gate.refused");
    expect(error.params).toEqual({ stage: "DO", count: 5 });
    expect(Object.keys(error.fieldIssues ?? {})).toEqual(["plan.customerType", "plan.customerName", "plan.expectation", "plan.kano", "plan.goal"]);
    expect(await stageOf(id)).toBe("PLAN");
    expect(await cardVersion(id)).toBe(version);
    expect((await getImprovement(world.actors.lead, id)).activity[0]?.kind).toBe("MOVED");
  });

  it("names only what is still missing, and lets the move through once it is filled in", async () => {
    const id = await create(world.actors.lead);
    await move(world.actors.lead, id, "PLAN");
    await save(world.actors.lead, id, { plan: { ...expectationAndGoal.plan, kano: "", goal: "" } });
    const error = await refusal(() => move(world.actors.lead, id, "DO"));
    expect(error.fieldIssues).toEqual({ "plan.kano": [{ key: "pdca.gate.missing.kano" }], "plan.goal": [{ key: "pdca.gate.missing.goal" }] });
    await save(world.actors.lead, id, expectationAndGoal);
    await move(world.actors.lead, id, "DO");
    expect(await stageOf(id)).toBe("DO");
  });

  it("gates every way forward: skipping stages, from Nieuw straight to Act", async () => {
    const id = await create(world.actors.lead);
    for (const stage of ["DO", "CHECK", "ACT"]) {
      expect((await refusal(() => move(world.actors.lead, id, stage))).code).toBe("gate");
    }
    const done = await refusal(() => move(world.actors.lead, id, "DONE"));
    expect(Object.keys(done.fieldIssues ?? {})).toEqual([...Object.keys((await refusal(() => move(world.actors.lead, id, "DO"))).fieldIssues ?? {}), "check.result", "check.expectationMet", "act.decision"]);
    expect(await stageOf(id)).toBe("IDEA");
  });

  it("needs the Check result and the Act decision for Geborgd", async () => {
    const id = await create(world.actors.lead);
    await save(world.actors.lead, id, expectationAndGoal);
    for (const stage of ["PLAN", "DO", "CHECK", "ACT"]) await move(world.actors.lead, id, stage);
    const error = await refusal(() => move(world.actors.lead, id, "DONE"));
    expect(error.fieldIssues).toEqual({
      "check.result": [{ key: "pdca.gate.missing.checkResult" }],
      "check.expectationMet": [{ key: "pdca.gate.missing.expectationMet" }],
      "act.decision": [{ key: "pdca.gate.missing.actDecision" }],
    });
    await save(world.actors.lead, id, { check: { result: "ACHIEVED", measuredResult: "2,5 minuten", expectationMet: "YES", expectationEvidence: "Nagebeld" } });
    expect(Object.keys((await refusal(() => move(world.actors.lead, id, "DONE"))).fieldIssues ?? {})).toEqual(["act.decision"]);
    await save(world.actors.lead, id, { act: { decision: "STANDARDISE", standardisation: "Werkinstructie telefonie", monitoring: "Prestatiebord" } });
    await move(world.actors.lead, id, "DONE");
    expect(await stageOf(id)).toBe("DONE");
  });

  it("never gates a move back or within a stage, nor accepting a suggestion into Plan", async () => {
    const id = await create(world.actors.member);
    const accepted = await triageImprovement(world.actors.lead, id, { version: await cardVersion(id), decision: "accept", reason: null });
    expect(accepted.status).toBe("ACTIVE");
    expect(await stageOf(id)).toBe("PLAN");
    await db.improvement.update({ where: { id }, data: { columnId: column("ACT") } });
    await move(world.actors.lead, id, "CHECK");
    await move(world.actors.lead, id, "CHECK");
    await move(world.actors.lead, id, "IDEA");
    expect(await stageOf(id)).toBe("IDEA");
  });

  it("has a message in both languages for every refusal", () => {
    const keys = [...missingForMove("IDEA", "DONE", null), ...missingForMove("ACT", "DONE", { ...emptyGateCycle(), act: { decision: "NEW_CYCLE" } })].map((issue) => issue.key);
    for (const key of [...keys, "pdca.gate.refused"]) {
      for (const locale of ["nl", "en"] as const) {
        const message = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogues[locale]);
        expect(typeof message, `${locale}: ${key}`).toBe("string");
      }
    }
  });
});

function emptyGateCycle() {
  return {
    plan: { customerType: null, customerName: null, expectation: null, kano: null, goal: null },
    check: { result: null, expectationMet: null },
    act: { decision: null },
  };
}

describe("a failed Check starts a new cycle", () => {
  it("needs the Check result and a New cycle decision with its reason", async () => {
    const id = await create(world.actors.lead);
    await save(world.actors.lead, id, expectationAndGoal);
    const error = await refusal(() => startPdcaCycle(world.actors.lead, id, { cycle: 1, version: 1 }));
    expect(error.fieldIssues).toEqual({
      "check.result": [{ key: "pdca.validation.newCycleNeedsCheck" }],
      "act.decision": [{ key: "pdca.validation.newCycleNeedsDecision" }],
      "act.newCycleReason": [{ key: "pdca.validation.newCycleNeedsReason" }],
    });
    expect((await refusal(() => startPdcaCycle(world.actors.colleague, id, { cycle: 1, version: 1 }))).code).toBe("forbidden");
  });

  it("closes cycle 1 (still readable), starts cycle 2 from Plan with the customer expectation, and moves the card back", async () => {
    const id = await create(world.actors.lead);
    await save(world.actors.lead, id, { plan: { ...expectationAndGoal.plan, segmentId, actions: [{ description: "Belrooster" }] } });
    for (const stage of ["PLAN", "DO", "CHECK"]) await move(world.actors.lead, id, stage);
    const failed = await save(world.actors.lead, id, {
      check: { result: "NOT_ACHIEVED", measuredResult: "9 minuten", expectationMet: "NO", expectationEvidence: "Klachten bleven" },
      act: { decision: "NEW_CYCLE", newCycleReason: "Rooster hielp niet: de piek komt van de nieuwsbrief", lessonsLearned: "Eerst de piek verklaren" },
    });
    const started = await startPdcaCycle(world.actors.lead, id, { cycle: 1, version: failed.version });
    expect(started).toEqual({ number: 2, movedToPlan: true });
    expect(await stageOf(id)).toBe("PLAN");

    const checklist = await getPdcaChecklist(world.actors.member, id);
    expect(checklist.current).toMatchObject({
      number: 2,
      closedAt: null,
      plan: { customerType: "EXTERNAL", expectation: "Binnen 2 minuten iemand aan de lijn", kano: "PERFORMANCE", segment: { id: segmentId }, baseline: "9 minuten", goal: null, actions: [] },
      check: { result: null },
      act: { decision: null },
    });
    expect(checklist.previous).toHaveLength(1);
    expect(checklist.previous[0]).toMatchObject({ number: 1, check: { result: "NOT_ACHIEVED" }, act: { newCycleReason: "Rooster hielp niet: de piek komt van de nieuwsbrief" } });
    expect(checklist.previous[0]?.closedAt).not.toBeNull();
    const kinds = (await getImprovement(world.actors.lead, id)).activity.map((a) => a.kind);
    expect(kinds.slice(0, 2)).toEqual(["MOVED", "PDCA_CYCLE_STARTED"]);

    // The gates now read cycle 2: only its goal is missing for Do.
    expect((await refusal(() => move(world.actors.lead, id, "DO"))).fieldIssues).toEqual({ "plan.goal": [{ key: "pdca.gate.missing.goal" }] });
    // Cycle 1 can no longer be changed through a stale form.
    expect((await refusal(() => updatePdcaCycle(world.actors.lead, id, updatePdcaCycleSchema.parse({ cycle: 1, version: failed.version + 1, plan: { goal: "x" } })))).code).toBe("conflict");

    const record = await getPdcaRecord(world.actors.sales, id);
    expect(record.cycles.map((c) => c.number)).toEqual([1, 2]);
    expect(record.history.map((h) => h.kind)).toEqual(expect.arrayContaining(["CREATED", "PDCA_UPDATED", "MOVED", "PDCA_CYCLE_STARTED"]));
  });
});

describe("listPdcaProgress", () => {
  it("gives each card of the board its progress in one read, with overdue actions", async () => {
    const id = await create(world.actors.lead);
    await save(world.actors.lead, id, {
      plan: { ...expectationAndGoal.plan, actions: [
        { description: "Te laat", dueDate: "2020-01-01", ownerId: world.actors.lead.userId },
        { description: "Later", dueDate: "2999-01-01", ownerId: world.actors.member.userId },
      ] },
      do: { description: "Pilot", informed: "Team" },
    });
    const untouched = await create(world.actors.lead);
    const progress = await listPdcaProgress(world.actors.sales, world.team.id);
    expect(progress[id]).toEqual({ cycle: 1, sections: { plan: "complete", do: "started", check: "empty", act: "empty" }, openActions: 2, overdueActions: 1 });
    expect(progress[untouched]).toBeUndefined();
    // A live board asks for the cards it heard about only.
    const other = await create(world.actors.lead);
    await save(world.actors.lead, other, { do: { description: "Proef", informed: "Team" } });
    expect(Object.keys(await listPdcaProgress(world.actors.sales, world.team.id, [id, untouched]))).toEqual([id]);
    expect(Object.keys(await listPdcaProgress(world.actors.sales, world.team.id, [other]))).toEqual([other]);
  });
});

describe("length limits", () => {
  it("say how long a text may be, not that it is invalid", () => {
    const result = updatePdcaCycleSchema.safeParse({ cycle: 1, version: 0, plan: { expectation: "x".repeat(2_001) } });
    expect(result.success).toBe(false);
    expect(fieldIssuesFromZod(result.error as ZodError)).toEqual({ "plan.expectation": [{ key: "errors.validation.tooLong", params: { maximum: 2_000 } }] });
  });
});

describe("live updates", () => {
  it("announce a saved checklist and a new cycle to the team's boards, and nothing for a refused save", async () => {
    const listener = await listenRaw();
    try {
      const id = await create(world.actors.lead);
      await save(world.actors.lead, id, expectationAndGoal);
      await refusal(() => save(world.actors.colleague, id, { plan: { goal: "Anders" } }));
      const changes = async () =>
        listener.payloads
          .map(decodeMessage)
          .filter((message) => message?.type === "change" && message.kind === "pdca.updated" && message.improvementId === id);
      await expect.poll(async () => (await changes()).length).toBe(1);
      expect((await changes())[0]).toMatchObject({ teamId: world.team.id, actorId: world.actors.lead.userId });
    } finally {
      await listener.close();
    }
  });
});
