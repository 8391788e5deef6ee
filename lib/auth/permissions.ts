import type { Actor } from "./actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

// The one place that answers "may this person do this to this thing". Every service function
// asks it; the test matrix in permissions.test.ts covers every action × role × other organisation.

type InOrganisation = { organisationId: string };
type InTeam = InOrganisation & { teamId: string };
type ImprovementResource = InTeam & { submitterId: string | null; ownerIds: readonly string[] };
type AuthoredInTeam = InTeam & { createdById: string | null };

export type Permission =
  | { action: "organisation.read"; resource: InOrganisation }
  | { action: "organisation.manage"; resource: InOrganisation }
  | { action: "team.read"; resource: InTeam }
  | { action: "team.manage"; resource: InTeam }
  | { action: "improvement.create"; resource: InTeam }
  | { action: "improvement.edit"; resource: ImprovementResource }
  | { action: "improvement.move"; resource: ImprovementResource }
  | { action: "improvement.triage"; resource: InTeam }
  | { action: "improvement.comment"; resource: InTeam }
  | { action: "feedback.read"; resource: InOrganisation }
  | { action: "feedback.create"; resource: InOrganisation }
  | { action: "feedback.update"; resource: InOrganisation & { teamId: string | null; createdById: string | null } }
  | { action: "report.read"; resource: InOrganisation }
  | { action: "success.read"; resource: InOrganisation }
  | { action: "success.create"; resource: InTeam }
  | { action: "success.edit"; resource: AuthoredInTeam }
  | { action: "success.feature"; resource: InTeam }
  | { action: "success.thank"; resource: InOrganisation }
  | { action: "dailyStart.run"; resource: InTeam }
  | { action: "dailyStart.contribute"; resource: InTeam }
  | { action: "kpi.manage"; resource: InTeam }
  | { action: "dailyStart.checkIn"; resource: InTeam }
  | { action: "dailyStart.editItem"; resource: AuthoredInTeam }
  | { action: "segment.create"; resource: InOrganisation }
  | { action: "apiToken.manage"; resource: InOrganisation }
  | { action: "settings.read"; resource: InOrganisation }
  | { action: "person.manage"; resource: InOrganisation }
  | { action: "organisation.export"; resource: InOrganisation };

export type Action = Permission["action"];

function isAdmin(actor: Actor): boolean {
  return actor.organisationRole === "ADMIN";
}

function teamRole(actor: Actor, teamId: string) {
  // SALES reads every team and changes nothing on boards, even when listed in a team (invited
  // with teams, or moved to SALES later): a team role gives them no powers.
  if (actor.organisationRole === "SALES") return undefined;
  return actor.teams.find((team) => team.id === teamId)?.role;
}

function isLead(actor: Actor, teamId: string): boolean {
  return teamRole(actor, teamId) === "LEAD";
}

function isTeamMember(actor: Actor, teamId: string): boolean {
  return teamRole(actor, teamId) !== undefined;
}

function isLeadAnywhere(actor: Actor): boolean {
  return actor.organisationRole !== "SALES" && actor.teams.some((team) => team.role === "LEAD");
}

/** Whether the actor may perform the action. Another organisation's resources are never allowed. */
export function can(actor: Actor, permission: Permission): boolean {
  if (permission.resource.organisationId !== actor.organisationId) return false;
  switch (permission.action) {
    case "organisation.read":
    case "team.read":
    case "success.read":
    case "success.thank":
    case "feedback.read":
      return true;
    case "organisation.manage":
    case "apiToken.manage":
    case "person.manage":
    case "organisation.export":
      return isAdmin(actor);
    case "settings.read":
      // Leads reach settings for their own teams' members and columns (team.manage).
      return isAdmin(actor) || isLeadAnywhere(actor);
    case "team.manage":
    case "improvement.triage":
    case "success.feature":
    case "dailyStart.run":
    case "kpi.manage":
      return isAdmin(actor) || isLead(actor, permission.resource.teamId);
    case "improvement.create":
    case "improvement.comment":
    case "success.create":
    case "dailyStart.contribute":
      return isAdmin(actor) || isTeamMember(actor, permission.resource.teamId);
    case "improvement.edit":
    case "improvement.move": {
      const { teamId, submitterId, ownerIds } = permission.resource;
      if (isAdmin(actor) || isLead(actor, teamId)) return true;
      // Members work the cards they submitted or own, on their own team's board only.
      return isTeamMember(actor, teamId) && (submitterId === actor.userId || ownerIds.includes(actor.userId));
    }
    case "dailyStart.checkIn":
      // The mood check-in is the team's own: an admin outside the team has no mood to add.
      return isTeamMember(actor, permission.resource.teamId);
    case "dailyStart.editItem":
    case "success.edit": {
      const { teamId, createdById } = permission.resource;
      return isAdmin(actor) || isLead(actor, teamId) || (isTeamMember(actor, teamId) && createdById === actor.userId);
    }
    case "feedback.create":
      // Sales reads what customers say; recording it is the teams' job.
      return actor.organisationRole !== "SALES";
    case "feedback.update": {
      const { teamId, createdById } = permission.resource;
      if (actor.organisationRole === "SALES") return false;
      return isAdmin(actor) || createdById === actor.userId || (teamId !== null && isTeamMember(actor, teamId));
    }
    case "report.read":
      return isAdmin(actor) || actor.organisationRole === "SALES" || isLeadAnywhere(actor);
    case "segment.create":
      // A lead may add a segment on the spot while filling in a customer expectation.
      return isAdmin(actor) || isLeadAnywhere(actor);
  }
}

/**
 * Throws when the actor may not act. A resource in another organisation answers "not found",
 * never "forbidden", so its existence does not leak.
 */
export function authorize(actor: Actor, permission: Permission): void {
  if (permission.resource.organisationId !== actor.organisationId) throw new NotFoundError();
  if (!can(actor, permission)) throw new ForbiddenError();
}
