"use server";

import { z } from "zod";
import { defineAction, defineFormAction } from "@/lib/auth/action";
import { createSegmentSchema } from "@/lib/segments/schemas";
import { createSegment } from "@/lib/segments/segments";
import { startPdcaCycle, updatePdcaCycle } from "./commands";
import { unflattenFormValues } from "./form-values";
import { getPdcaChecklist } from "./queries";
import { improvementIdSchema, startPdcaCycleSchema, updatePdcaCycleSchema } from "./schemas";

// Thin: sign-in, schema, service. The services ask the permission module and run one transaction.

const withImprovement = <Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) => schema.extend({ improvementId: improvementIdSchema });

export const getPdcaChecklistAction = defineAction("pdca.getChecklist", z.object({ improvementId: improvementIdSchema }), (actor, { improvementId }) =>
  getPdcaChecklist(actor, improvementId),
);

/** The checklist form names its inputs by path ("plan.actions.0.description"). */
export const updatePdcaCycleAction = defineFormAction(
  "pdca.updateCycle",
  withImprovement(updatePdcaCycleSchema),
  (actor, { improvementId, ...input }) => updatePdcaCycle(actor, improvementId, input),
  (values) => unflattenFormValues(values),
);

export const startPdcaCycleAction = defineAction("pdca.startCycle", withImprovement(startPdcaCycleSchema), (actor, { improvementId, ...input }) =>
  startPdcaCycle(actor, improvementId, input),
);

/** A lead adds a customer segment on the spot while filling in the customer expectation. */
export const createPdcaSegmentAction = defineFormAction("pdca.createSegment", createSegmentSchema, createSegment);
