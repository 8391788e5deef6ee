import { z } from "zod";

export const segmentNameSchema = z.string().trim().min(1).max(80);

export const createSegmentSchema = z.object({
  name: segmentNameSchema,
  description: z.string().trim().max(500).optional(),
});
export type CreateSegmentInput = z.infer<typeof createSegmentSchema>;

export const updateSegmentSchema = z.object({
  id: z.uuid(),
  name: segmentNameSchema,
  description: z.string().trim().max(500).optional(),
  archived: z.boolean().optional(),
});
export type UpdateSegmentInput = z.infer<typeof updateSegmentSchema>;
