import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { text } from "@/lib/validation/text";

export const emailSchema = text().trim().toLowerCase().min(1).max(320).pipe(z.email());
export const passwordSchema = z.string().min(10, { message: "validation.passwordTooShort" }).max(200);
export const personNameSchema = text().trim().min(1).max(100);
export const teamNameSchema = text().trim().min(1).max(60);

/**
 * A team's address as `slugify` makes it (lower case letters, digits, dashes). Anything else in
 * a URL cannot name a team: "not found", without asking the database.
 */
export const teamSlugSchema = z.string().regex(/^[a-z0-9-]{1,100}$/);

export const signInSchema = z.object({
  email: text().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
  next: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const setupOrganisationSchema = z.object({
  organisationName: text().trim().min(1).max(100),
  teamName: teamNameSchema,
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type SetupOrganisationInput = z.infer<typeof setupOrganisationSchema>;

export const updateLocaleSchema = z.object({ locale: z.enum(locales) });
export type UpdateLocaleInput = z.infer<typeof updateLocaleSchema>;
