import { beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld } from "@/lib/auth/testing/world";
import { defaultColumnRows } from "@/lib/board/default-columns";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { recordChanges } from "@/lib/realtime/testing";
import {
  addDailyStartItem,
  checkInMood,
  convertBottleneckToImprovement,
  deleteDailyStartItem,
  finishDailyStart,
  markDailyStartRead,
  setAttendance,
  setDailyStartSection,
  startDailyStart,
  updateDailyStartSettings,
} from "./commands";
import { addDays, dayOf, dayToDate, DAY_MS } from "./days";
import { archiveKpi, createKpi, setKpiValue, updateKpi } from "./kpis";
import { countUnreadDailyStarts, getDailyStartPage, getDailyStartRecord, listDailyStartHistory } from "./queries";
import { createKpiSchema, enterKpiValueSchema } from "./schemas";

// Each test uses a team of its own, so the one-daily-start-per-day rule never couples tests.
let world: TestWorld;

async function freshTeam(): Promise<{ id: string; slug: string }> {
  const slug = `team-${Math.random().toString(36).slice(2, 10)}`;
  const team = await db.team.create({ data: { organisationId: world.organisationId, name: `Team ${slug}`, slug }, select: { id: true, slug: true } });
  await db.column.createMany({ data: defaultColumnRows({ id: team.id, organisationId: world.organisationId }) });
  // The world's lead, member and colleague are in every fresh team too, in the same roles.
  await db.teamMembership.createMany({
    data: [
      { teamId: team.id, userId: world.lead.userId, role: "LEAD" },
      { teamId: team.id, userId: world.member.userId, role: "MEMBER" },
      { teamId: team.id, userId: world.colleague.userId, role: "MEMBER" },
    ],
  });
  const teamRef = { id: team.id, slug: team.slug, name: `Team ${slug}` };
  world.lead.teams.push({ ...teamRef, role: "LEAD" });
  world.member.teams.push({ ...teamRef, role: "MEMBER" });
  world.colleague.teams.push({ ...teamRef, role: "MEMBER" });
  return team;
}

beforeAll(async () => {
  world = await createTestWorld();
});

describe("running a daily start", () => {
  it("the lead starts, moves the agenda on and finishes; the timer and section are stored for everyone", async () => {
    const team = await freshTeam();
    const started = await startDailyStart(world.lead, { teamId: team.id });
    expect(started.startedAt).not.toBeNull();
    expect(started.section).toBe("ATTENDANCE");
    // Starting again (a second lead, a double click) changes nothing.
    expect((await startDailyStart(world.admin, { teamId: team.id })).startedAt).toBe(started.startedAt);

    await setDailyStartSection(world.lead, { teamId: team.id, section: "TODAY" });
    const page = await getDailyStartPage(world.member, team.slug);
    expect(page.dailyStart).toMatchObject({ section: "TODAY", startedAt: started.startedAt, finishedAt: null, startedBy: { id: world.lead.userId } });

    const finished = await finishDailyStart(world.lead, { teamId: team.id });
    expect(finished.finishedAt).not.toBeNull();
    await expect(setDailyStartSection(world.lead, { teamId: team.id, section: "IMPROVEMENTS" })).rejects.toThrow(ConflictError);
    await expect(finishDailyStart(world.lead, { teamId: team.id })).rejects.toThrow(ConflictError);
  });

  it("cannot move on or finish before it started", async () => {
    const team = await freshTeam();
    await expect(setDailyStartSection(world.lead, { teamId: team.id, section: "TODAY" })).rejects.toThrow(ConflictError);
    await expect(finishDailyStart(world.lead, { teamId: team.id })).rejects.toThrow(ConflictError);
  });

  it("only the lead (or an admin) runs it; members, sales and other teams may not", async () => {
    const team = await freshTeam();
    for (const actor of [world.member, world.sales, world.otherTeamMember]) {
      await expect(startDailyStart(actor, { teamId: team.id })).rejects.toThrow(ForbiddenError);
    }
    await expect(startDailyStart(world.admin, { teamId: team.id })).resolves.toBeTruthy();
  });

  it("is invisible to another organisation: reads and writes answer not found", async () => {
    const team = await freshTeam();
    await expect(getDailyStartPage(world.outsider, team.slug)).rejects.toThrow(NotFoundError);
    await expect(startDailyStart(world.outsider, { teamId: team.id })).rejects.toThrow(NotFoundError);
    await expect(addDailyStartItem(world.outsider, { teamId: team.id, kind: "BOTTLENECK", text: "x" })).rejects.toThrow(NotFoundError);
    const { id } = await addDailyStartItem(world.member, { teamId: team.id, kind: "BOTTLENECK", text: "Printer stuk" });
    await expect(convertBottleneckToImprovement(world.outsider, { id })).rejects.toThrow(NotFoundError);
    await expect(deleteDailyStartItem(world.outsider, { id })).rejects.toThrow(NotFoundError);
    await expect(listDailyStartHistory(world.outsider, team.slug)).rejects.toThrow(NotFoundError);
  });

  it("lets everyone in the organisation read it, but only the team contribute", async () => {
    const team = await freshTeam();
    const page = await getDailyStartPage(world.sales, team.slug);
    expect(page.viewer).toMatchObject({ canRun: false, canContribute: false, canManageKpis: false, canCheckIn: false });
    expect((await getDailyStartPage(world.lead, team.slug)).viewer).toMatchObject({ canRun: true, canContribute: true, canManageKpis: true, canCheckIn: true });
    await expect(addDailyStartItem(world.sales, { teamId: team.id, kind: "BOTTLENECK", text: "x" })).rejects.toThrow(ForbiddenError);
  });
});

