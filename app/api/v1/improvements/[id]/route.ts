import { defineRoute } from "@/lib/auth/route";
import { getImprovement } from "@/lib/board/queries";

// GET /api/v1/improvements/<id>: one improvement with its owners, comments and history.
export const GET = defineRoute<{ id: string }, undefined, unknown>("api.improvements.read", {}, async ({ actor, params }) => {
  const { members: _members, columns: _columns, ...improvement } = await getImprovement(actor, params.id);
  return improvement;
});
