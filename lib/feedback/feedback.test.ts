import { beforeAll, describe, expect, it } from "vitest";
import { type ZodError } from "zod";
import type { TestWorld } from "@/lib/auth/testing/world";
import { db } from "@/lib/db/client";
import { type ExpectedError } from "@/lib/errors";
import { fieldIssuesFromZod } from "@/lib/i18n/zod-issues";
import { recordChangesInThisBlock } from "@/lib/realtime/testing";
import { createSegment } from "@/lib/segments/segments";
import { convertComplaintToImprovement, createFeedback, updateComplaintStatus } from "./commands";
import { addDays, daysBetween, today } from "./dates";
import { resolveFeedbackFilters } from "./filters";
import { getFeedback, getFeedbackScores, listFeedback } from "./queries";
import { boundFeedbackPeriod, convertComplaintSchema, createFeedbackSchema, EARLIEST_DAY, feedbackFiltersSchema, PERIOD_MAX_DAYS } from "./schemas";
import { createFeedbackWorld, insertFeedback } from "./testing";

let world: TestWorld;
let segmentId: string;

beforeAll(async () => {
  world = await createFeedbackWorld();
  segmentId = (await createSegment(world.admin, { name: "Particuliere klanten" })).id;
});

function issues(input: Record<string, unknown>) {
  const result = createFeedbackSchema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return fieldIssuesFromZod(result.error);
}

const complaint = (overrides: Record<string, unknown> = {}) =>
  createFeedbackSchema.parse({
    type: "COMPLAINT",
    receivedOn: today(),
    channel: "PHONE",
    customerName: "Mevrouw Bakker",
    segmentId,
    teamId: world.team.id,
    text: "Drie keer doorverbonden en niemand wist waar mijn bestelling was.",
    score: "",
    ...overrides,
  });

async function filters(raw: Record<string, string> = {}) {
  return resolveFeedbackFilters(world.admin, feedbackFiltersSchema.parse(raw));
}

describe("the feedback form's schema", () => {
  const base = { type: "NPS", receivedOn: today(), channel: "SURVEY", teamId: "", segmentId: "", text: "", customerName: "" };

  it("refuses scores outside their range, per type", () => {
    expect(issues({ ...base, score: "11" })).toEqual({ score: [{ key: "feedback.validation.npsRange" }] });
    expect(issues({ ...base, score: "-1" })).toEqual({ score: [{ key: "feedback.validation.npsRange" }] });
    expect(issues({ ...base, type: "CES", score: "0" })).toEqual({ score: [{ key: "feedback.validation.cesRange" }] });
    expect(issues({ ...base, type: "CSAT", score: "6" })).toEqual({ score: [{ key: "feedback.validation.csatRange" }] });
  });

  it("needs a whole-number score for survey answers", () => {
    expect(issues({ ...base, score: "" })).toEqual({ score: [{ key: "feedback.validation.scoreRequired" }] });
    expect(issues({ ...base, score: "zeven" })).toEqual({ score: [{ key: "errors.validation.number" }] });
    expect(issues({ ...base, score: "7,5" })).toEqual({ score: [{ key: "errors.validation.integer" }] });
    expect(createFeedbackSchema.parse({ ...base, score: " 8 " }).score).toBe(8);
  });

  it("refuses control characters in text, as a field error (PostgreSQL cannot store a NUL)", () => {
    expect(issues({ ...base, type: "COMPLAINT", text: "Te laat\u0000", customerName: "Jan\u0007" })).toEqual({
      text: [{ key: "errors.validation.controlCharacter" }],
      customerName: [{ key: "errors.validation.controlCharacter" }],
    });
  });

  it("needs text and no score for complaints, compliments and tips", () => {
    expect(issues({ ...base, type: "COMPLAINT", score: "3" })).toEqual({
      text: [{ key: "feedback.validation.textRequired" }],
      score: [{ key: "feedback.validation.noScore" }],
    });
  });

  it("refuses a future date, an impossible date and an unknown type or channel", () => {
    expect(issues({ ...base, score: "9", receivedOn: addDays(today(), 1) })).toEqual({ receivedOn: [{ key: "errors.validation.dateInFuture" }] });
    expect(issues({ ...base, score: "9", receivedOn: "2026-02-30" })).toEqual({ receivedOn: [{ key: "errors.validation.date" }] });
    expect(issues({ ...base, score: "9", receivedOn: "1999-12-31" })).toEqual({ receivedOn: [{ key: "feedback.validation.dateTooOld" }] });
    expect(issues({ ...base, type: "", channel: "DUIF", score: "9" })).toEqual({
      type: [{ key: "errors.validation.choice" }],
      channel: [{ key: "errors.validation.choice" }],
    });
  });
});