describe("attendance", () => {
  it("the lead marks who is here; whoever is unmarked at the finish counts as absent", async () => {
    const team = await freshTeam();
    await startDailyStart(world.lead, { teamId: team.id });
    await setAttendance(world.lead, { teamId: team.id, userId: world.lead.userId, status: "PRESENT" });
    await setAttendance(world.lead, { teamId: team.id, userId: world.colleague.userId, status: "REMOTE" });
    await setAttendance(world.lead, { teamId: team.id, userId: world.member.userId, status: "PRESENT" });
    // A mistaken mark can be taken back.
    await setAttendance(world.lead, { teamId: team.id, userId: world.member.userId, status: null });
    const before = await getDailyStartPage(world.lead, team.slug);
    expect(Object.fromEntries(before.attendance.map((row) => [row.id, row.status]))).toEqual({
      [world.lead.userId]: "PRESENT",
      [world.member.userId]: null,
      [world.colleague.userId]: "REMOTE",
    });
    await finishDailyStart(world.lead, { teamId: team.id });
    const record = await getDailyStartRecord(world.lead, team.slug, dayOf(new Date()));
    expect(record.attendance.find((row) => row.id === world.member.userId)?.status).toBe("ABSENT");
  });

  it("refuses people who are not in the team, naming the field", async () => {
    const team = await freshTeam();
    const attempt = setAttendance(world.lead, { teamId: team.id, userId: world.otherTeamMember.userId, status: "PRESENT" });
    await expect(attempt).rejects.toThrow(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ fieldIssues: { userId: [{ key: "dailyStart.validation.notInTeam" }] } });
  });

  it("is the lead's job", async () => {
    const team = await freshTeam();
    await expect(setAttendance(world.member, { teamId: team.id, userId: world.member.userId, status: "PRESENT" })).rejects.toThrow(ForbiddenError);
  });
});

