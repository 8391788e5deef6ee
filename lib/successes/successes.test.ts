import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createTestWorld, type TestWorld } from "@/lib/auth/testing/world";
import { defaultColumnRows } from "@/lib/board/default-columns";
import { insertCards } from "@/lib/board/testing";
import { db, getDb } from "@/lib/db/client";
import { ExpectedError } from "@/lib/errors";
import { recordChangesInThisBlock } from "@/lib/realtime/testing";
import {
  createSuccess,
  createSuccessThanks,
  deleteSuccess,
  deleteSuccessThanks,
  updateSuccess,
  updateSuccessFeature,
} from "./commands";
import { todayInAmsterdam } from "./dates";
import {
  getSuccess,
  getSuccessFormOptions,
  getSuccessPrefill,
  getTeamSuccesses,
  listFeaturedSuccesses,
  listSuccesses,
  listTeamSuccessSummaries,
  listThankedPeople,
} from "./queries";
import { createSuccessSchema, successFiltersSchema, type CreateSuccessInput } from "./schemas";

let world: TestWorld;
let doneImprovement: string;
let otherTeamImprovement: string;

async function columnOf(teamId: string, stage: "DONE" | "IDEA") {
  return db.column.findFirstOrThrow({ where: { teamId, stage }, select: { id: true } });
}

beforeAll(async () => {
  world = await createTestWorld({
    createTeam: async (organisationId, name, slug) => {
      const team = await db.team.create({ data: { organisationId, name, slug }, select: { id: true, slug: true } });
      await db.column.createMany({ data: defaultColumnRows({ id: team.id, organisationId }) });
      return team;
    },
  });
  const [done] = await insertCards(
    getDb(),
    { organisationId: world.organisationId, teamId: world.team.id, columnId: (await columnOf(world.team.id, "DONE")).id, submitterId: world.member.userId },
    1,
    () => "Terugbelverzoeken binnen een uur",
  );
  const [other] = await insertCards(
    getDb(),
    { organisationId: world.organisationId, teamId: world.otherTeam.id, columnId: (await columnOf(world.otherTeam.id, "DONE")).id },
    1,
  );
  if (!done || !other) throw new Error("test improvements missing");
  doneImprovement = done.id;
  otherTeamImprovement = other.id;
});