describe("recording feedback", () => {
  it("lets a member record a complaint for another team; it starts open", async () => {
    const { id } = await createFeedback(world.otherTeamMember, complaint());
    const item = await getFeedback(world.sales, id);
    expect(item).toMatchObject({ type: "COMPLAINT", status: "OPEN", team: { id: world.team.id }, segment: { id: segmentId }, handlingDays: 0 });
    expect(item.canUpdate).toBe(false);
  });

  it("refuses sales: they read feedback, they do not record it", async () => {
    await expect(createFeedback(world.sales, complaint())).rejects.toMatchObject({ code: "forbidden" });
  });

  it("names the field when the team or segment is not the organisation's", async () => {
    const error = await createFeedback(world.member, complaint({ teamId: world.outsiderTeam.id })).catch((caught: unknown) => caught);
    expect((error as ExpectedError).fieldIssues).toEqual({ teamId: [{ key: "feedback.validation.unknownTeam" }] });
    const foreignSegment = await createSegment(world.outsider, { name: "Buitenlands segment" });
    const segmentError = await createFeedback(world.member, complaint({ segmentId: foreignSegment.id })).catch((caught: unknown) => caught);
    expect((segmentError as ExpectedError).fieldIssues).toEqual({ segmentId: [{ key: "feedback.validation.unknownSegment" }] });
  });

  it("shows another organisation nothing", async () => {
    const { id } = await createFeedback(world.member, complaint({ text: "Geheime klacht" }));
    await expect(getFeedback(world.outsider, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateComplaintStatus(world.outsider, { id, status: "HANDLED" })).rejects.toMatchObject({ code: "not_found" });
    const list = await listFeedback(world.outsider, await resolveFeedbackFilters(world.outsider, feedbackFiltersSchema.parse({ q: "Geheime" })));
    expect(list.total).toBe(0);
  });
});

describe("complaint status", () => {
  it("records when a complaint was handled and shows how long it took", async () => {
    const { id } = await createFeedback(world.member, complaint({ receivedOn: addDays(today(), -3) }));
    expect((await getFeedback(world.member, id)).handlingDays).toBe(3);
    await updateComplaintStatus(world.member, { id, status: "IN_PROGRESS" });
    const handled = await updateComplaintStatus(world.colleague, { id, status: "HANDLED" });
    expect(handled.handledAt).not.toBeNull();
    expect(await getFeedback(world.member, id)).toMatchObject({ status: "HANDLED", handlingDays: 3 });
    // Reopening clears the handling moment.
    expect((await updateComplaintStatus(world.admin, { id, status: "OPEN" })).handledAt).toBeNull();
  });

  it("lets the team concerned, the recorder and admins change it, not sales or other teams", async () => {
    const { id } = await createFeedback(world.member, complaint());
    await expect(updateComplaintStatus(world.sales, { id, status: "HANDLED" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateComplaintStatus(world.otherTeamMember, { id, status: "HANDLED" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateComplaintStatus(world.lead, { id, status: "HANDLED" })).resolves.toMatchObject({ status: "HANDLED" });
  });

  it("has no status for anything but complaints", async () => {
    const { id } = await createFeedback(world.member, createFeedbackSchema.parse({ type: "NPS", receivedOn: today(), channel: "SURVEY", score: "9" }));
    await expect(updateComplaintStatus(world.admin, { id, status: "HANDLED" })).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("turning a complaint into a suggestion", () => {
  const convert = (feedbackId: string, teamId = world.team.id) =>
    convertComplaintSchema.parse({
      feedbackId,
      teamId,
      title: "Bestelstatus direct zichtbaar voor klantenservice",
      problem: "Klant werd drie keer doorverbonden.",
      customerExpectation: "Particuliere klanten verwachten in één gesprek te horen waar hun bestelling is.",
    });

  it("puts a suggestion in the team's first column, with the draft expectation in its PDCA checklist", async () => {
    const { id } = await createFeedback(world.member, complaint());
    const result = await convertComplaintToImprovement(world.member, convert(id));
    expect(result.teamSlug).toBe(world.team.slug);
    const improvement = await db.improvement.findUniqueOrThrow({
      where: { id: result.improvementId },
      select: { title: true, problem: true, teamId: true, submitterId: true, column: { select: { stage: true } } },
    });
    expect(improvement).toMatchObject({
      title: "Bestelstatus direct zichtbaar voor klantenservice",
      problem: "Klant werd drie keer doorverbonden.",
      teamId: world.team.id,
      submitterId: world.member.userId,
      column: { stage: "IDEA" },
    });
    expect(await getFeedback(world.member, id)).toMatchObject({ status: "IN_PROGRESS", improvement: { id: result.improvementId, teamSlug: world.team.slug } });
    const cycle = await db.pdcaCycle.findFirstOrThrow({
      where: { improvementId: result.improvementId },
      select: { number: true, customerType: true, customerName: true, segmentId: true, expectation: true, kano: true, problemStatement: true },
    });
    expect(cycle).toEqual({
      number: 1,
      customerType: "EXTERNAL",
      customerName: "Mevrouw Bakker",
      segmentId,
      expectation: "Particuliere klanten verwachten in één gesprek te horen waar hun bestelling is.",
      kano: null,
      problemStatement: "Klant werd drie keer doorverbonden.",
    });
  });

  it("leaves the checklist alone when no expectation is given", async () => {
    const { id } = await createFeedback(world.member, complaint());
    const result = await convertComplaintToImprovement(world.lead, { ...convert(id), customerExpectation: null });
    expect(await db.pdcaCycle.count({ where: { improvementId: result.improvementId } })).toBe(0);
  });

  it("treats the dialog's unfinished prompt as no expectation, so the checklist stays empty", async () => {
    const expectation = (customerExpectation: string) => convertComplaintSchema.parse({ ...convert(world.team.id), customerExpectation }).customerExpectation;
    for (const prompt of [
      "Verwachting van Particuliere klanten: …",
      "Verwachting van de klant: …",
      "  verwachting van de klant:... ",
      "Verwachting van de klant:",
      "Expectation of the customer: …",
      "…",
    ]) {
      expect(expectation(prompt), prompt).toBeNull();
    }
    expect(expectation("Verwachting van de klant: bericht zodra het pakket later komt")).toBe("Verwachting van de klant: bericht zodra het pakket later komt");
    expect(expectation("De klant verwacht bericht …")).toBe("De klant verwacht bericht …");

    const { id } = await createFeedback(world.member, complaint());
    const result = await convertComplaintToImprovement(world.member, convertComplaintSchema.parse({ ...convert(id), customerExpectation: "Verwachting van Particuliere klanten: …" }));
    expect(await db.pdcaCycle.count({ where: { improvementId: result.improvementId } })).toBe(0);
  });

  it("does it once: a second try is a conflict and adds nothing", async () => {
    const { id } = await createFeedback(world.member, complaint());
    const before = await db.improvement.count({ where: { teamId: world.team.id } });
    const outcomes = await Promise.allSettled([convertComplaintToImprovement(world.member, convert(id)), convertComplaintToImprovement(world.lead, convert(id))]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toMatchObject({ code: "conflict" });
    expect(await db.improvement.count({ where: { teamId: world.team.id } })).toBe(before + 1);
  });

  it("is one transaction: when the checklist cannot be saved, no suggestion remains and nothing is linked; a retry then works", async () => {
    const { id } = await createFeedback(world.member, complaint());
    const refused = "Deze verwachting weigert de database.";
    // A failure after the suggestion's row is written (here: the checklist's insert).
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_marked_expectation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.expectation = '${refused}' THEN RAISE EXCEPTION 'refused by the test'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_marked_expectation BEFORE INSERT ON "PdcaCycle" FOR EACH ROW EXECUTE FUNCTION refuse_marked_expectation()`);
    const before = await db.improvement.count({ where: { organisationId: world.organisationId } });
    try {
      const title = `Mislukt voorstel ${id}`;
      await expect(convertComplaintToImprovement(world.member, { ...convert(id), title, customerExpectation: refused })).rejects.toThrow(/refused by the test/);
      expect(await db.improvement.count({ where: { organisationId: world.organisationId } })).toBe(before);
      expect(await db.improvement.count({ where: { title } })).toBe(0);
      expect(await db.improvementActivity.count({ where: { improvement: { title } } })).toBe(0);
      expect(await getFeedback(world.member, id)).toMatchObject({ status: "OPEN", improvement: null });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_marked_expectation ON "PdcaCycle"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_marked_expectation()`);
    }
    const retried = await convertComplaintToImprovement(world.member, convert(id));
    expect(await db.improvement.count({ where: { organisationId: world.organisationId } })).toBe(before + 1);
    expect(await getFeedback(world.member, id)).toMatchObject({ status: "IN_PROGRESS", improvement: { id: retried.improvementId } });
  });

  it("needs one database connection per conversion: more conversions at once than the pool holds all land", async () => {
    const count = Number(process.env.DATABASE_POOL_SIZE ?? 10) + 2;
    const complaints = await Promise.all(Array.from({ length: count }, () => createFeedback(world.member, complaint())));
    const before = await db.improvement.count({ where: { teamId: world.team.id } });
    const outcomes = await Promise.allSettled(complaints.map(({ id }) => convertComplaintToImprovement(world.lead, convert(id))));
    expect(outcomes.filter((outcome) => outcome.status === "rejected")).toEqual([]);
    expect(await db.improvement.count({ where: { teamId: world.team.id } })).toBe(before + count);
  });

  it("follows the board's rules: sales and members of other teams cannot put it on that board", async () => {
    const { id } = await createFeedback(world.member, complaint());
    await expect(convertComplaintToImprovement(world.sales, convert(id))).rejects.toMatchObject({ code: "forbidden" });
    // The other team's member may record feedback, but not add a card to a board that is not theirs.
    const own = await createFeedback(world.otherTeamMember, complaint());
    await expect(convertComplaintToImprovement(world.otherTeamMember, convert(own.id))).rejects.toMatchObject({ code: "forbidden" });
    expect((await getFeedback(world.admin, own.id)).improvement).toBeNull();
    await expect(convertComplaintToImprovement(world.outsider, convert(id, world.outsiderTeam.id))).rejects.toMatchObject({ code: "not_found" });
  });

  it("needs a title, and a team of the organisation", async () => {
    const parsed = convertComplaintSchema.safeParse({ feedbackId: world.team.id, teamId: "x", title: " " });
    expect(parsed.success).toBe(false);
    expect(fieldIssuesFromZod((parsed as { error: ZodError }).error)).toEqual({
      teamId: [{ key: "feedback.validation.unknownTeam" }],
      title: [{ key: "errors.validation.required" }],
    });
    const { id } = await createFeedback(world.member, complaint());
    await expect(convertComplaintToImprovement(world.admin, convert(id, world.outsiderTeam.id))).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("the feedback list", () => {
  it("filters by type, team, status, period and search text, newest first", async () => {
    await insertFeedback(world.organisationId, [
      { type: "TIP", text: "Zet de openingstijden op de factuur", teamId: world.otherTeam.id, receivedOn: addDays(today(), -1) },
      { type: "COMPLIMENT", text: "Heel vriendelijk geholpen door de chauffeur", teamId: world.otherTeam.id, receivedOn: addDays(today(), -2) },
      { type: "COMPLIMENT", text: "Oude lof", teamId: world.otherTeam.id, receivedOn: addDays(today(), -200) },
    ]);
    const byTeam = await listFeedback(world.admin, await filters({ team: world.otherTeam.slug }));
    expect(byTeam.items.map((item) => item.text)).toEqual(["Zet de openingstijden op de factuur", "Heel vriendelijk geholpen door de chauffeur"]);
    expect((await listFeedback(world.admin, await filters({ q: "CHAUFFEUR" }))).items).toHaveLength(1);
    expect((await listFeedback(world.admin, await filters({ type: "COMPLIMENT", team: world.otherTeam.slug, from: addDays(today(), -365) }))).total).toBe(2);
    const open = await listFeedback(world.admin, await filters({ status: "OPEN" }));
    expect(open.items.every((item) => item.type === "COMPLAINT" && item.status === "OPEN")).toBe(true);
  });

  it("turns a back-to-front period around and ignores a team of another organisation", async () => {
    const resolved = await filters({ from: today(), to: addDays(today(), -10), team: world.outsiderTeam.slug });
    expect(resolved).toMatchObject({ from: addDays(today(), -10), to: today(), periodSwapped: true, teamId: undefined });
  });
});

describe("the period", () => {
  it("keeps the URL's period between the earliest day and today, at most three years long", () => {
    const now = "2026-05-10";
    const threeYearsBack = addDays(now, -(PERIOD_MAX_DAYS - 1));
    expect(daysBetween(threeYearsBack, now)).toBe(PERIOD_MAX_DAYS - 1);
    expect(boundFeedbackPeriod({ from: "0001-01-01" }, now)).toEqual({ from: threeYearsBack, to: undefined });
    expect(boundFeedbackPeriod({ from: "0001-01-01", to: "2001-06-30" }, now)).toEqual({ from: EARLIEST_DAY, to: "2001-06-30" });
    expect(boundFeedbackPeriod({ from: "2026-01-01", to: "9999-12-31" }, now)).toEqual({ from: "2026-01-01", to: now });
    // Back to front stays back to front (the filters turn it around and say so); the far end moves.
    expect(boundFeedbackPeriod({ from: now, to: "0001-01-01" }, now)).toEqual({ from: now, to: threeYearsBack });
    // Exactly three years, or less, is left alone; so is no period at all.
    expect(boundFeedbackPeriod({ from: threeYearsBack, to: now }, now)).toEqual({ from: threeYearsBack, to: now });
    expect(boundFeedbackPeriod({ from: addDays(threeYearsBack, -1), to: now }, now)).toEqual({ from: threeYearsBack, to: now });
    expect(boundFeedbackPeriod({}, now)).toEqual({ from: undefined, to: undefined });
  });

  it("shows at most three years of weeks for a link asking for two thousand years", async () => {
    const resolved = await filters({ from: "0001-01-01" });
    expect(resolved).toMatchObject({ from: addDays(today(), -(PERIOD_MAX_DAYS - 1)), to: today(), periodSwapped: false });
    const scores = await getFeedbackScores(world.admin, resolved);
    expect(scores.weeks.length).toBeLessThanOrEqual(158);
    expect(scores.from).toBe(resolved.from);

    const swapped = await filters({ from: today(), to: "0001-01-01" });
    expect(swapped).toMatchObject({ from: addDays(today(), -(PERIOD_MAX_DAYS - 1)), to: today(), periodSwapped: true });

    // A caller that skips the URL's schema still gets a bounded answer, naming the period it covers.
    const direct = await getFeedbackScores(world.admin, { ...resolved, from: "0001-01-01", to: today() });
    expect(direct.weeks.length).toBeLessThanOrEqual(158);
    expect(direct.from).toBe(addDays(today(), -(PERIOD_MAX_DAYS - 1)));
  });
});

describe("scores", () => {
  it("computes NPS, CES and CSAT per team, segment and week, with the number of answers", async () => {
    const scoresWorld = await createFeedbackWorld();
    const segment = await createSegment(scoresWorld.admin, { name: "MKB" });
    const day = today();
    await insertFeedback(scoresWorld.organisationId, [
      // Team: 2 promoters, 1 passive, 1 detractor → +25; other team: 1 detractor → −100.
      { type: "NPS", score: 10, teamId: scoresWorld.team.id, segmentId: segment.id, receivedOn: day },
      { type: "NPS", score: 9, teamId: scoresWorld.team.id, receivedOn: day },
      { type: "NPS", score: 8, teamId: scoresWorld.team.id, receivedOn: day },
      { type: "NPS", score: 6, teamId: scoresWorld.team.id, receivedOn: day },
      { type: "NPS", score: 0, teamId: scoresWorld.otherTeam.id, segmentId: segment.id, receivedOn: addDays(day, -14) },
      { type: "CES", score: 2, teamId: scoresWorld.team.id, receivedOn: day },
      { type: "CES", score: 3, teamId: scoresWorld.team.id, receivedOn: day },
      { type: "CSAT", score: 5, receivedOn: day },
      { type: "CSAT", score: 3, receivedOn: day },
      { type: "COMPLAINT", text: "Te laat", teamId: scoresWorld.otherTeam.id, segmentId: segment.id, receivedOn: day },
      // Outside the default period: not counted.
      { type: "NPS", score: 0, teamId: scoresWorld.team.id, receivedOn: addDays(day, -120) },
    ]);
    const resolved = await resolveFeedbackFilters(scoresWorld.sales, feedbackFiltersSchema.parse({}));
    const scores = await getFeedbackScores(scoresWorld.sales, resolved);
    expect(scores.overall.nps).toMatchObject({ answers: 5, score: 0, promoters: 2, detractors: 2, smallSample: true });
    expect(scores.overall.ces).toMatchObject({ answers: 2, average: 2.5 });
    expect(scores.overall.csat).toMatchObject({ answers: 2, average: 4, satisfiedShare: 50 });
    expect(scores.overall.complaints).toMatchObject({ total: 1, open: 1 });
    const team = scores.teams.find((row) => row.id === scoresWorld.team.id);
    expect(team?.scores.nps).toMatchObject({ answers: 4, score: 25 });
    expect(scores.teams.find((row) => row.id === scoresWorld.otherTeam.id)?.scores.nps.score).toBe(-100);
    expect(scores.teams.find((row) => row.id === null)?.scores.csat.answers).toBe(2);
    expect(scores.segments.find((row) => row.id === segment.id)?.scores).toMatchObject({ nps: { answers: 2, score: 0 }, complaints: { total: 1 } });
    expect(scores.weeks.length).toBeGreaterThanOrEqual(13);
    const lastWeek = scores.weeks.at(-1);
    expect(lastWeek).toMatchObject({ npsAnswers: 4, nps: 25, cesAnswers: 2, ces: 2.5 });
    expect(scores.weeks.filter((week) => week.npsAnswers > 0)).toHaveLength(2);

    // Filtered to one team, every figure follows.
    const teamOnly = await getFeedbackScores(scoresWorld.sales, { ...resolved, teamId: scoresWorld.otherTeam.id });
    expect(teamOnly.overall.nps).toMatchObject({ answers: 1, score: -100 });
    expect(teamOnly.teams.map((row) => row.id)).toEqual([scoresWorld.otherTeam.id]);
  });

  it("has empty figures, not errors, without answers", async () => {
    const empty = await createFeedbackWorld();
    const scores = await getFeedbackScores(empty.member, await resolveFeedbackFilters(empty.member, feedbackFiltersSchema.parse({})));
    expect(scores.overall.nps.score).toBeNull();
    expect(scores.overall.ces.average).toBeNull();
    expect(scores.teams).toHaveLength(2);
    expect(scores.weeks.every((week) => week.nps === null)).toBe(true);
  });
});

describe("live updates", () => {
  const recorder = recordChangesInThisBlock();

  it("announces new feedback, status changes and conversions to the organisation's open lists; a refused change announces nothing", async () => {
    let mark = recorder.mark();
    const { id } = await createFeedback(world.member, complaint());
    const expected = { type: "change", organisationId: world.organisationId, teamId: world.team.id, subjectId: id };
    expect(await recorder.after(mark)).toEqual([{ ...expected, kind: "feedback.created", actorId: world.member.userId }]);

    mark = recorder.mark();
    await expect(updateComplaintStatus(world.sales, { id, status: "HANDLED" })).rejects.toMatchObject({ code: "forbidden" });
    await updateComplaintStatus(world.lead, { id, status: "IN_PROGRESS" });
    // Notifications arrive in commit order, so a refused change would have come first.
    expect(await recorder.after(mark)).toEqual([{ ...expected, kind: "feedback.updated", actorId: world.lead.userId }]);

    mark = recorder.mark();
    await convertComplaintToImprovement(world.lead, convertComplaintSchema.parse({ feedbackId: id, teamId: world.team.id, title: "Bestelstatus zichtbaar voor de klantenservice" }));
    const announced = await recorder.after(mark, 2);
    expect(announced.map((change) => change.kind)).toEqual(["improvement.created", "feedback.updated"]);
    expect(announced[1]).toMatchObject({ subjectId: id, actorId: world.lead.userId });
  });
});
