import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/settings/organisation-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { getOrganisationSettings } from "@/lib/settings/organisation";
import { listSettingsTeams } from "@/lib/settings/teams";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const actor = await requirePageActor();
  const resource = { organisationId: actor.organisationId };
  if (!can(actor, { action: "settings.read", resource })) notFound();
  const t = await getTranslations("settings");
  if (can(actor, { action: "organisation.manage", resource })) {
    const organisation = await getOrganisationSettings(actor);
    return (
      <>
        <div>
          <h1 className="text-2xl font-semibold">{t("organisation.title")}</h1>
          <p className="mt-1 text-slate-600">{t("organisation.intro")}</p>
        </div>
        <SettingsSection id="organisation" title={t("organisation.details")}>
          <OrganisationForm organisation={organisation} />
        </SettingsSection>
      </>
    );
  }
  // A lead manages the members and columns of the teams they lead.
  const teams = await listSettingsTeams(actor);
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("teams.leadIntro")}</p>
      </div>
      <SettingsSection id="teams" title={t("teams.yours")}>
        <ul className="divide-y divide-slate-100">
          {teams.map((team) => (
            <li key={team.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <p className="font-medium">{team.name}</p>
                <p className="text-sm text-slate-500">{t("teams.memberCount", { count: team.memberCount })}</p>
              </div>
              <Link href={`/settings/teams/${team.slug}`} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
                {t("teams.manage", { team: team.name })}
              </Link>
            </li>
          ))}
        </ul>
      </SettingsSection>
    </>
  );
}
