"use server";

import { defineAction, defineFormAction } from "@/lib/auth/action";
import { convertComplaintToImprovement, createFeedback, updateComplaintStatus } from "./commands";
import { convertComplaintSchema, createFeedbackSchema, updateComplaintStatusSchema } from "./schemas";

// Thin: sign-in, schema, service. The services ask the permission module.

export const createFeedbackAction = defineFormAction("feedback.create", createFeedbackSchema, createFeedback);

export const updateComplaintStatusAction = defineAction("feedback.updateStatus", updateComplaintStatusSchema, updateComplaintStatus);

export const convertComplaintAction = defineFormAction("feedback.convertComplaint", convertComplaintSchema, convertComplaintToImprovement);
