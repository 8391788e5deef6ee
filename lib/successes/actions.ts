"use server";

import { redirect } from "next/navigation";
import { defineAction, defineFormAction } from "@/lib/auth/action";
import { createSuccess, createSuccessThanks, deleteSuccess, deleteSuccessThanks, updateSuccess, updateSuccessFeature } from "./commands";
import { createSuccessSchema, successFormInput, successIdSchema, updateSuccessFeatureSchema, updateSuccessSchema } from "./schemas";

// Thin: sign-in, schema, service. The services ask the permission module.

export const createSuccessAction = defineFormAction(
  "successes.create",
  createSuccessSchema,
  async (actor, input) => {
    const created = await createSuccess(actor, input);
    // The success's page celebrates it (and a milestone, if this is one).
    redirect(`/successes/${created.id}?recorded=1`);
  },
  successFormInput,
);

export const updateSuccessAction = defineFormAction(
  "successes.update",
  updateSuccessSchema,
  async (actor, input) => {
    const updated = await updateSuccess(actor, input);
    redirect(`/successes/${updated.id}`);
  },
  successFormInput,
);

export const deleteSuccessAction = defineAction("successes.delete", successIdSchema, deleteSuccess);

export const updateSuccessFeatureAction = defineAction("successes.feature", updateSuccessFeatureSchema, updateSuccessFeature);

export const createSuccessThanksAction = defineAction("successes.thank", successIdSchema, createSuccessThanks);

export const deleteSuccessThanksAction = defineAction("successes.unthank", successIdSchema, deleteSuccessThanks);
