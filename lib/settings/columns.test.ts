import { beforeAll, describe, expect, it } from "vitest";
import type { TestWorld } from "@/lib/auth/testing/world";
import { insertCards } from "@/lib/board/testing";
import { db } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { createColumn, deleteColumn, insertionIndex, listTeamColumns, moveColumn, moveWithinStage, orderColumns, updateColumn } from "./columns";
import { updateColumnSchema } from "./schemas";
import { createTeam, setTeamArchived } from "./teams";
import { createSettingsWorld } from "./testing";

let world: TestWorld;
beforeAll(async () => {
  world = await createSettingsWorld();
});

async function board(teamId: string) {
  const columns = await db.column.findMany({ where: { teamId }, select: { id: true, name: true, stage: true, position: true, wipLimit: true }, orderBy: { position: "asc" } });
  return columns;
}

describe("column ordering (pure)", () => {
  const columns = [
    { id: "a", stage: "IDEA" as const, position: 0 },
    { id: "b", stage: "DO" as const, position: 1 },
    { id: "c", stage: "DO" as const, position: 2 },
    { id: "d", stage: "DONE" as const, position: 3 },
  ];

  it("keeps stage order over stored positions", () => {
    expect(orderColumns([{ id: "x", stage: "DONE" as const, position: 0 }, ...columns.slice(0, 1)]).map((c) => c.id)).toEqual(["a", "x"]);
  });

  it("inserts a new column after the last of its stage, or where its stage belongs", () => {
    expect(insertionIndex(columns, "DO")).toBe(3);
    expect(insertionIndex(columns, "PLAN")).toBe(1);
    expect(insertionIndex(columns, "IDEA")).toBe(1);
    expect(insertionIndex([], "ACT")).toBe(0);
  });

  it("moves only within the stage, clamped to its ends", () => {
    expect(moveWithinStage(columns, "c", 0).map((c) => c.id)).toEqual(["a", "c", "b", "d"]);
    expect(moveWithinStage(columns, "b", 99).map((c) => c.id)).toEqual(["a", "c", "b", "d"]);
    expect(moveWithinStage(columns, "d", 0).map((c) => c.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("board columns", () => {
  it("lets the lead rename a column and set a WIP limit, and clear it again", async () => {
    const [first] = await board(world.team.id);
    await updateColumn(world.lead, { columnId: first!.id, name: "Ideeën", wipLimit: 5 });
    expect((await board(world.team.id))[0]).toMatchObject({ name: "Ideeën", stage: "IDEA", wipLimit: 5 });
    await updateColumn(world.lead, { columnId: first!.id, name: "Ideeën", wipLimit: null });
    expect((await board(world.team.id))[0]!.wipLimit).toBeNull();
  });

  it("reads an empty WIP field as no limit and refuses nonsense, per field", () => {
    const id = crypto.randomUUID();
    expect(updateColumnSchema.parse({ columnId: id, name: "Do", wipLimit: "" }).wipLimit).toBeNull();
    expect(updateColumnSchema.parse({ columnId: id, name: "Do", wipLimit: " 4 " }).wipLimit).toBe(4);
    for (const wipLimit of ["0", "-1", "2.5", "veel", "1000"]) {
      const result = updateColumnSchema.safeParse({ columnId: id, name: "Do", wipLimit });
      expect(result.success, wipLimit).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["wipLimit"]);
    }
    expect(updateColumnSchema.safeParse({ columnId: id, name: "  ", wipLimit: "" }).error?.issues[0]?.path).toEqual(["name"]);
  });

  it("adds a column at the end of its stage, never outside it", async () => {
    const created = await createColumn(world.lead, { teamId: world.team.id, stage: "DO", name: "Pilot loopt", wipLimit: 3 });
    const columns = await board(world.team.id);
    expect(columns.map((column) => column.stage)).toEqual(["IDEA", "PLAN", "DO", "DO", "CHECK", "ACT", "DONE"]);
    expect(columns[3]).toMatchObject({ id: created.id, name: "Pilot loopt", wipLimit: 3 });
    expect(columns.map((column) => column.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("refuses a duplicate column name on the same board", async () => {
    await expect(createColumn(world.lead, { teamId: world.team.id, stage: "ACT", name: "pilot loopt", wipLimit: null })).rejects.toMatchObject({
      fieldIssues: { name: [{ key: "settings.validation.columnExists" }] },
    });
  });

  it("reorders a column within its stage only", async () => {
    const pilot = (await board(world.team.id)).find((column) => column.name === "Pilot loopt")!;
    await moveColumn(world.lead, { columnId: pilot.id, index: 0 });
    expect((await board(world.team.id)).map((column) => column.name)).toEqual(["Ideeën", "Plan", "Pilot loopt", "Do", "Check", "Act", "Geborgd"]);
    // Asking to go past the stage's end keeps it at the end of its stage.
    await moveColumn(world.lead, { columnId: pilot.id, index: 10 });
    expect((await board(world.team.id)).map((column) => column.name)).toEqual(["Ideeën", "Plan", "Do", "Pilot loopt", "Check", "Act", "Geborgd"]);
  });

  it("keeps positions 0…n-1 when several columns are added and moved at once", async () => {
    const team = await createTeam(world.admin, { name: "Drukte" });
    await Promise.all([
      createColumn(world.admin, { teamId: team.id, stage: "PLAN", name: "Plan B", wipLimit: null }),
      createColumn(world.admin, { teamId: team.id, stage: "PLAN", name: "Plan C", wipLimit: null }),
      createColumn(world.admin, { teamId: team.id, stage: "IDEA", name: "Inbox", wipLimit: null }),
      createColumn(world.admin, { teamId: team.id, stage: "DONE", name: "Gevierd", wipLimit: null }),
    ]);
    const plan = (await board(team.id)).find((column) => column.name === "Plan C")!;
    await Promise.all([moveColumn(world.admin, { columnId: plan.id, index: 0 }), moveColumn(world.admin, { columnId: plan.id, index: 0 })]);
    const columns = await board(team.id);
    expect(columns.map((column) => column.position)).toEqual([...columns.keys()]);
    expect(columns.map((column) => column.stage)).toEqual(["IDEA", "IDEA", "PLAN", "PLAN", "PLAN", "DO", "CHECK", "ACT", "DONE", "DONE"]);
    expect(columns.find((column) => column.stage === "PLAN")!.name).toBe("Plan C");
  });

  it("removes an empty column; its parked cards move to the stage's other column", async () => {
    const extra = await createColumn(world.lead, { teamId: world.team.id, stage: "CHECK", name: "Meten", wipLimit: null });
    const [card] = await insertCards(getDb(), { organisationId: world.organisationId, teamId: world.team.id, columnId: extra.id }, 1);
    await db.improvement.update({ where: { id: card!.id }, data: { status: "PARKED", rank: null } });
    await deleteColumn(world.lead, { columnId: extra.id });
    const columns = await board(world.team.id);
    expect(columns.map((column) => column.id)).not.toContain(extra.id);
    expect(columns.map((column) => column.position)).toEqual([...columns.keys()]);
    const check = columns.find((column) => column.stage === "CHECK")!;
    expect(await db.improvement.findUniqueOrThrow({ where: { id: card!.id }, select: { columnId: true } })).toEqual({ columnId: check.id });
  });

  it("refuses to remove a column with cards on it, or the last column of a stage", async () => {
    const extra = await createColumn(world.lead, { teamId: world.team.id, stage: "ACT", name: "Borgen", wipLimit: null });
    await insertCards(getDb(), { organisationId: world.organisationId, teamId: world.team.id, columnId: extra.id }, 2);
    await expect(deleteColumn(world.lead, { columnId: extra.id })).rejects.toMatchObject({ messageKey: "settings.errors.columnNotEmpty", params: { count: 2 } });
    const done = (await board(world.team.id)).find((column) => column.stage === "DONE")!;
    await expect(deleteColumn(world.lead, { columnId: done.id })).rejects.toMatchObject({ messageKey: "settings.errors.lastColumnOfStage" });
    expect((await listTeamColumns(world.lead, world.team.id)).find((column) => column.id === extra.id)).toMatchObject({ activeCount: 2, offBoardCount: 0 });
  });

  it("refuses members, sales and leads of other teams; another organisation gets not-found", async () => {
    const [first] = await board(world.team.id);
    for (const actor of [world.member, world.sales, world.otherTeamMember]) {
      await expect(updateColumn(actor, { columnId: first!.id, name: "Gekaapt", wipLimit: 1 })).rejects.toMatchObject({ code: "forbidden" });
      await expect(createColumn(actor, { teamId: world.team.id, stage: "DO", name: "Gekaapt", wipLimit: null })).rejects.toMatchObject({ code: "forbidden" });
      await expect(moveColumn(actor, { columnId: first!.id, index: 1 })).rejects.toMatchObject({ code: "forbidden" });
      await expect(deleteColumn(actor, { columnId: first!.id })).rejects.toMatchObject({ code: "forbidden" });
    }
    const [otherFirst] = await board(world.otherTeam.id);
    await expect(updateColumn(world.lead, { columnId: otherFirst!.id, name: "Gekaapt", wipLimit: 1 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateColumn(world.outsider, { columnId: first!.id, name: "Gekaapt", wipLimit: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteColumn(world.outsider, { columnId: first!.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(createColumn(world.outsider, { teamId: world.team.id, stage: "DO", name: "Gekaapt", wipLimit: null })).rejects.toMatchObject({ code: "not_found" });
    await expect(listTeamColumns(world.outsider, world.team.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await board(world.team.id))[0]!.name).toBe("Ideeën");
  });

  it("keeps an archived team's columns as they were", async () => {
    const [first] = await board(world.otherTeam.id);
    await setTeamArchived(world.admin, { teamId: world.otherTeam.id, archived: true });
    try {
      await expect(updateColumn(world.admin, { columnId: first!.id, name: "Later", wipLimit: null })).rejects.toMatchObject({ messageKey: "settings.errors.teamArchived" });
    } finally {
      await setTeamArchived(world.admin, { teamId: world.otherTeam.id, archived: false });
    }
  });
});