describe("announcements, notes, bottlenecks and decisions", () => {
  it("members add notes and bottlenecks before and during the stand-up; announcements are the lead's", async () => {
    const team = await freshTeam();
    await addDailyStartItem(world.member, { teamId: team.id, kind: "BOTTLENECK", text: "Twee collega's ziek, piek om 9 uur" });
    await addDailyStartItem(world.colleague, { teamId: team.id, kind: "WENT_WELL", text: "Alle terugbelverzoeken gedaan" });
    await expect(addDailyStartItem(world.member, { teamId: team.id, kind: "ANNOUNCEMENT", text: "x" })).rejects.toThrow(ForbiddenError);
    await addDailyStartItem(world.lead, { teamId: team.id, kind: "ANNOUNCEMENT", text: "Nieuwe telefooncentrale vanaf maandag" });
    const page = await getDailyStartPage(world.member, team.slug);
    expect(page.items.map((item) => [item.kind, item.author?.id])).toEqual([
      ["BOTTLENECK", world.member.userId],
      ["WENT_WELL", world.colleague.userId],
      ["ANNOUNCEMENT", world.lead.userId],
    ]);
    // Members may take back their own notes only; the lead any.
    expect(page.items.map((item) => item.canDelete)).toEqual([true, false, false]);
  });

  it("a finished daily start is history: nothing is added or removed any more", async () => {
    const team = await freshTeam();
    const { id } = await addDailyStartItem(world.member, { teamId: team.id, kind: "DECISION", text: "Vanaf morgen start het belrooster om 8 uur" });
    await expect(deleteDailyStartItem(world.colleague, { id })).rejects.toThrow(ForbiddenError);
    await startDailyStart(world.lead, { teamId: team.id });
    await finishDailyStart(world.lead, { teamId: team.id });
    await expect(addDailyStartItem(world.member, { teamId: team.id, kind: "BOTTLENECK", text: "Te laat" })).rejects.toThrow(ConflictError);
    await expect(deleteDailyStartItem(world.lead, { id })).rejects.toThrow(ConflictError);
  });

  it("turns a bottleneck into a suggestion on the team's board, once", async () => {
    const team = await freshTeam();
    const text = "Klanten krijgen geen bevestiging van hun retour; ze bellen daarom na. ".repeat(4).trim();
    const { id } = await addDailyStartItem(world.member, { teamId: team.id, kind: "BOTTLENECK", text });
    const { improvementId, teamSlug } = await convertBottleneckToImprovement(world.colleague, { id });
    expect(teamSlug).toBe(team.slug);
    const card = await db.improvement.findUniqueOrThrow({
      where: { id: improvementId },
      select: { teamId: true, title: true, problem: true, submitterId: true, column: { select: { stage: true } } },
    });
    expect(card).toMatchObject({ teamId: team.id, problem: text, submitterId: world.colleague.userId, column: { stage: "IDEA" } });
    expect(card.title.length).toBeLessThanOrEqual(200);
    expect(card.title.endsWith("…")).toBe(true);
    const page = await getDailyStartPage(world.member, team.slug);
    expect(page.items[0]?.improvement).toEqual({ id: improvementId, title: card.title });
    await expect(convertBottleneckToImprovement(world.member, { id })).rejects.toThrow(ConflictError);
    expect(await db.improvement.count({ where: { teamId: team.id } })).toBe(1);
  });

  it("turns it into a suggestion in one transaction: when linking fails, no suggestion remains; a retry then works", async () => {
    const team = await freshTeam();
    const text = "De scanner in magazijn 2 valt steeds uit.";
    const { id } = await addDailyStartItem(world.member, { teamId: team.id, kind: "BOTTLENECK", text });
    // A failure after the suggestion's row is written (here: linking the bottleneck to it).
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_bottleneck_link() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id = '${id}'::uuid AND NEW."improvementId" IS NOT NULL THEN RAISE EXCEPTION 'refused by the test'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_bottleneck_link BEFORE UPDATE ON "DailyStartItem" FOR EACH ROW EXECUTE FUNCTION refuse_bottleneck_link()`);
    try {
      await expect(convertBottleneckToImprovement(world.member, { id })).rejects.toThrow(/refused by the test/);
      expect(await db.improvement.count({ where: { teamId: team.id } })).toBe(0);
      expect(await db.dailyStartItem.findUniqueOrThrow({ where: { id }, select: { improvementId: true } })).toEqual({ improvementId: null });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_bottleneck_link ON "DailyStartItem"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_bottleneck_link()`);
    }
    const { improvementId } = await convertBottleneckToImprovement(world.member, { id });
    expect(await db.improvement.count({ where: { teamId: team.id } })).toBe(1);
    expect(await db.dailyStartItem.findUniqueOrThrow({ where: { id }, select: { improvementId: true } })).toEqual({ improvementId });
  });

  it("two people turning one bottleneck into a suggestion at once make one; the other gets a conflict", async () => {
    const team = await freshTeam();
    const { id } = await addDailyStartItem(world.member, { teamId: team.id, kind: "BOTTLENECK", text: "Retouren blijven liggen" });
    const outcomes = await Promise.allSettled([convertBottleneckToImprovement(world.member, { id }), convertBottleneckToImprovement(world.lead, { id })]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toBeInstanceOf(ConflictError);
    expect(await db.improvement.count({ where: { teamId: team.id } })).toBe(1);
  });

  it("only bottlenecks become suggestions", async () => {
    const team = await freshTeam();
    const { id } = await addDailyStartItem(world.member, { teamId: team.id, kind: "WENT_WELL", text: "Goed gedaan" });
    await expect(convertBottleneckToImprovement(world.member, { id })).rejects.toThrow(InvalidInputError);
  });
});

