// Test-only helpers for the settings module's database tests.
import { createTestWorld, type TestWorld } from "@/lib/auth/testing/world";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { defaultColumnRows } from "@/lib/board/default-columns";
import { db } from "@/lib/db/client";

/** The shared test world, with real teams: each gets the board's default columns. */
export function createSettingsWorld(): Promise<TestWorld> {
  return createTestWorld({
    createTeam: async (organisationId, name, slug) => {
      const team = await db.team.create({ data: { organisationId, name, slug }, select: { id: true, slug: true } });
      await db.column.createMany({ data: defaultColumnRows({ id: team.id, organisationId }) });
      return team;
    },
  });
}

/** The actor as the database now says (roles change during a test). */
export async function reload(actor: Actor): Promise<Actor> {
  const fresh = await loadActor(actor.userId);
  if (!fresh) throw new Error("actor can no longer be loaded");
  return fresh;
}
