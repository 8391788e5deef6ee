"use server";

import { defineAction, defineFormAction } from "@/lib/auth/action";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schemas";
import { createApiToken, revokeApiToken } from "./tokens";

// The created token travels back once, in this action's result; it is never stored in clear.
export const createApiTokenAction = defineFormAction("apiTokens.create", createApiTokenSchema, createApiToken);

export const revokeApiTokenAction = defineAction("apiTokens.revoke", revokeApiTokenSchema, revokeApiToken);
