import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SettingsSection } from "@/components/settings/settings-section";
import { TeamCreateForm } from "@/components/settings/team-create-form";
import { TeamRow } from "@/components/settings/team-row";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listSettingsTeams } from "@/lib/settings/teams";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.teams");
  return { title: t("title") };
}

export default async function TeamsSettingsPage() {
  const actor = await requirePageActor();
  const resource = { organisationId: actor.organisationId };
  if (!can(actor, { action: "settings.read", resource })) notFound();
  const canAdminister = can(actor, { action: "organisation.manage", resource });
  const t = await getTranslations("settings.teams");
  const teams = await listSettingsTeams(actor);
  const active = teams.filter((team) => !team.archived);
  const archived = teams.filter((team) => team.archived);
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{canAdminister ? t("intro") : t("leadIntro")}</p>
      </div>
      {canAdminister ? (
        <SettingsSection id="new-team" title={t("new")}>
          <TeamCreateForm />
        </SettingsSection>
      ) : null}
      <SettingsSection id="teams" title={canAdminister ? t("active") : t("yours")}>
        {active.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {active.map((team) => (
              <TeamRow key={team.id} team={team} canAdminister={canAdminister} />
            ))}
          </ul>
        )}
      </SettingsSection>
      {archived.length > 0 ? (
        <SettingsSection id="archived-teams" title={t("archivedTitle")} description={t("archivedIntro")}>
          <ul className="divide-y divide-slate-100">
            {archived.map((team) => (
              <TeamRow key={team.id} team={team} canAdminister={canAdminister} />
            ))}
          </ul>
        </SettingsSection>
      ) : null}
    </>
  );
}
