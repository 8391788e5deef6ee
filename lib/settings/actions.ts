"use server";

import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "@/lib/auth/action";
import type { Actor } from "@/lib/auth/actor";
import { createSegment, setSegmentArchived, updateSegment } from "@/lib/segments/segments";
import { createSegmentSchema } from "@/lib/segments/schemas";
import { createColumn, deleteColumn, moveColumn, updateColumn } from "./columns";
import { createInvite, revokeInvite } from "./invites";
import { addTeamMember, removeTeamMember, updateTeamMember } from "./members";
import { updateOrganisation } from "./organisation";
import { setPersonActive, updatePersonRole } from "./people";
import {
  addTeamMemberSchema,
  createColumnSchema,
  createInviteSchema,
  createTeamSchema,
  deleteColumnSchema,
  moveColumnSchema,
  removeTeamMemberSchema,
  renameTeamSchema,
  revokeInviteSchema,
  setPersonActiveSchema,
  setSegmentArchivedSchema,
  setTeamArchivedSchema,
  updateColumnSchema,
  updateOrganisationSchema,
  updatePersonRoleSchema,
  updateSegmentFormSchema,
  updateTeamMemberSchema,
} from "./schemas";
import { createTeam, renameTeam, setTeamArchived } from "./teams";

// Thin: sign-in, schema, service (which asks the permission module), then a refresh. Roles and
// teams show up in the navigation of every page, so every write refreshes the whole app layout.

function refreshing<Input, Result>(run: (actor: Actor, input: Input) => Promise<Result>) {
  return async (actor: Actor, input: Input): Promise<Result> => {
    const result = await run(actor, input);
    revalidatePath("/", "layout");
    return result;
  };
}

export const updateOrganisationAction = defineFormAction("settings.updateOrganisation", updateOrganisationSchema, refreshing(updateOrganisation));

export const createTeamAction = defineFormAction("settings.createTeam", createTeamSchema, refreshing(createTeam));
export const renameTeamAction = defineFormAction("settings.renameTeam", renameTeamSchema, refreshing(renameTeam));
export const setTeamArchivedAction = defineAction("settings.setTeamArchived", setTeamArchivedSchema, refreshing(setTeamArchived));

// The invite form sends one select per team ("team:<id>" = "" | MEMBER | LEAD).
function inviteInput(values: Record<string, string>) {
  const teams = Object.entries(values)
    .filter(([key, role]) => key.startsWith("team:") && role !== "")
    .map(([key, role]) => ({ teamId: key.slice("team:".length), role }));
  return { email: values.email, role: values.role, teams };
}

export const createInviteAction = defineFormAction("settings.createInvite", createInviteSchema, refreshing(createInvite), inviteInput);
export const revokeInviteAction = defineAction("settings.revokeInvite", revokeInviteSchema, refreshing(revokeInvite));

export const updatePersonRoleAction = defineAction("settings.updatePersonRole", updatePersonRoleSchema, refreshing(updatePersonRole));
export const setPersonActiveAction = defineAction("settings.setPersonActive", setPersonActiveSchema, refreshing(setPersonActive));

export const addTeamMemberAction = defineFormAction("settings.addTeamMember", addTeamMemberSchema, refreshing(addTeamMember));
export const updateTeamMemberAction = defineAction("settings.updateTeamMember", updateTeamMemberSchema, refreshing(updateTeamMember));
export const removeTeamMemberAction = defineAction("settings.removeTeamMember", removeTeamMemberSchema, refreshing(removeTeamMember));

export const createColumnAction = defineFormAction("settings.createColumn", createColumnSchema, refreshing(createColumn));
export const updateColumnAction = defineFormAction("settings.updateColumn", updateColumnSchema, refreshing(updateColumn));
export const moveColumnAction = defineAction("settings.moveColumn", moveColumnSchema, refreshing(moveColumn));
export const deleteColumnAction = defineAction("settings.deleteColumn", deleteColumnSchema, refreshing(deleteColumn));

export const createSegmentAction = defineFormAction("settings.createSegment", createSegmentSchema, refreshing(createSegment));
export const updateSegmentAction = defineFormAction("settings.updateSegment", updateSegmentFormSchema, refreshing(updateSegment));
export const setSegmentArchivedAction = defineAction(
  "settings.setSegmentArchived",
  setSegmentArchivedSchema,
  refreshing(setSegmentArchived),
);
