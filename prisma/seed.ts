import type { PrismaClient } from "../lib/db/generated/client";
import { seedBoard } from "./seed/board";
import { seedDailyStart } from "./seed/daily-start";
import { seedFeedback } from "./seed/feedback";
import { seedPdca } from "./seed/pdca";
import { seedPeople } from "./seed/people";
import { seedSegments } from "./seed/segments";
import { seedSuccesses } from "./seed/successes";

/**
 * Seeds the demo organisation "Demo BV" (DESIGN.md's fixed points). Each module adds its own
 * demo data in prisma/seed/<module>.ts and is called from here, in dependency order.
 * Runs in one transaction, so a failed seed leaves an empty database that is seeded next start.
 */
export async function seedDemo(db: PrismaClient): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const client = tx as unknown as PrismaClient;
      const organisation = await seedPeople(client);
      const segments = await seedSegments(client, organisation.organisationId);
      const board = await seedBoard(client, organisation);
      await seedPdca(client, organisation, segments, board);
      await seedSuccesses(client, organisation, board);
      await seedFeedback(client, organisation, segments, board);
      await seedDailyStart(client, organisation, board);
      void board; // improvement ids by demo key, for the PDCA, successes and feedback seeds
      void segments; // used by the PDCA, feedback and report seeds
    },
    { timeout: 120_000 },
  );
}

export async function isDatabaseEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.organisation.count()) === 0;
}
