import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { ConflictError, ExpectedError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import {
  addComment,
  createImprovement,
  moveImprovement,
  restoreImprovement,
  setImprovementOwners,
  triageImprovement,
  updateImprovement,
} from "./commands";
import { getBoard, getImprovement, listMySuggestions, listOffBoardImprovements } from "./queries";
import { fieldIssuesFromZod } from "@/lib/i18n/zod-issues";
import { createImprovementSchema, moveImprovementSchema, triageImprovementSchema } from "./schemas";
import { createBoardWorld, insertCards, type BoardWorld } from "./testing";
import { completePdcaChecklists } from "@/lib/pdca/testing";

let world: BoardWorld;
const column = (stage: string, team = world.team) => team.columns.find((c) => c.stage === stage)?.id ?? "";

async function columnOrder(columnId: string): Promise<{ id: string; rank: string }[]> {
  const rows = await db.improvement.findMany({
    where: { columnId, status: "ACTIVE" },
    select: { id: true, rank: true },
    orderBy: { rank: "asc" },
  });
  return rows.map((row) => ({ id: row.id, rank: row.rank ?? "" }));
}

async function create(actor: Actor, title = "Wachtrij telefoon te lang"): Promise<{ id: string; version: number }> {
  const card = await createImprovement(actor, createImprovementSchema.parse({ teamId: world.team.id, title }));
  // A filled-in PDCA checklist, so these tests may move the card to any stage (gates: lib/pdca).
  await completePdcaChecklists(db, [card.id]);
  return { id: card.id, version: card.version };
}

async function version(id: string): Promise<number> {
  return (await db.improvement.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

beforeAll(async () => {
  world = await createBoardWorld(db);
});

describe("the rank column", () => {
  it("uses COLLATE \"C\", so the database orders ranks byte-wise like the code does", async () => {
    const [row] = await db.$queryRaw<{ collation: string }[]>`
      SELECT c.collname AS collation FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation
       WHERE a.attrelid = '"Improvement"'::regclass AND a.attname = 'rank'`;
    expect(row?.collation).toBe("C");
    // In a linguistic collation "a0" sorts before "Zz"; byte-wise, upper case comes first.
    const ordered = await db.$queryRaw<{ rank: string }[]>`
      SELECT rank FROM (VALUES ('a0'::text COLLATE "C"), ('Zz')) AS v(rank)
       ORDER BY rank COLLATE "C"`;
    expect(ordered.map((r) => r.rank)).toEqual(["Zz", "a0"]);
    const columnId = column("DO");
    await insertCards(db, { organisationId: world.organisationId, teamId: world.team.id, columnId }, 1);
    await db.improvement.create({
      data: { organisationId: world.organisationId, teamId: world.team.id, columnId, rank: "Zz", title: "Bovenaan" },
    });
    const inColumn = await db.$queryRaw<{ title: string }[]>`SELECT title FROM "Improvement" WHERE "columnId" = ${columnId}::uuid ORDER BY rank`;
    expect(inColumn[0]?.title).toBe("Bovenaan");
    await db.improvement.deleteMany({ where: { columnId } });
  });
});

describe("createImprovement", () => {
  it("puts a new suggestion at the top of the first column, with only a title", async () => {
    const first = await create(world.actors.member, "Eerste");
    const second = await create(world.actors.member, "Tweede");
    const order = await columnOrder(column("IDEA"));
    expect(order.slice(0, 2).map((c) => c.id)).toEqual([second.id, first.id]);
    const detail = await getImprovement(world.actors.member, second.id);
    expect(detail.submitter?.id).toBe(world.actors.member.userId);
    expect(detail.activity.map((a) => a.kind)).toEqual(["CREATED"]);
    expect(detail.column.stage).toBe("IDEA");
  });

  it("refuses bad input with field messages and writes nothing", async () => {
    const before = await db.improvement.count();
    const titleIssue = (title: unknown) => {
      const result = createImprovementSchema.safeParse({ teamId: world.team.id, title });
      return result.success ? null : fieldIssuesFromZod(result.error).title?.[0]?.key;
    };
    expect(titleIssue("")).toBe("errors.validation.required");
    expect(titleIssue("   ")).toBe("errors.validation.required");
    expect(titleIssue(undefined)).toBe("errors.validation.required");
    expect(titleIssue("x".repeat(10_000))).toBe("errors.validation.tooLong");
    expect(createImprovementSchema.safeParse({ teamId: world.team.id, title: "ok", wasteType: "LAZINESS" }).success).toBe(false);
    expect(createImprovementSchema.safeParse({ teamId: "not-an-id", title: "ok" }).success).toBe(false);
    await expect(
      createImprovement(world.actors.member, { teamId: "00000000-0000-4000-8000-000000000000", title: "x", problem: null, proposal: null, wasteType: null, customerValue: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.improvement.count()).toBe(before);
  });
});

describe("moveImprovement", () => {
  it("moves within and between columns, writing one card and bumping its version", async () => {
    const a = await create(world.actors.lead, "A");
    const b = await create(world.actors.lead, "B");
    const c = await create(world.actors.lead, "C");
    // Order now: C, B, A. Move C between B and A.
    const placed = await moveImprovement(world.actors.lead, c.id, moveImprovementSchema.parse({ columnId: column("IDEA"), previousId: b.id, nextId: a.id, version: c.version }));
    expect(placed.version).toBe(c.version + 1);
    const order = (await columnOrder(column("IDEA"))).map((x) => x.id);
    expect(order.indexOf(b.id)).toBeLessThan(order.indexOf(c.id));
    expect(order.indexOf(c.id)).toBeLessThan(order.indexOf(a.id));

    const toPlan = await moveImprovement(world.actors.lead, a.id, moveImprovementSchema.parse({ columnId: column("PLAN"), version: a.version }));
    expect(toPlan.columnId).toBe(column("PLAN"));
    const detail = await getImprovement(world.actors.lead, a.id);
    expect(detail.column.stage).toBe("PLAN");
    expect(detail.activity[0]).toMatchObject({ kind: "MOVED", data: { fromColumn: "Nieuw", toColumn: "Plan" } });
  });

  it("puts a card with no neighbours at the bottom, and before `next` when only that is named", async () => {
    const columnId = column("CHECK");
    const existing = await insertCards(db, { organisationId: world.organisationId, teamId: world.team.id, columnId }, 3);
    const card = await create(world.actors.lead, "Onderaan");
    await moveImprovement(world.actors.lead, card.id, { columnId, previousId: null, nextId: null, version: card.version });
    expect((await columnOrder(columnId)).at(-1)?.id).toBe(card.id);
    await moveImprovement(world.actors.lead, card.id, { columnId, previousId: null, nextId: existing[0]?.id ?? null, version: card.version + 1 });
    expect((await columnOrder(columnId))[0]?.id).toBe(card.id);
  });

  it("refuses a stale version with a conflict and changes nothing", async () => {
    const card = await create(world.actors.lead);
    await moveImprovement(world.actors.lead, card.id, { columnId: column("PLAN"), previousId: null, nextId: null, version: card.version });
    await expect(
      moveImprovement(world.actors.lead, card.id, { columnId: column("DO"), previousId: null, nextId: null, version: card.version }),
    ).rejects.toMatchObject({ code: "conflict", messageKey: "board.errors.stale" });
    expect((await getImprovement(world.actors.lead, card.id)).column.stage).toBe("PLAN");
  });

  it("refuses unknown columns, other teams' columns and cards, and itself as a neighbour", async () => {
    const card = await create(world.actors.lead);
    const other = await insertCards(db, { organisationId: world.organisationId, teamId: world.otherTeam.id, columnId: column("IDEA", world.otherTeam) }, 1);
    const attempts = [
      { columnId: "00000000-0000-4000-8000-000000000000", previousId: null, nextId: null, field: "columnId" },
      { columnId: column("IDEA", world.otherTeam), previousId: null, nextId: null, field: "columnId" },
      { columnId: column("IDEA"), previousId: other[0]?.id ?? null, nextId: null, field: "previousId" },
      { columnId: column("IDEA"), previousId: null, nextId: card.id, field: "nextId" },
    ];
    for (const { field, ...input } of attempts) {
      const error = await moveImprovement(world.actors.lead, card.id, { ...input, version: card.version }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(Object.keys((error as InvalidInputError).fieldIssues ?? {})).toEqual([field]);
    }
    expect(await version(card.id)).toBe(card.version);
    expect(moveImprovementSchema.safeParse({ columnId: column("IDEA"), version: 1, rank: "!!" }).success).toBe(false);
    expect(moveImprovementSchema.safeParse({ columnId: column("IDEA"), version: "x" }).success).toBe(false);
  });

  it("answers a conflict when the named neighbours have left the column", async () => {
    const card = await create(world.actors.lead);
    const neighbour = await create(world.actors.lead);
    await moveImprovement(world.actors.lead, neighbour.id, { columnId: column("ACT"), previousId: null, nextId: null, version: neighbour.version });
    await expect(
      moveImprovement(world.actors.lead, card.id, { columnId: column("IDEA"), previousId: neighbour.id, nextId: null, version: card.version }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("places after `previous` even when someone else took the slot first", async () => {
    const columnId = column("DONE");
    const [top, bottom] = await insertCards(db, { organisationId: world.organisationId, teamId: world.team.id, columnId }, 2);
    const first = await create(world.actors.lead, "Eerst");
    const second = await create(world.actors.lead, "Tweede");
    const slot = { columnId, previousId: top?.id ?? null, nextId: bottom?.id ?? null };
    await moveImprovement(world.actors.lead, first.id, { ...slot, version: first.version });
    await moveImprovement(world.actors.lead, second.id, { ...slot, version: second.version });
    expect((await columnOrder(columnId)).map((c) => c.id)).toEqual([top?.id, second.id, first.id, bottom?.id]);
  });
});

describe("triage", () => {
  it("accepts to the top of Plan, parks and rejects with a reason the submitter sees, and restores", async () => {
    const accepted = await create(world.actors.member, "Accepteren");
    const result = await triageImprovement(world.actors.lead, accepted.id, triageImprovementSchema.parse({ version: accepted.version, decision: "accept" }));
    expect(result.placed?.columnId).toBe(column("PLAN"));
    expect((await columnOrder(column("PLAN")))[0]?.id).toBe(accepted.id);
    expect((await getImprovement(world.actors.member, accepted.id)).firstResponseAt).not.toBeNull();

    const rejected = await create(world.actors.member, "Afwijzen");
    expect(triageImprovementSchema.safeParse({ version: rejected.version, decision: "reject", reason: "  " }).error?.issues[0]?.path).toEqual(["reason"]);
    await triageImprovement(world.actors.lead, rejected.id, triageImprovementSchema.parse({ version: rejected.version, decision: "reject", reason: "Valt buiten onze invloed" }));
    const mine = await listMySuggestions(world.actors.member);
    expect(mine.find((s) => s.id === rejected.id)).toMatchObject({ status: "REJECTED", statusReason: "Valt buiten onze invloed" });
    const board = await getBoard(world.actors.member, world.team.slug);
    expect(board.columns.flatMap((c) => c.cards).some((c) => c.id === rejected.id)).toBe(false);
    const listed = await listOffBoardImprovements(world.actors.member, world.team.slug, "REJECTED");
    expect(listed.map((c) => c.id)).toContain(rejected.id);

    const parked = await create(world.actors.member, "Parkeren");
    await triageImprovement(world.actors.lead, parked.id, { version: parked.version, decision: "park", reason: null });
    // The parked card released its rank; a card may take that exact place meanwhile.
    const restored = await restoreImprovement(world.actors.lead, parked.id, { version: parked.version + 1 });
    expect((await columnOrder(column("IDEA")))[0]?.id).toBe(parked.id);
    expect(restored.version).toBe(parked.version + 2);
    const detail = await getImprovement(world.actors.member, parked.id);
    expect(detail.activity.map((a) => a.kind)).toEqual(["RESTORED", "PARKED", "CREATED"]);
  });

  it("refuses to move a card that is off the board", async () => {
    const card = await create(world.actors.member);
    await triageImprovement(world.actors.lead, card.id, { version: card.version, decision: "park", reason: null });
    await expect(
      moveImprovement(world.actors.lead, card.id, { columnId: column("PLAN"), previousId: null, nextId: null, version: card.version + 1 }),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("edits, owners and comments", () => {
  it("records which fields changed, and who owns the card", async () => {
    const card = await create(world.actors.member);
    const { version: v2 } = await updateImprovement(world.actors.member, card.id, {
      version: card.version,
      title: "Wachtrij telefoon te lang",
      problem: "Klanten wachten 8 minuten",
      proposal: null,
      wasteType: "WAITING",
      customerValue: null,
      dueDate: "2026-12-31",
    });
    await setImprovementOwners(world.actors.lead, card.id, { version: v2, ownerIds: [world.actors.colleague.userId] });
    await expect(
      setImprovementOwners(world.actors.lead, card.id, { version: v2 + 1, ownerIds: [world.actors.otherTeamMember.userId] }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await addComment(world.actors.lead, card.id, { body: "Goed punt, pakken we op." });
    const detail = await getImprovement(world.actors.member, card.id);
    expect(detail).toMatchObject({ problem: "Klanten wachten 8 minuten", wasteType: "WAITING", dueDate: "2026-12-31" });
    expect(detail.owners.map((o) => o.id)).toEqual([world.actors.colleague.userId]);
    expect(detail.comments[0]?.body).toBe("Goed punt, pakken we op.");
    expect(detail.firstResponseAt).not.toBeNull();
    expect(detail.activity.map((a) => a.kind)).toEqual(["OWNERS_CHANGED", "EDITED", "CREATED"]);
    expect(detail.activity[1]?.data).toEqual({ fields: ["problem", "wasteType", "dueDate"] });
    // The owner may now move it.
    await moveImprovement(world.actors.colleague, card.id, { columnId: column("PLAN"), previousId: null, nextId: null, version: v2 + 1 });
  });
});

describe("who may do what", () => {
  type Outcome = "ok" | "forbidden" | "not_found";
  type Who = keyof BoardWorld["actors"];

  async function outcome(work: () => Promise<unknown>): Promise<Outcome> {
    try {
      await work();
      return "ok";
    } catch (error) {
      if (error instanceof ForbiddenError) return "forbidden";
      if (error instanceof NotFoundError) return "not_found";
      if (error instanceof ZodError || !(error instanceof ExpectedError)) throw error;
      throw new Error(`unexpected ${error.code}: ${error.messageKey}`);
    }
  }

  // A card submitted by `member`; `colleague` is in the same team but neither submitted nor owns it.
  async function memberCard() {
    return create(world.actors.member, "Kaart van een medewerker");
  }

  const expectations: Record<string, Record<Who, Outcome>> = {
    create: { admin: "ok", lead: "ok", member: "ok", colleague: "ok", otherTeamMember: "forbidden", sales: "forbidden", outsider: "not_found" },
    moveOwn: { admin: "ok", lead: "ok", member: "ok", colleague: "forbidden", otherTeamMember: "forbidden", sales: "forbidden", outsider: "not_found" },
    edit: { admin: "ok", lead: "ok", member: "ok", colleague: "forbidden", otherTeamMember: "forbidden", sales: "forbidden", outsider: "not_found" },
    owners: { admin: "ok", lead: "ok", member: "ok", colleague: "forbidden", otherTeamMember: "forbidden", sales: "forbidden", outsider: "not_found" },
    triage: { admin: "ok", lead: "ok", member: "forbidden", colleague: "forbidden", otherTeamMember: "forbidden", sales: "forbidden", outsider: "not_found" },
    restore: { admin: "ok", lead: "ok", member: "forbidden", colleague: "forbidden", otherTeamMember: "forbidden", sales: "forbidden", outsider: "not_found" },
    comment: { admin: "ok", lead: "ok", member: "ok", colleague: "ok", otherTeamMember: "forbidden", sales: "forbidden", outsider: "not_found" },
    read: { admin: "ok", lead: "ok", member: "ok", colleague: "ok", otherTeamMember: "ok", sales: "ok", outsider: "not_found" },
  };

  const run: Record<string, (actor: Actor) => Promise<unknown>> = {
    create: (actor) => createImprovement(actor, createImprovementSchema.parse({ teamId: world.team.id, title: "Idee" })),
    moveOwn: async (actor) => {
      const card = await memberCard();
      return moveImprovement(actor, card.id, { columnId: column("PLAN"), previousId: null, nextId: null, version: card.version });
    },
    edit: async (actor) => {
      const card = await memberCard();
      return updateImprovement(actor, card.id, { version: card.version, title: "Nieuwe titel", problem: null, proposal: null, wasteType: null, customerValue: null, dueDate: null });
    },
    owners: async (actor) => {
      const card = await memberCard();
      return setImprovementOwners(actor, card.id, { version: card.version, ownerIds: [world.actors.member.userId] });
    },
    triage: async (actor) => {
      const card = await memberCard();
      return triageImprovement(actor, card.id, { version: card.version, decision: "park", reason: null });
    },
    restore: async (actor) => {
      const card = await memberCard();
      await triageImprovement(world.actors.lead, card.id, { version: card.version, decision: "park", reason: null });
      return restoreImprovement(actor, card.id, { version: card.version + 1 });
    },
    comment: async (actor) => addComment(actor, (await memberCard()).id, { body: "Reactie" }),
    read: async (actor) => {
      await getImprovement(actor, (await memberCard()).id);
      return getBoard(actor, world.team.slug);
    },
  };

  for (const [action, byRole] of Object.entries(expectations)) {
    for (const [who, expected] of Object.entries(byRole) as [Who, Outcome][]) {
      it(`${action} by ${who}: ${expected}`, async () => {
        // A refusal writes nothing: no history line by this person (the set-up's own "created"
        // lines aside) and no new suggestion.
        const writes = async () =>
          (await db.improvementActivity.count({ where: { actorId: world.actors[who].userId, kind: { not: "CREATED" } } })) +
          (await db.improvement.count({ where: { submitterId: world.actors[who].userId, title: "Idee" } }));
        const before = await writes();
        expect(await outcome(() => run[action]!(world.actors[who]))).toBe(expected);
        if (expected !== "ok") expect(await writes()).toBe(before);
      });
    }
  }

  it("a member moves a card they own but did not submit", async () => {
    const card = await create(world.actors.lead, "Van de teamleider");
    const { version: v } = await setImprovementOwners(world.actors.lead, card.id, { version: card.version, ownerIds: [world.actors.colleague.userId] });
    expect(await outcome(() => moveImprovement(world.actors.colleague, card.id, { columnId: column("DO"), previousId: null, nextId: null, version: v }))).toBe("ok");
  });

  it("the board tells each viewer what they may do", async () => {
    const card = await memberCard();
    const canMove = async (actor: Actor) =>
      (await getBoard(actor, world.team.slug)).columns.flatMap((c) => c.cards).find((c) => c.id === card.id)?.canMove;
    expect(await canMove(world.actors.member)).toBe(true);
    expect(await canMove(world.actors.colleague)).toBe(false);
    expect(await canMove(world.actors.sales)).toBe(false);
    expect((await getBoard(world.actors.sales, world.team.slug)).viewer).toEqual({ canCreate: false, canTriage: false });
    expect((await getBoard(world.actors.lead, world.team.slug)).viewer).toEqual({ canCreate: true, canTriage: true });
  });
});
