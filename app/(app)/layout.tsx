import { QuickSuggestion } from "@/components/board/quick-suggestion";
import { AppShell } from "@/components/shell/app-shell";
import { availableModules } from "@/components/shell/navigation";
import { requirePageActor } from "@/lib/auth/session";

// Every page below is for signed-in people; each page and service still checks permissions itself.
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
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
    >
      {children}
      <QuickSuggestion teams={actor.teams.map(({ id, slug, name }) => ({ id, slug, name }))} />
    </AppShell>
  );
}
