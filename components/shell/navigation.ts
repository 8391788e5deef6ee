import type { Actor } from "@/lib/auth/actor";

export type NavKey = "overview" | "board" | "dailyStart" | "successes" | "feedback" | "report" | "settings";
export type NavItem = { key: NavKey; href: string };

// Only modules that exist appear in the navigation; a module adds itself here when it lands.
export const availableModules: ReadonlySet<NavKey> = new Set<NavKey>(["overview", "board", "dailyStart", "feedback", "successes", "report", "settings"]);

type NavActor = Pick<Actor, "organisationRole" | "teams">;

/** The team the team-scoped links point at: the one in the URL if the person is in it, else their first. */
export function currentTeamSlug(actor: NavActor, slugFromPath: string | null): string | null {
  if (slugFromPath && actor.teams.some((team) => team.slug === slugFromPath)) return slugFromPath;
  return slugFromPath ?? actor.teams[0]?.slug ?? null;
}

export function navigationFor(actor: NavActor, teamSlug: string | null, modules: ReadonlySet<NavKey> = availableModules): NavItem[] {
  const isAdmin = actor.organisationRole === "ADMIN";
  const isSales = actor.organisationRole === "SALES";
  const isLead = !isSales && actor.teams.some((team) => team.role === "LEAD");
  const items: NavItem[] = [{ key: "overview", href: "/" }];
  if (teamSlug && !isSales) {
    items.push({ key: "board", href: `/teams/${teamSlug}/board` });
    items.push({ key: "dailyStart", href: `/teams/${teamSlug}/daily-start` });
  }
  items.push({ key: "feedback", href: "/feedback" });
  items.push({ key: "successes", href: "/successes" });
  if (isSales || isAdmin || isLead) items.push({ key: "report", href: "/reports/customer-expectations" });
  if (isAdmin || isLead) items.push({ key: "settings", href: "/settings" });
  return items.filter((item) => modules.has(item.key));
}
