"use server";

import { z } from "zod";
import { defineAction, defineFormAction } from "@/lib/auth/action";
import {
  addComment,
  createImprovement,
  moveImprovement,
  restoreImprovement,
  setImprovementOwners,
  triageImprovement,
  updateImprovement,
} from "./commands";
import { listPdcaProgress } from "@/lib/pdca/queries";
import { getBoardCards, listColumnImprovements } from "./queries";
import {
  addCommentSchema,
  boardCardsSchema,
  createImprovementSchema,
  loadMoreSchema,
  moveImprovementSchema,
  restoreImprovementSchema,
  setOwnersSchema,
  triageImprovementSchema,
  updateImprovementSchema,
} from "./schemas";

// Thin: sign-in, schema, service. The services ask the permission module and run one transaction.

const withId = <Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) => schema.extend({ id: z.uuid({ message: "board.validation.unknownId" }) });

export const createImprovementAction = defineFormAction("board.createImprovement", createImprovementSchema, createImprovement);

export const moveImprovementAction = defineAction("board.moveImprovement", withId(moveImprovementSchema), (actor, { id, ...input }) =>
  moveImprovement(actor, id, input),
);

export const updateImprovementAction = defineFormAction("board.updateImprovement", withId(updateImprovementSchema), (actor, { id, ...input }) =>
  updateImprovement(actor, id, input),
);

export const setImprovementOwnersAction = defineAction("board.setOwners", withId(setOwnersSchema), (actor, { id, ...input }) =>
  setImprovementOwners(actor, id, input),
);

export const triageImprovementAction = defineAction(
  "board.triageImprovement",
  z.intersection(triageImprovementSchema, z.object({ id: z.uuid({ message: "board.validation.unknownId" }) })),
  (actor, { id, ...input }) => triageImprovement(actor, id, input),
);

export const restoreImprovementAction = defineAction("board.restoreImprovement", withId(restoreImprovementSchema), (actor, { id, ...input }) =>
  restoreImprovement(actor, id, input),
);

export const addCommentAction = defineFormAction("board.addComment", withId(addCommentSchema), (actor, { id, ...input }) =>
  addComment(actor, id, input),
);

export const loadMoreImprovementsAction = defineAction("board.loadMore", loadMoreSchema, listColumnImprovements);

/** What a board in the browser needs after hearing that these cards changed (live updates). */
export const boardCardsAction = defineAction("board.cards", boardCardsSchema, async (actor, input) => {
  const [board, progress] = await Promise.all([getBoardCards(actor, input), listPdcaProgress(actor, input.teamId, input.ids)]);
  return { ...board, progress };
});
