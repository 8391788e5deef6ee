"use server";

import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "@/lib/auth/action";
import { convertComplaintToImprovement, createFeedback, updateComplaintStatus } from "./commands";
import { convertComplaintSchema, createFeedbackSchema, updateComplaintStatusSchema } from "./schemas";

// Thin: sign-in, schema, service. The services ask the permission module. Revalidating here
// sends the updated feedback page back with the action's answer, in the same transition.

export const createFeedbackAction = defineFormAction("feedback.create", createFeedbackSchema, async (actor, input) => {
  const created = await createFeedback(actor, input);
  revalidatePath("/feedback");
  return created;
});

export const updateComplaintStatusAction = defineAction("feedback.updateStatus", updateComplaintStatusSchema, async (actor, input) => {
  const updated = await updateComplaintStatus(actor, input);
  revalidatePath("/feedback");
  return updated;
});

export const convertComplaintAction = defineFormAction("feedback.convertComplaint", convertComplaintSchema, async (actor, input) => {
  const converted = await convertComplaintToImprovement(actor, input);
  revalidatePath("/feedback");
  return converted;
});