describe("mood check-in", () => {
  it("shows only the team's average, and only from three answers on", async () => {
    const team = await freshTeam();
    await checkInMood(world.lead, { teamId: team.id, score: 5 });
    await checkInMood(world.member, { teamId: team.id, score: 2 });
    let page = await getDailyStartPage(world.member, team.slug);
    expect(page.mood).toEqual({ count: 2, average: null, answered: true });
    // Changing one's answer does not count twice.
    await checkInMood(world.member, { teamId: team.id, score: 3 });
    await checkInMood(world.colleague, { teamId: team.id, score: 3 });
    page = await getDailyStartPage(world.sales, team.slug);
    expect(page.mood).toEqual({ count: 3, average: 3.7, answered: false });
    expect(JSON.stringify(page)).not.toMatch(/"score"/);
  });

  it("is announced without saying who checked in", async () => {
    const team = await freshTeam();
    const recorder = await recordChanges();
    try {
      const mark = recorder.mark();
      await checkInMood(world.member, { teamId: team.id, score: 4 });
      expect(await recorder.after(mark)).toEqual([expect.objectContaining({ kind: "dailyStart.updated", teamId: team.id, actorId: null })]);
    } finally {
      await recorder.close();
    }
  });

  it("is for the team's own people", async () => {
    const team = await freshTeam();
    await expect(checkInMood(world.admin, { teamId: team.id, score: 4 })).rejects.toThrow(ForbiddenError);
    await expect(checkInMood(world.otherTeamMember, { teamId: team.id, score: 4 })).rejects.toThrow(ForbiddenError);
  });
});

describe("haalplicht: absent members catch up", () => {
  it("marks the latest daily start unread for whoever missed it, until they open it", async () => {
    const team = await freshTeam();
    await startDailyStart(world.lead, { teamId: team.id });
    await setAttendance(world.lead, { teamId: team.id, userId: world.lead.userId, status: "PRESENT" });
    await setAttendance(world.lead, { teamId: team.id, userId: world.colleague.userId, status: "PRESENT" });
    await setAttendance(world.lead, { teamId: team.id, userId: world.member.userId, status: "ABSENT" });
    await addDailyStartItem(world.lead, { teamId: team.id, kind: "ANNOUNCEMENT", text: "Audit op donderdag" });
    const { id, day } = await finishDailyStart(world.lead, { teamId: team.id });

    expect((await getDailyStartPage(world.member, team.slug)).catchUp).toEqual({ day });
    expect((await getDailyStartPage(world.colleague, team.slug)).catchUp).toBeNull();
    const unreadBefore = await countUnreadDailyStarts(world.member);
    expect(unreadBefore).toBeGreaterThanOrEqual(1);
    const history = await listDailyStartHistory(world.member, team.slug);
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]).toMatchObject({ id, day, present: 2, absent: 1, unread: true, counts: { ANNOUNCEMENT: 1 } });

    const record = await getDailyStartRecord(world.member, team.slug, day);
    expect(record).toMatchObject({ viewerWasAbsent: true, viewerHasRead: false });
    expect(record.items.map((item) => item.text)).toEqual(["Audit op donderdag"]);
    await markDailyStartRead(world.member, { dailyStartId: id });
    await markDailyStartRead(world.member, { dailyStartId: id });

    expect((await getDailyStartPage(world.member, team.slug)).catchUp).toBeNull();
    expect((await listDailyStartHistory(world.member, team.slug)).entries[0]?.unread).toBe(false);
    expect(await countUnreadDailyStarts(world.member)).toBe(unreadBefore - 1);
    await expect(markDailyStartRead(world.outsider, { dailyStartId: id })).rejects.toThrow(NotFoundError);
  });

  it("a daily start that is still running cannot be marked read", async () => {
    const team = await freshTeam();
    const started = await startDailyStart(world.lead, { teamId: team.id });
    await expect(markDailyStartRead(world.member, { dailyStartId: started.id })).rejects.toThrow(ConflictError);
  });
});

