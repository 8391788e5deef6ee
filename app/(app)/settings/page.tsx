import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listTeams } from "@/lib/auth/queries";
import { requirePageActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const actor = await requirePageActor();
  const isAdmin = actor.organisationRole === "ADMIN";
  const leads = actor.teams.filter((team) => team.role === "LEAD");
  if (!isAdmin && leads.length === 0) notFound();
  const t = await getTranslations("settings");
  const teams = isAdmin ? await listTeams(actor) : leads.map((team) => ({ ...team, memberCount: null }));
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {isAdmin ? (
        <section aria-labelledby="organisation-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="organisation-heading" className="text-lg font-semibold">
            {t("organisation.title")}
          </h2>
          <p className="mt-1 text-slate-700">{actor.organisationName}</p>
        </section>
      ) : null}
      <section aria-labelledby="teams-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 id="teams-heading" className="text-lg font-semibold">
          {isAdmin ? t("teams.title") : t("teams.yours")}
        </h2>
        <ul className="mt-2 divide-y divide-slate-100">
          {teams.map((team) => (
            <li key={team.id} className="py-2">
              {team.name}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
