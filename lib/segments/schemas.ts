import { z } from "zod";
import { text } from "@/lib/validation/text";

export const segmentNameSchema = text().trim().min(1).max(80);

export const createSegmentSchema = z.object({
  name: segmentNameSchema,
  description: text().trim().max(500).optional(),
});
export type CreateSegmentInput = z.infer<typeof createSegmentSchema>;

export const updateSegmentSchema = z.object({
  id: z.uuid(),
  name: segmentNameSchema,
  description: text().trim().max(500).optional(),
});
export type UpdateSegmentInput = z.infer<typeof updateSegmentSchema>;