describe("looking back since the previous daily start", () => {
  it("lists what happened after the previous finished daily start, not before", async () => {
    const team = await freshTeam();
    const now = Date.now();
    const yesterday = addDays(dayOf(new Date()), -1);
    const previous = await db.dailyStart.create({
      data: {
        organisationId: world.organisationId,
        teamId: team.id,
        day: dayToDate(yesterday),
        startedAt: new Date(now - 3 * 3_600_000 - 600_000),
        finishedAt: new Date(now - 3 * 3_600_000),
      },
    });
    const ideaColumn = await db.column.findFirstOrThrow({ where: { teamId: team.id, stage: "IDEA" } });
    const base = { organisationId: world.organisationId, teamId: team.id, columnId: ideaColumn.id };
    await db.improvement.create({ data: { ...base, title: "Van voor de vorige dagstart", rank: "a0", createdAt: new Date(now - 4 * 3_600_000) } });
    const fresh = await db.improvement.create({ data: { ...base, title: "Nieuw sinds gisteren", rank: "a1", createdAt: new Date(now - 3_600_000) } });
    await db.improvementActivity.create({
      data: { organisationId: world.organisationId, improvementId: fresh.id, kind: "MOVED", data: { fromColumn: "Nieuw", toColumn: "Plan", fromStage: "IDEA", toStage: "PLAN" } },
    });
    await db.improvementActivity.create({
      data: { organisationId: world.organisationId, improvementId: fresh.id, kind: "MOVED", data: { fromColumn: "Plan", toColumn: "Geborgd", fromStage: "PLAN", toStage: "DONE" } },
    });
    await db.feedback.createMany({
      data: [
        { organisationId: world.organisationId, teamId: team.id, type: "COMPLIMENT", channel: "EMAIL", receivedOn: dayToDate(dayOf(new Date())), text: "Snel geholpen", customerName: "Mevrouw Bakker" },
        { organisationId: world.organisationId, teamId: team.id, type: "NPS", channel: "SURVEY", receivedOn: dayToDate(dayOf(new Date())), score: 9 },
        {
          organisationId: world.organisationId,
          teamId: team.id,
          type: "COMPLAINT",
          channel: "PHONE",
          receivedOn: dayToDate(yesterday),
          text: "Oud",
          createdAt: new Date(now - 5 * 3_600_000),
        },
      ],
    });

    const page = await getDailyStartPage(world.member, team.slug);
    expect(page.lookBack.previousDay).toBe(yesterday);
    expect(page.lookBack.from).toBe(previous.finishedAt?.toISOString());
    expect(page.lookBack.created.map((card) => card.title)).toEqual(["Nieuw sinds gisteren"]);
    // Moved twice since: it shows once, as completed.
    expect(page.lookBack.moved).toEqual([]);
    expect(page.lookBack.completed).toEqual([{ id: fresh.id, title: "Nieuw sinds gisteren" }]);
    expect(page.lookBack.feedback.map((item) => [item.type, item.text, item.customerName])).toEqual([["COMPLIMENT", "Snel geholpen", "Mevrouw Bakker"]]);

    const presented = await getDailyStartPage(world.member, team.slug, { hideCustomerNames: true });
    expect(presented.lookBack.feedback[0]?.customerName).toBeNull();
    expect(JSON.stringify(presented)).not.toContain("Mevrouw Bakker");
  });

  it("looks back 24 hours for a team's first daily start", async () => {
    const team = await freshTeam();
    const now = new Date();
    const page = await getDailyStartPage(world.member, team.slug, { now });
    expect(page.lookBack.previousDay).toBeNull();
    expect(new Date(page.lookBack.to).getTime() - new Date(page.lookBack.from).getTime()).toBe(DAY_MS);
  });
});

