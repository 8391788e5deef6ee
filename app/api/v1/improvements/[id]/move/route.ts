import { defineRoute } from "@/lib/auth/route";
import { moveImprovement } from "@/lib/board/commands";
import { moveImprovementSchema } from "@/lib/board/schemas";

// POST /api/v1/improvements/<id>/move {columnId, previousId?, nextId?, version}: the server
// computes the rank; 409 on a stale version or a changed board, 422 when a stage gate refuses.
export const POST = defineRoute<{ id: string }, typeof moveImprovementSchema, unknown>(
  "api.improvements.move",
  { body: moveImprovementSchema },
  async ({ actor, params, input }) => moveImprovement(actor, params.id, input),
);
