import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/settings/invite-form";
import { InviteList } from "@/components/settings/invite-list";
import { PeopleList } from "@/components/settings/people-list";
import { SettingsSection } from "@/components/settings/settings-section";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listOpenInvites } from "@/lib/settings/invites";
import { listPeople } from "@/lib/settings/people";
import { listSettingsTeams } from "@/lib/settings/teams";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.people");
  return { title: t("title") };
}

export default async function PeopleSettingsPage() {
  const actor = await requirePageActor();
  if (!can(actor, { action: "person.manage", resource: { organisationId: actor.organisationId } })) notFound();
  const t = await getTranslations("settings");
  const [people, invites, teams] = await Promise.all([listPeople(actor), listOpenInvites(actor), listSettingsTeams(actor)]);
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">{t("people.title")}</h1>
        <p className="mt-1 text-slate-600">{t("people.intro")}</p>
      </div>
      <SettingsSection id="invite" title={t("invites.new")} description={t("invites.intro")}>
        <InviteForm teams={teams.filter((team) => !team.archived).map((team) => ({ id: team.id, name: team.name }))} />
      </SettingsSection>
      <SettingsSection id="open-invites" title={t("invites.open")} description={t("invites.openIntro")}>
        <InviteList invites={invites} />
      </SettingsSection>
      <SettingsSection id="people" title={t("people.list", { count: people.length })}>
        <PeopleList people={people} viewerId={actor.userId} />
      </SettingsSection>
    </>
  );
}