describe("KPIs", () => {
  it("leads define KPIs and enter values; the page shows today's colour and a 14-day trend", async () => {
    const team = await freshTeam();
    const { id } = await createKpi(world.lead, createKpiSchema.parse({ teamId: team.id, name: "Bereikbaarheid", unit: "%", target: "90", direction: "HIGHER_IS_BETTER" }));
    const today = dayOf(new Date());
    expect((await setKpiValue(world.lead, enterKpiValueSchema.parse({ kpiId: id, day: today, value: "85,5" }))).status).toBe("amber");
    await setKpiValue(world.lead, enterKpiValueSchema.parse({ kpiId: id, day: addDays(today, -2), value: "95" }));
    // Entering a day again replaces its value.
    expect((await setKpiValue(world.lead, enterKpiValueSchema.parse({ kpiId: id, day: today, value: "91" }))).status).toBe("green");

    const [kpi] = (await getDailyStartPage(world.member, team.slug)).kpis;
    expect(kpi).toMatchObject({ name: "Bereikbaarheid", unit: "%", target: 90, todayValue: 91, current: { day: today, value: 91, status: "green" } });
    expect(kpi?.trend).toHaveLength(14);
    expect(kpi?.trend.at(-1)).toEqual({ day: today, value: 91, status: "green" });
    expect(kpi?.trend.at(-3)).toEqual({ day: addDays(today, -2), value: 95, status: "green" });
    expect(kpi?.trend.at(-2)).toEqual({ day: addDays(today, -1), value: null, status: "none" });

    // Clearing today's value shows the latest earlier one.
    await setKpiValue(world.lead, enterKpiValueSchema.parse({ kpiId: id, day: today, value: "" }));
    const [after] = (await getDailyStartPage(world.member, team.slug)).kpis;
    expect(after).toMatchObject({ todayValue: null, current: { day: addDays(today, -2), value: 95 } });
  });

  it("are the lead's: members read them, other organisations never see them", async () => {
    const team = await freshTeam();
    const input = createKpiSchema.parse({ teamId: team.id, name: "Wachttijd", unit: "min", target: "2", direction: "LOWER_IS_BETTER" });
    await expect(createKpi(world.member, input)).rejects.toThrow(ForbiddenError);
    await expect(createKpi(world.outsider, input)).rejects.toThrow(NotFoundError);
    const { id } = await createKpi(world.admin, input);
    const value = enterKpiValueSchema.parse({ kpiId: id, day: dayOf(new Date()), value: "3" });
    await expect(setKpiValue(world.member, value)).rejects.toThrow(ForbiddenError);
    await expect(setKpiValue(world.outsider, value)).rejects.toThrow(NotFoundError);
    await expect(updateKpi(world.outsider, { id, name: "x", unit: "", target: null, direction: "LOWER_IS_BETTER" })).rejects.toThrow(NotFoundError);
    await updateKpi(world.lead, { id, name: "Gemiddelde wachttijd", unit: "min", target: 3, direction: "LOWER_IS_BETTER" });
    expect((await getDailyStartPage(world.member, team.slug)).kpis.map((kpi) => kpi.name)).toEqual(["Gemiddelde wachttijd"]);
    await archiveKpi(world.lead, { id });
    expect((await getDailyStartPage(world.member, team.slug)).kpis).toEqual([]);
    await expect(setKpiValue(world.lead, value)).rejects.toThrow(NotFoundError);
  });
});

