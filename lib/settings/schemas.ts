import { z } from "zod";
import { text } from "@/lib/validation/text";
import { emailSchema, passwordSchema, personNameSchema, teamNameSchema } from "@/lib/auth/schemas";
import { OrganisationRole, Stage, TeamRole } from "@/lib/db/generated/enums";
import { locales } from "@/lib/i18n/config";
import { updateSegmentSchema } from "@/lib/segments/schemas";

// Shared by the settings forms, their server actions and the services.

export const COLUMN_NAME_MAX = 40;
export const WIP_LIMIT_MAX = 999;
export const INVITE_TEAMS_MAX = 50;

const id = z.uuid({ message: "settings.validation.unknownId" });
const organisationRole = z.enum(OrganisationRole, { message: "validation.choice" });
const teamRole = z.enum(TeamRole, { message: "validation.choice" });

export const updateOrganisationSchema = z.object({
  name: text().trim().min(1).max(100),
  defaultLocale: z.enum(locales, { message: "validation.choice" }),
});
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;

export const createTeamSchema = z.object({ name: teamNameSchema });
export type CreateTeamInput = z.infer<typeof createTeamSchema>;

export const renameTeamSchema = z.object({ teamId: id, name: teamNameSchema });
export type RenameTeamInput = z.infer<typeof renameTeamSchema>;

export const setTeamArchivedSchema = z.object({ teamId: id, archived: z.boolean() });
export type SetTeamArchivedInput = z.infer<typeof setTeamArchivedSchema>;

export const inviteTeamSchema = z.object({ teamId: id, role: teamRole });

export const createInviteSchema = z.object({
  email: emailSchema,
  role: organisationRole,
  teams: z
    .array(inviteTeamSchema)
    .max(INVITE_TEAMS_MAX)
    .refine((teams) => new Set(teams.map((team) => team.teamId)).size === teams.length, { message: "settings.validation.duplicateTeam" }),
});
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const revokeInviteSchema = z.object({ inviteId: id });
export type RevokeInviteInput = z.infer<typeof revokeInviteSchema>;

// Invite tokens are 43 base64url characters; anything else cannot be one.
export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: "settings.validation.inviteToken" });

export const acceptInviteSchema = z
  .object({
    token: inviteTokenSchema,
    name: personNameSchema,
    locale: z.enum(locales, { message: "validation.choice" }),
    password: passwordSchema,
    passwordConfirmation: z.string().max(200),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    message: "validation.passwordsDiffer",
    path: ["passwordConfirmation"],
  });
export type AcceptInviteInput = z.infer<typeof acceptInviteSchema>;

export const updatePersonRoleSchema = z.object({ userId: id, role: organisationRole });
export type UpdatePersonRoleInput = z.infer<typeof updatePersonRoleSchema>;

export const setPersonActiveSchema = z.object({ userId: id, active: z.boolean() });
export type SetPersonActiveInput = z.infer<typeof setPersonActiveSchema>;

export const addTeamMemberSchema = z.object({
  teamId: id,
  userId: z.uuid({ message: "settings.validation.choosePerson" }),
  role: teamRole,
});
export type AddTeamMemberInput = z.infer<typeof addTeamMemberSchema>;

export const updateTeamMemberSchema = z.object({ teamId: id, userId: id, role: teamRole });
export type UpdateTeamMemberInput = z.infer<typeof updateTeamMemberSchema>;

export const removeTeamMemberSchema = z.object({ teamId: id, userId: id });
export type RemoveTeamMemberInput = z.infer<typeof removeTeamMemberSchema>;

const columnName = text().trim().min(1).max(COLUMN_NAME_MAX);

// An empty field means "no limit"; forms send "", the API may send null or leave it out.
const wipLimit = z.preprocess(
  (value) => (value === "" || value === undefined ? null : typeof value === "string" ? value.trim() : value),
  z.coerce.number({ message: "validation.integer" }).int({ message: "validation.integer" }).min(1).max(WIP_LIMIT_MAX).nullable(),
);

export const createColumnSchema = z.object({
  teamId: id,
  stage: z.enum(Stage, { message: "validation.choice" }),
  name: columnName,
  wipLimit,
});
export type CreateColumnInput = z.infer<typeof createColumnSchema>;

export const updateColumnSchema = z.object({ columnId: id, name: columnName, wipLimit });
export type UpdateColumnInput = z.infer<typeof updateColumnSchema>;

/** `index` is the column's new place among the columns of its own stage (0 = first). */
export const moveColumnSchema = z.object({ columnId: id, index: z.number().int().min(0).max(100) });
export type MoveColumnInput = z.infer<typeof moveColumnSchema>;

export const deleteColumnSchema = z.object({ columnId: id });
export type DeleteColumnInput = z.infer<typeof deleteColumnSchema>;

// The segments module's rules, with the settings' id (and its message).
export const updateSegmentFormSchema = updateSegmentSchema.extend({ id });

export const setSegmentArchivedSchema = z.object({ id, archived: z.boolean() });
export type SetSegmentArchivedInput = z.infer<typeof setSegmentArchivedSchema>;
