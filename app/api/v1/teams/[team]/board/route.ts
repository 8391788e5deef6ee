import { defineRoute } from "@/lib/auth/route";
import { getBoard } from "@/lib/board/queries";

// GET /api/v1/teams/<team>/board: every column in order, with all its active improvements in order.
export const GET = defineRoute<{ team: string }, undefined, unknown>("api.board.read", {}, async ({ actor, params }) => {
  const board = await getBoard(actor, params.team, {}, { perColumn: null });
  return {
    team: board.team,
    columns: board.columns.map((column) => ({
      id: column.id,
      name: column.name,
      stage: column.stage,
      position: column.position,
      wipLimit: column.wipLimit,
      count: column.activeCount,
      improvements: column.cards.map((card) => ({
        id: card.id,
        title: card.title,
        version: card.version,
        status: card.status,
        rank: card.rank,
        wasteType: card.wasteType,
        dueDate: card.dueDate,
        createdAt: card.createdAt,
        firstResponseAt: card.firstResponseAt,
        submitter: card.submitter,
        owners: card.owners,
      })),
    })),
  };
});
