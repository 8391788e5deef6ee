import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ColumnEditor } from "@/components/settings/column-editor";
import { SettingsSection } from "@/components/settings/settings-section";
import { TeamMembers } from "@/components/settings/team-members";
import { requirePageActor } from "@/lib/auth/session";
import { ExpectedError } from "@/lib/errors";
import { listTeamColumns } from "@/lib/settings/columns";
import { listMemberCandidates, listTeamMembers } from "@/lib/settings/members";
import { getTeamSettings, type TeamSettingsHeader } from "@/lib/settings/teams";
import type { Actor } from "@/lib/auth/actor";

type Params = { params: Promise<{ slug: string }> };

// Someone who may not manage this team (or another organisation's) sees "not found", nothing more.
async function loadTeam(actor: Actor, slug: string): Promise<TeamSettingsHeader> {
  try {
    return await getTeamSettings(actor, slug);
  } catch (error) {
    if (error instanceof ExpectedError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const actor = await requirePageActor();
  const team = await loadTeam(actor, (await params).slug);
  const t = await getTranslations("settings.team");
  return { title: t("title", { team: team.name }) };
}

export default async function TeamSettingsPage({ params }: Params) {
  const actor = await requirePageActor();
  const team = await loadTeam(actor, (await params).slug);
  const t = await getTranslations("settings.team");
  const [members, candidates, columns] = await Promise.all([
    listTeamMembers(actor, team.id),
    team.archived ? Promise.resolve([]) : listMemberCandidates(actor, team.id),
    listTeamColumns(actor, team.id),
  ]);
  return (
    <>
      <div>
        <Link href="/settings/teams" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          {t("back")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{t("title", { team: team.name })}</h1>
        <p className="mt-1 text-slate-600">
          {t("intro")}{" "}
          <Link href={`/teams/${team.slug}/board`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {t("openBoard")}
          </Link>
        </p>
      </div>
      {team.archived ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {t("archivedNotice")}
        </p>
      ) : null}
      <SettingsSection id="members" title={t("members")} description={t("membersIntro")}>
        <TeamMembers teamId={team.id} teamName={team.name} members={members} candidates={candidates} readOnly={team.archived} viewerId={actor.userId} />
      </SettingsSection>
      <SettingsSection id="columns" title={t("columns")} description={t("columnsIntro")}>
        <ColumnEditor teamId={team.id} columns={columns} readOnly={team.archived} />
      </SettingsSection>
    </>
  );
}
