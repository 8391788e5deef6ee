import { Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { getActor } from "@/lib/auth/session";
import { log } from "@/lib/log";
import { getTeamSuccesses } from "@/lib/successes/queries";
import { SuccessCard } from "./success-card";
import { MilestoneProgress } from "./team-summaries";

/**
 * A team's latest successes with its count this month and progress to the next milestone, for
 * the team's own pages (board, daily start). A server component: mount it with the team's id.
 */
export async function TeamRecentSuccesses({ teamId, limit = 3 }: { teamId: string; limit?: number }) {
  const actor = await getActor();
  if (!actor) return null;
  const t = await getTranslations("successes");
  // A side dish on the team's pages: if it cannot load, the board must still work.
  const loaded = await getTeamSuccesses(actor, teamId, { limit }).catch((error: unknown) => {
    log.error("team successes could not be loaded", { teamId, error });
    return null;
  });
  if (!loaded) return null;
  const { summary, recent, canCreate } = loaded;
  const headingId = `team-successes-${teamId}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <h2 id={headingId} className="text-lg font-semibold">
            {t("team.heading", { team: summary.team.name })}
          </h2>
          <p className="text-sm text-slate-600">
            {t("teams.thisMonth", { count: summary.thisMonth })} · {t("teams.total", { count: summary.total })}
          </p>
        </div>
        <div className="w-full sm:w-56">
          <MilestoneProgress summary={summary} />
        </div>
      </div>
      {recent.length === 0 ? (
        <p className="text-sm text-slate-600">{t("team.empty")}</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {recent.map((success) => (
            <li key={success.id} className="flex">
              <SuccessCard success={success} compact />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`/successes?team=${encodeURIComponent(summary.team.slug)}`} className="text-sm font-medium text-brand-700 hover:underline">
          {t("team.viewAll", { team: summary.team.name })} →
        </Link>
        {canCreate ? (
          <Link href={`/successes/new?team=${encodeURIComponent(summary.team.slug)}`} className={buttonClasses("secondary", "sm", "ml-auto")}>
            <Plus aria-hidden className="h-4 w-4" />
            {t("record")}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