describe("improvement actions", () => {
  it("lists running improvements with days in stage, stuck cards, overdue PDCA actions, waiting suggestions and columns over their WIP limit", async () => {
    const team = await freshTeam();
    const now = Date.now();
    const column = async (stage: "IDEA" | "PLAN" | "DO") => db.column.findFirstOrThrow({ where: { teamId: team.id, stage }, select: { id: true } });
    const [idea, plan, doColumn] = [await column("IDEA"), await column("PLAN"), await column("DO")];
    const base = { organisationId: world.organisationId, teamId: team.id };
    const old = new Date(now - 8 * DAY_MS);
    const stuck = await db.improvement.create({ data: { ...base, columnId: doColumn.id, title: "Belrooster", rank: "a0", stageEnteredAt: old, updatedAt: old } });
    await db.$executeRaw`UPDATE "Improvement" SET "updatedAt" = ${old} WHERE id = ${stuck.id}::uuid`;
    await db.improvementOwner.create({ data: { improvementId: stuck.id, userId: world.member.userId } });
    const moving = await db.improvement.create({ data: { ...base, columnId: plan.id, title: "Retourlabel", rank: "a0", stageEnteredAt: new Date(now - 2 * DAY_MS) } });
    await db.improvement.create({ data: { ...base, columnId: idea.id, title: "Wachtmuziek korter", rank: "a0", createdAt: new Date(now - 3 * DAY_MS) } });
    await db.improvement.create({ data: { ...base, columnId: idea.id, title: "Al beantwoord", rank: "a1", firstResponseAt: new Date() } });
    await db.column.update({ where: { id: plan.id }, data: { wipLimit: 0 } });
    const cycle = await db.pdcaCycle.create({ data: { organisationId: world.organisationId, improvementId: stuck.id, number: 1 } });
    const today = dayOf(new Date());
    await db.pdcaAction.createMany({
      data: [
        { organisationId: world.organisationId, cycleId: cycle.id, position: 0, description: "Rooster maken", ownerId: world.member.userId, dueDate: dayToDate(addDays(today, -3)) },
        { organisationId: world.organisationId, cycleId: cycle.id, position: 1, description: "Vandaag af", dueDate: dayToDate(today) },
        { organisationId: world.organisationId, cycleId: cycle.id, position: 2, description: "Al gedaan", dueDate: dayToDate(addDays(today, -5)), doneAt: new Date() },
      ],
    });

    let { actions } = await getDailyStartPage(world.member, team.slug);
    expect(actions.stuckAfterDays).toBe(5);
    expect(actions.running.map((card) => [card.title, card.stage, card.daysInStage, card.stuck, card.overdueActions])).toEqual([
      ["Retourlabel", "PLAN", 2, false, 0],
      ["Belrooster", "DO", 8, true, 1],
    ]);
    expect(actions.running[1]?.owners).toEqual([{ id: world.member.userId, name: world.member.name }]);
    expect(actions.overdueActions).toEqual([
      {
        id: expect.any(String),
        description: "Rooster maken",
        owner: { id: world.member.userId, name: world.member.name },
        dueDate: addDays(today, -3),
        daysOverdue: 3,
        improvement: { id: stuck.id, title: "Belrooster" },
      },
    ]);
    expect(actions.waiting.map((card) => [card.title, card.waitingDays])).toEqual([["Wachtmuziek korter", 3]]);
    expect(actions.overWip).toEqual([{ id: plan.id, name: "Plan", stage: "PLAN", wipLimit: 0, count: 1 }]);
    void moving;

    await expect(updateDailyStartSettings(world.member, { teamId: team.id, stuckAfterDays: 10 })).rejects.toThrow(ForbiddenError);
    await updateDailyStartSettings(world.lead, { teamId: team.id, stuckAfterDays: 10 });
    ({ actions } = await getDailyStartPage(world.member, team.slug));
    expect(actions.stuckAfterDays).toBe(10);
    expect(actions.running.some((card) => card.stuck)).toBe(false);
  });
});
