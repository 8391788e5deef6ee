import type { OrganisationRole, TeamRole } from "@/lib/db/generated/enums";
import type { AppLocale } from "@/lib/i18n/config";

/** The signed-in person as every service function sees them: who, in which organisation, with which roles. */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  locale: AppLocale;
  organisationId: string;
  organisationName: string;
  organisationRole: OrganisationRole;
  teams: ActorTeam[];
};

export type ActorTeam = { id: string; slug: string; name: string; role: TeamRole };
