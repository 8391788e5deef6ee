import { z } from "zod";
import { text } from "@/lib/validation/text";
import { TOKEN_NAME_MAX } from "./limits";

export { TOKEN_NAME_MAX };

export const createApiTokenSchema = z.object({
  name: text({ message: "validation.required" }).trim().min(1).max(TOKEN_NAME_MAX),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({
  id: z.uuid({ message: "apiTokens.validation.unknownToken" }),
});
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;
