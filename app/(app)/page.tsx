import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { availableModules } from "@/components/shell/navigation";
import { listTeams } from "@/lib/auth/queries";
import { requirePageActor } from "@/lib/auth/session";

export default async function OverviewPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("shell");
  const teams = await listTeams(actor);
  const mine = new Map(actor.teams.map((team) => [team.id, team.role]));
  const teamHref = (slug: string) => (availableModules.has("board") ? `/teams/${slug}/board` : undefined);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("overview.title", { name: actor.name })}</h1>
        <p className="mt-1 text-slate-600">{t("overview.intro")}</p>
        <p className="mt-1 text-sm text-slate-500">{t("overview.role", { role: t(`roles.${actor.organisationRole}`) })}</p>
      </div>
      {actor.teams.length === 0 && actor.organisationRole === "MEMBER" ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">{t("overview.noTeams")}</p>
      ) : null}
      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading" className="mb-3 text-lg font-semibold">
          {t("overview.allTeams", { organisation: actor.organisationName })}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {teams.map((team) => {
            const role = mine.get(team.id);
            const href = teamHref(team.slug);
            const body = (
              <>
                <span className="font-medium">{team.name}</span>
                {role ? <span className="text-sm text-slate-500">{t(`roles.${role === "LEAD" ? "LEAD" : "TEAM_MEMBER"}`)}</span> : null}
              </>
            );
            return (
              <li key={team.id}>
                {href ? (
                  <Link href={href} className="flex flex-col rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-500">
                    {body}
                  </Link>
                ) : (
                  <div className="flex flex-col rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
