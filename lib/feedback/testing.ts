// Test and benchmark helpers for feedback. Not for the app itself.
import { randomUUID } from "node:crypto";
import { createTestWorld, type TestWorld } from "@/lib/auth/testing/world";
import { defaultColumnRows } from "@/lib/board/default-columns";
import { db } from "@/lib/db/client";
import type { FeedbackChannel, FeedbackType } from "@/lib/db/generated/enums";
import { dayToDate, today } from "./dates";

/** A test world whose teams have boards (default columns), so complaints can become suggestions. */
export function createFeedbackWorld(): Promise<TestWorld> {
  return createTestWorld({
    createTeam: async (organisationId, name, slug) => {
      const team = await db.team.create({ data: { organisationId, name, slug }, select: { id: true, slug: true } });
      await db.column.createMany({ data: defaultColumnRows({ id: team.id, organisationId }) });
      return team;
    },
  });
}

export type FeedbackRow = {
  type: FeedbackType;
  score?: number | null;
  receivedOn?: string;
  teamId?: string | null;
  segmentId?: string | null;
  text?: string | null;
  channel?: FeedbackChannel;
};

/** Inserts feedback rows straight into the database (no permission checks), in one statement. */
export async function insertFeedback(organisationId: string, rows: FeedbackRow[]): Promise<void> {
  await db.feedback.createMany({
    data: rows.map((row) => ({
      id: randomUUID(),
      organisationId,
      type: row.type,
      score: row.score ?? null,
      receivedOn: dayToDate(row.receivedOn ?? today()),
      channel: row.channel ?? "SURVEY",
      teamId: row.teamId ?? null,
      segmentId: row.segmentId ?? null,
      text: row.text ?? null,
      status: row.type === "COMPLAINT" ? "OPEN" : null,
    })),
  });
}
