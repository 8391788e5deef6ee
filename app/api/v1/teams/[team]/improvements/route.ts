import { getTeamBySlug } from "@/lib/auth/queries";
import { defineRoute } from "@/lib/auth/route";
import { createImprovement } from "@/lib/board/commands";
import { createImprovementBodySchema } from "@/lib/board/schemas";

// POST /api/v1/teams/<team>/improvements: a new suggestion at the top of the team's first column.
export const POST = defineRoute<{ team: string }, typeof createImprovementBodySchema, unknown>(
  "api.improvements.create",
  { body: createImprovementBodySchema, status: 201 },
  async ({ actor, params, input }) => {
    const team = await getTeamBySlug(actor, params.team);
    const card = await createImprovement(actor, { ...input, teamId: team.id });
    return { id: card.id, columnId: card.columnId, title: card.title, version: card.version, status: card.status, rank: card.rank };
  },
);
