import type { PrismaClient } from "../lib/db/generated/client";
import { addCard, expect, signIn, test, unique, type TestTeam } from "./fixtures";

// Two people on one PDCA checklist: a save refused because the other saved first keeps what was
// typed, takes the other's changes in the untouched fields, names them, and saves on their version.

async function addPlanCard(db: PrismaClient, team: TestTeam, title: string): Promise<string> {
  const id = await addCard(db, team, { stage: "PLAN", title, problem: "Klanten wachten lang op antwoord" });
  await db.pdcaCycle.create({ data: { organisationId: team.organisationId, improvementId: id, number: 1, problemStatement: "Klanten wachten 12 minuten" } });
  return id;
}

test.describe("one PDCA checklist, two people", () => {
  test("a save after someone else saved the checklist keeps the typed field, takes their untouched field, says so, and saves both on the second try", async ({ page, createTeam, db }) => {
    const team = await createTeam();
    const id = await addPlanCard(db, team, unique("Wachttijd telefoon"));
    await signIn(page, team.lead.email);
    await page.goto(`/teams/${team.slug}/improvements/${id}`);
    await expect(page.getByTestId("improvement-detail")).toHaveAttribute("data-live-status", "live");
    const checklist = page.getByTestId("pdca-checklist");
    const problem = checklist.getByRole("textbox", { name: "Probleemstelling" });
    const goal = checklist.getByRole("textbox", { name: /Meetbaar doel/ });
    await expect(problem).toHaveValue("Klanten wachten 12 minuten");

    await goal.fill("90% binnen 2 minuten opgenomen");
    // Meanwhile someone else saves the problem statement (another tool, a script).
    const { version: theirVersion } = await db.pdcaCycle.update({
      where: { improvementId_number: { improvementId: id, number: 1 } },
      data: { problemStatement: "Klanten wachten 14 minuten", version: { increment: 1 } },
      select: { version: true },
    });

    await checklist.getByRole("button", { name: "Checklist opslaan" }).click();
    const notice = page.getByTestId("pdca-conflict");
    await expect(notice).toContainText("Iemand anders heeft deze checklist gewijzigd terwijl jij bezig was.");
    await expect(notice).toContainText("Gewijzigd: probleemstelling");
    await expect(goal).toHaveValue("90% binnen 2 minuten opgenomen");
    await expect(problem).toHaveValue("Klanten wachten 14 minuten");
    expect((await db.pdcaCycle.findFirstOrThrow({ where: { improvementId: id } })).goal).toBeNull();

    await checklist.getByRole("button", { name: "Checklist opslaan" }).click();
    await expect(page.getByText("Checklist opgeslagen")).toBeVisible();
    await expect(notice).toHaveCount(0);
    const response = await page.request.get(`/api/v1/improvements/${id}/pdca`);
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { current: unknown }).current).toMatchObject({
      version: theirVersion + 1,
      plan: { problemStatement: "Klanten wachten 14 minuten", goal: "90% binnen 2 minuten opgenomen" },
    });
  });
});
