import { QuickSuggestion } from "@/components/board/quick-suggestion";
import { AppShell } from "@/components/shell/app-shell";
import { availableModules } from "@/components/shell/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { countUnreadDailyStarts } from "@/lib/daily-start/queries";

// Every page below is for signed-in people; each page and service still checks permissions itself.
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  // Haalplicht: whoever missed a daily start sees it waiting from every page, not only the team's.
  const unreadDailyStarts = availableModules.has("dailyStart") ? await countUnreadDailyStarts(actor) : 0;
  return (
    <AppShell
      actor={{
        name: actor.name,
        email: actor.email,
        locale: actor.locale,
        organisationName: actor.organisationName,
        organisationRole: actor.organisationRole,
        teams: actor.teams,
      }}
      modules={[...availableModules]}
      badges={{ dailyStart: unreadDailyStarts }}
    >
      {children}
      <QuickSuggestion teams={actor.teams.map(({ id, slug, name }) => ({ id, slug, name }))} />
    </AppShell>
  );
}
