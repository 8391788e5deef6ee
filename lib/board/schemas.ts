import { z } from "zod";
import { ImprovementStatus, WasteType } from "@/lib/db/generated/enums";
import { text } from "@/lib/validation/text";

// Shared by the board's forms, server actions, JSON API and services.

import { ageFilters, COMMENT_MAX, OWNERS_MAX, REASON_MAX, TEXT_MAX, TITLE_MAX } from "./limits";

export { ageFilters, COMMENT_MAX, OWNERS_MAX, REASON_MAX, TEXT_MAX, TITLE_MAX, wasteTypes } from "./limits";

const id = z.uuid({ message: "board.validation.unknownId" });

export { isId } from "@/lib/validation/ids";

// Form fields arrive as "" when left empty; the API may send null or leave them out.
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

const title = text().trim().min(1).max(TITLE_MAX);
const wasteType = z
  .union([z.enum(WasteType), z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));
const version = z.coerce.number({ message: "board.validation.version" }).int({ message: "board.validation.version" }).min(1, { message: "board.validation.version" });

export const createImprovementSchema = z.object({
  teamId: id,
  title,
  problem: optionalText(TEXT_MAX),
  proposal: optionalText(TEXT_MAX),
  wasteType,
  customerValue: optionalText(TEXT_MAX),
});
export type CreateImprovementInput = z.infer<typeof createImprovementSchema>;

/** The JSON API's body for a new improvement; the team comes from the path. */
export const createImprovementBodySchema = createImprovementSchema.omit({ teamId: true });

export const moveImprovementSchema = z.object({
  columnId: id,
  previousId: id.nullish().transform((value) => value ?? null),
  nextId: id.nullish().transform((value) => value ?? null),
  version,
  // The server computes the rank from the neighbours; a client-sent one is refused, not trusted.
  rank: z.unknown().refine((value) => value === undefined, { message: "board.validation.rankFromServer" }).optional(),
});
export type MoveImprovementInput = z.infer<typeof moveImprovementSchema>;

export const updateImprovementSchema = z.object({
  version,
  title,
  problem: optionalText(TEXT_MAX),
  proposal: optionalText(TEXT_MAX),
  wasteType,
  customerValue: optionalText(TEXT_MAX),
  dueDate: z
    .union([z.iso.date({ message: "validation.date" }), z.literal("")])
    .nullish()
    .transform((value) => (value ? value : null)),
});
export type UpdateImprovementInput = z.infer<typeof updateImprovementSchema>;

export const setOwnersSchema = z.object({
  version,
  ownerIds: z.array(id).max(OWNERS_MAX),
});
export type SetOwnersInput = z.infer<typeof setOwnersSchema>;

export const triageImprovementSchema = z
  .object({
    version,
    decision: z.enum(["accept", "park", "reject"]),
    reason: optionalText(REASON_MAX),
  })
  .superRefine((input, context) => {
    if (input.decision === "reject" && !input.reason) {
      context.addIssue({ code: "custom", path: ["reason"], message: "board.validation.reasonRequired" });
    }
  });
export type TriageImprovementInput = z.infer<typeof triageImprovementSchema>;

export const restoreImprovementSchema = z.object({ version });
export type RestoreImprovementInput = z.infer<typeof restoreImprovementSchema>;

export const addCommentSchema = z.object({
  body: text().trim().min(1).max(COMMENT_MAX),
});
export type AddCommentInput = z.infer<typeof addCommentSchema>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The board's filters, as they stand in the URL (so a filtered board can be shared). Anything
 * unreadable is dropped rather than refused: a mangled link still opens the board.
 */
export const boardFiltersSchema = z.object({
  q: z.preprocess(firstValue, text().trim().max(200).optional().catch(undefined)),
  owner: z.preprocess(firstValue, z.uuid().optional().catch(undefined)),
  mine: z.preprocess(firstValue, z.literal("1").optional().catch(undefined)),
  waste: z.preprocess(firstValue, z.enum(WasteType).optional().catch(undefined)),
  age: z.preprocess(firstValue, z.enum(ageFilters).optional().catch(undefined)),
  status: z.preprocess(firstValue, z.enum([ImprovementStatus.PARKED, ImprovementStatus.REJECTED]).optional().catch(undefined)),
});
export type BoardFilters = z.infer<typeof boardFiltersSchema>;

export const loadMoreSchema = z.object({
  teamId: id,
  columnId: id,
  afterRank: text().min(1).max(512),
  filters: boardFiltersSchema.optional().default({}),
});
export type LoadMoreInput = z.infer<typeof loadMoreSchema>;

/** Cards a browser heard changed: more than this and it reloads the whole board instead. */
export const BOARD_CARDS_MAX = 50;

export const boardCardsSchema = z.object({
  teamId: id,
  ids: z.array(id).min(1).max(BOARD_CARDS_MAX),
  filters: boardFiltersSchema.optional().default({}),
});
export type BoardCardsInput = z.infer<typeof boardCardsSchema>;