function input(overrides: Partial<Record<keyof CreateSuccessInput, unknown>> = {}): CreateSuccessInput {
  return createSuccessSchema.parse({
    teamId: world.team.id,
    title: "Klanten sneller teruggebeld",
    story: "Klanten worden nu binnen een uur teruggebeld in plaats van de volgende dag.",
    achievedOn: todayInAmsterdam(),
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<ExpectedError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ExpectedError);
  return error as ExpectedError;
}

describe("recording a success", () => {
  it("lets a member record one for their own team, with improvements, people thanked and an effect", async () => {
    const created = await createSuccess(
      world.member,
      input({ improvementIds: [doneImprovement], contributorIds: [world.member.userId, world.colleague.userId], effectValue: "−30", effectUnit: "minuten per dag" }),
    );
    const success = await getSuccess(world.sales, created.id);
    expect(success).toMatchObject({
      title: "Klanten sneller teruggebeld",
      team: { id: world.team.id },
      effect: { value: -30, unit: "minuten per dag" },
      improvements: [{ id: doneImprovement, title: "Terugbelverzoeken binnen een uur" }],
      createdBy: { id: world.member.userId },
      thanks: { count: 0, byViewer: false, people: [] },
    });
    expect(success.contributors.map((person) => person.id).sort()).toEqual([world.member.userId, world.colleague.userId].sort());
  });

  it("refuses people outside the team, sales, and another organisation", async () => {
    expect((await failure(createSuccess(world.otherTeamMember, input()))).code).toBe("forbidden");
    expect((await failure(createSuccess(world.sales, input()))).code).toBe("forbidden");
    expect((await failure(createSuccess(world.outsider, input()))).code).toBe("not_found");
    await expect(createSuccess(world.admin, input({ title: "Door de beheerder" }))).resolves.toMatchObject({ teamSlug: world.team.slug });
  });

  it("names the field when a link points outside the team or organisation", async () => {
    const wrongImprovement = await failure(createSuccess(world.member, input({ improvementIds: [otherTeamImprovement] })));
    expect(wrongImprovement.fieldIssues).toEqual({ improvementIds: [{ key: "successes.validation.improvementNotInTeam" }] });
    const wrongPerson = await failure(createSuccess(world.member, input({ contributorIds: [world.outsider.userId] })));
    expect(wrongPerson.fieldIssues).toEqual({ contributorIds: [{ key: "successes.validation.unknownPerson" }] });
  });

  it("keeps text as text", async () => {
    const title = `<img src=x onerror=alert(1)> "quotes" & 'apostrophes'`;
    const created = await createSuccess(world.member, input({ title }));
    expect((await getSuccess(world.member, created.id)).title).toBe(title);
  });

  it("refuses an archived team with a field message", async () => {
    const archived = await db.team.create({ data: { organisationId: world.organisationId, name: "Oud team", slug: `oud-${Date.now()}`, archivedAt: new Date() } });
    const error = await failure(createSuccess(world.admin, input({ teamId: archived.id })));
    expect(error.fieldIssues).toEqual({ teamId: [{ key: "successes.validation.teamArchived" }] });
  });
});

describe("reading successes", () => {
  it("shows another organisation nothing", async () => {
    const created = await createSuccess(world.lead, input({ title: "Geheim succes" }));
    expect((await failure(getSuccess(world.outsider, created.id))).code).toBe("not_found");
    const page = await listSuccesses(world.outsider, successFiltersSchema.parse({}));
    expect(page.items.map((item) => item.id)).not.toContain(created.id);
    expect((await listSuccesses(world.outsider, successFiltersSchema.parse({ team: world.team.slug }))).total).toBe(0);
    expect((await failure(getTeamSuccesses(world.outsider, world.team.id))).code).toBe("not_found");
  });
});

describe("thanks", () => {
  it("counts one thanks per person, even when clicked many times at once", async () => {
    const created = await createSuccess(world.member, input({ title: "Bedankje waard" }));
    await Promise.all(Array.from({ length: 6 }, () => createSuccessThanks(world.sales, { id: created.id })));
    await createSuccessThanks(world.otherTeamMember, { id: created.id });
    const seenBySales = await getSuccess(world.sales, created.id);
    expect(seenBySales.thanks).toMatchObject({ count: 2, byViewer: true });
    expect(seenBySales.thanks.people.map((person) => person.id)).toEqual([world.sales.userId, world.otherTeamMember.userId]);
    expect((await getSuccess(world.lead, created.id)).thanks.byViewer).toBe(false);

    expect(await deleteSuccessThanks(world.sales, { id: created.id })).toEqual({ thanked: false, count: 1 });
    expect(await deleteSuccessThanks(world.sales, { id: created.id })).toEqual({ thanked: false, count: 1 });
  });

  it("is held by a database constraint, not only by the service", async () => {
    const created = await createSuccess(world.member, input({ title: "Eén keer bedankt" }));
    await db.successThanks.create({ data: { successId: created.id, userId: world.lead.userId } });
    await expect(db.successThanks.create({ data: { successId: created.id, userId: world.lead.userId } })).rejects.toThrow();
  });

  it("cannot be given from another organisation", async () => {
    const created = await createSuccess(world.member, input({ title: "Alleen voor ons" }));
    expect((await failure(createSuccessThanks(world.outsider, { id: created.id }))).code).toBe("not_found");
  });
});

describe("editing and deleting", () => {
  it("lets the author and the lead edit, not a colleague; links are replaced", async () => {
    const created = await createSuccess(world.member, input({ title: "Eerste versie", improvementIds: [doneImprovement], contributorIds: [world.member.userId] }));
    const changed = input({ title: "Tweede versie", contributorIds: [world.colleague.userId], effectValue: "40", effectUnit: "% minder klachten" });
    expect((await failure(updateSuccess(world.colleague, { ...changed, id: created.id }))).code).toBe("forbidden");
    expect((await failure(updateSuccess(world.outsider, { ...changed, id: created.id }))).code).toBe("not_found");
    await updateSuccess(world.member, { ...changed, id: created.id });
    const success = await getSuccess(world.member, created.id);
    expect(success).toMatchObject({ title: "Tweede versie", improvements: [], contributors: [{ id: world.colleague.userId }], effect: { value: 40, unit: "% minder klachten" } });
    await updateSuccess(world.lead, { ...changed, title: "Derde versie", id: created.id });
    expect((await getSuccess(world.member, created.id)).title).toBe("Derde versie");
  });

  it("lets the author delete, not a colleague", async () => {
    const created = await createSuccess(world.member, input({ title: "Weg ermee" }));
    expect((await failure(deleteSuccess(world.colleague, { id: created.id }))).code).toBe("forbidden");
    await deleteSuccess(world.member, { id: created.id });
    expect((await failure(getSuccess(world.member, created.id))).code).toBe("not_found");
  });
});

describe("featuring", () => {
  it("lets a lead feature one success per team; featuring another replaces it", async () => {
    const first = await createSuccess(world.member, input({ title: "Uitgelicht één" }));
    const second = await createSuccess(world.member, input({ title: "Uitgelicht twee" }));
    expect((await failure(updateSuccessFeature(world.member, { id: first.id, featured: true }))).code).toBe("forbidden");
    await updateSuccessFeature(world.lead, { id: first.id, featured: true });
    await Promise.all([
      updateSuccessFeature(world.lead, { id: second.id, featured: true }),
      updateSuccessFeature(world.admin, { id: second.id, featured: true }),
    ]);
    const featured = (await listFeaturedSuccesses(world.sales)).filter((success) => success.team.id === world.team.id);
    expect(featured.map((success) => success.id)).toEqual([second.id]);
    await updateSuccessFeature(world.lead, { id: second.id, featured: false });
    expect((await listFeaturedSuccesses(world.sales)).filter((success) => success.team.id === world.team.id)).toEqual([]);
  });
});

describe("customer compliments shared into the log", () => {
  it("links the compliment once, and refuses complaints", async () => {
    const compliment = await db.feedback.create({
      data: { organisationId: world.organisationId, type: "COMPLIMENT", receivedOn: new Date("2026-01-10T00:00:00Z"), channel: "EMAIL", text: "Wat snel geregeld!", customerName: "Bakkerij Jansen" },
    });
    const complaint = await db.feedback.create({
      data: { organisationId: world.organisationId, type: "COMPLAINT", receivedOn: new Date("2026-01-10T00:00:00Z"), channel: "PHONE", text: "Te laat" },
    });
    const created = await createSuccess(world.member, input({ title: "Compliment van de bakker", feedbackId: compliment.id }));
    expect((await getSuccess(world.member, created.id)).compliment).toEqual({ text: "Wat snel geregeld!", customerName: "Bakkerij Jansen", receivedOn: "2026-01-10" });
    expect((await failure(createSuccess(world.member, input({ feedbackId: compliment.id })))).fieldIssues).toEqual({
      feedbackId: [{ key: "successes.validation.complimentAlreadyShared" }],
    });
    expect((await failure(createSuccess(world.member, input({ feedbackId: complaint.id })))).fieldIssues).toEqual({
      feedbackId: [{ key: "successes.validation.notACompliment" }],
    });
    await deleteSuccess(world.member, { id: created.id });
    expect((await db.feedback.findUniqueOrThrow({ where: { id: compliment.id } })).successId).toBeNull();
  });
});

describe("milestones, team counts and filters", () => {
  let actor: Actor;
  let team: { id: string; slug: string };
  let ids: string[];

  beforeAll(async () => {
    team = await db.team.create({ data: { organisationId: world.organisationId, name: "Magazijn", slug: `magazijn-${Date.now()}` }, select: { id: true, slug: true } });
    await db.teamMembership.create({ data: { teamId: team.id, userId: world.admin.userId, role: "LEAD" } });
    actor = world.admin;
    const days = ["2026-01-05", "2026-02-10", "2026-03-15", "2026-03-20", "2026-04-01", "2026-04-02"];
    ids = [];
    for (const [index, day] of days.entries()) {
      const created = await createSuccess(
        actor,
        input({
          teamId: team.id,
          title: `Magazijnsucces ${index + 1}`,
          achievedOn: day,
          contributorIds: index % 2 === 0 ? [world.colleague.userId] : [],
          ...(index === 2 ? { effectValue: "-40", effectUnit: "% fouten" } : {}),
        }),
      );
      ids.push(created.id);
    }
  });

  it("marks every fifth success of a team as a milestone", async () => {
    const page = await listSuccesses(world.member, successFiltersSchema.parse({ team: team.slug }));
    expect(page.items.map((item) => [item.title, item.ordinal, item.milestone])).toEqual([
      ["Magazijnsucces 6", 6, false],
      ["Magazijnsucces 5", 5, true],
      ["Magazijnsucces 4", 4, false],
      ["Magazijnsucces 3", 3, false],
      ["Magazijnsucces 2", 2, false],
      ["Magazijnsucces 1", 1, false],
    ]);
  });

  it("counts per team this month, in alphabetical order", async () => {
    const summaries = await listTeamSuccessSummaries(world.sales, { today: "2026-04-15" });
    expect(summaries.map((summary) => summary.team.name)).toEqual([...summaries.map((summary) => summary.team.name)].sort((a, b) => a.localeCompare(b)));
    expect(summaries.find((summary) => summary.team.id === team.id)).toMatchObject({ thisMonth: 2, total: 6, toNextMilestone: 4, lastMilestone: 5 });
    const own = await getTeamSuccesses(world.member, team.id, { limit: 2, today: "2026-03-01" });
    expect(own.summary).toMatchObject({ thisMonth: 2, total: 6 });
    expect(own.recent.map((item) => item.title)).toEqual(["Magazijnsucces 6", "Magazijnsucces 5"]);
    expect(own.canCreate).toBe(false);
  });

  it("filters by period, person thanked and measured effect", async () => {
    const titles = async (filters: Record<string, string>, today?: string) =>
      (await listSuccesses(world.member, successFiltersSchema.parse({ team: team.slug, ...filters }), { today })).items.map((item) => item.title);
    expect(await titles({ period: "thisMonth" }, "2026-03-31")).toEqual(["Magazijnsucces 4", "Magazijnsucces 3"]);
    expect(await titles({ period: "lastMonth" }, "2026-04-30")).toEqual(["Magazijnsucces 4", "Magazijnsucces 3"]);
    expect(await titles({ person: world.colleague.userId })).toEqual(["Magazijnsucces 5", "Magazijnsucces 3", "Magazijnsucces 1"]);
    expect(await titles({ effect: "1" })).toEqual(["Magazijnsucces 3"]);
    expect((await listThankedPeople(world.sales)).map((person) => person.id)).toContain(world.colleague.userId);
  });

  it("pages newest first and keeps a page past the end on the last page", async () => {
    for (let index = 0; index < 6; index += 1) {
      await createSuccess(actor, input({ teamId: team.id, title: `Extra ${index + 1}`, achievedOn: "2025-12-01" }));
    }
    const first = await listSuccesses(world.member, successFiltersSchema.parse({ team: team.slug }));
    expect(first).toMatchObject({ total: 12, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(10);
    const last = await listSuccesses(world.member, successFiltersSchema.parse({ team: team.slug, page: "9" }));
    expect(last.page).toBe(2);
    expect(last.items.map((item) => item.title)).toEqual(["Extra 2", "Extra 1"]);
    expect(last.items.map((item) => item.ordinal)).toEqual([8, 7]);
  });
});

describe("record as success from an improvement", () => {
  it("starts from the improvement and its PDCA record, thanking submitter, owners and action owners", async () => {
    await db.improvementOwner.create({ data: { improvementId: doneImprovement, userId: world.colleague.userId } });
    const cycle = await db.pdcaCycle.create({
      data: {
        organisationId: world.organisationId,
        improvementId: doneImprovement,
        number: 1,
        goal: "90% binnen een uur teruggebeld",
        checkResult: "ACHIEVED",
        measuredResult: "94% binnen een uur",
        expectationMet: "YES",
        customerName: "Particuliere klanten",
        expectation: "Snel iemand aan de lijn",
      },
    });
    await db.pdcaAction.create({ data: { organisationId: world.organisationId, cycleId: cycle.id, position: 1, description: "Belrooster aanpassen", ownerId: world.lead.userId } });

    const prefill = await getSuccessPrefill(world.member, doneImprovement);
    expect(prefill.improvement).toMatchObject({ id: doneImprovement, done: true, team: { id: world.team.id } });
    expect(prefill.pdca).toMatchObject({ goal: "90% binnen een uur teruggebeld", checkResult: "ACHIEVED", expectationMet: "YES" });
    expect(prefill.contributorIds).toEqual([world.member.userId, world.colleague.userId, world.lead.userId]);
    expect(prefill.canCreate).toBe(true);
    expect(prefill.existing.length).toBeGreaterThan(0);
    expect((await getSuccessPrefill(world.otherTeamMember, doneImprovement)).canCreate).toBe(false);
    expect((await failure(getSuccessPrefill(world.outsider, doneImprovement))).code).toBe("not_found");
  });

  it("offers the team's completed improvements and the organisation's people in the form", async () => {
    const options = await getSuccessFormOptions(world.member);
    expect(options.teams.map((team) => team.id)).toEqual([world.team.id]);
    expect(options.improvements.map((improvement) => improvement.id)).toEqual([doneImprovement]);
    expect(options.people.map((person) => person.id)).toContain(world.sales.userId);
    expect(options.people.map((person) => person.id)).not.toContain(world.outsider.userId);
    expect((await getSuccessFormOptions(world.sales)).teams).toEqual([]);
  });
});

describe("live updates", () => {
  const recorder = recordChangesInThisBlock();

  it("announces a new success, its edits, features and thanks to open logs; a refused or repeated change announces nothing", async () => {
    let mark = recorder.mark();
    const { id } = await createSuccess(world.member, input({ title: "Retouren binnen twee dagen verwerkt" }));
    const expected = { type: "change", organisationId: world.organisationId, teamId: world.team.id, subjectId: id };
    expect(await recorder.after(mark)).toEqual([{ ...expected, kind: "success.created", actorId: world.member.userId }]);

    mark = recorder.mark();
    await expect(createSuccessThanks(world.outsider, { id })).rejects.toBeInstanceOf(ExpectedError);
    await createSuccessThanks(world.sales, { id });
    await createSuccessThanks(world.sales, { id });
    await updateSuccessFeature(world.lead, { id, featured: true });
    // Commit order: a refused or repeated thanks would have arrived before the feature.
    expect(await recorder.after(mark, 2)).toEqual([
      { ...expected, kind: "success.updated", actorId: world.sales.userId },
      { ...expected, kind: "success.updated", actorId: world.lead.userId },
    ]);

    mark = recorder.mark();
    await deleteSuccess(world.member, { id });
    expect(await recorder.after(mark)).toEqual([{ ...expected, kind: "success.updated", actorId: world.member.userId }]);
  });
});
