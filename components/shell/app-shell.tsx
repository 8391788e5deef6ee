"use client";

import { Menu, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Actor } from "@/lib/auth/actor";
import { currentTeamSlug, navigationFor, type NavKey } from "./navigation";
import { TeamSwitcher } from "./team-switcher";
import { UserMenu } from "./user-menu";

type ShellProps = {
  actor: Pick<Actor, "name" | "email" | "locale" | "organisationName" | "organisationRole" | "teams">;
  modules: NavKey[];
  /** Counts shown next to a link, such as daily starts the person missed and has not read. */
  badges?: Partial<Record<NavKey, number>>;
  children: React.ReactNode;
};

function teamSlugFromPath(pathname: string): string | null {
  return /^\/teams\/([^/]+)/.exec(pathname)?.[1] ?? null;
}

export function AppShell({ actor, modules, badges = {}, children }: ShellProps) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  // The menu belongs to the page it was opened on, so navigating closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const teamSlug = currentTeamSlug(actor, teamSlugFromPath(pathname));
  const items = navigationFor(actor, teamSlug, new Set(modules));

  const isActive = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));

  const links = items.map((item) => (
    <Link
      key={item.key}
      href={item.href}
      aria-current={isActive(item.href) ? "page" : undefined}
      className="inline-flex items-center gap-1.5 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700"
    >
      {t(`nav.${item.key}`)}
      <NavBadge count={badges[item.key] ?? 0} />
    </Link>
  ));

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        {t("skipToContent")}
      </a>
      <header className="no-print sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-[1600px] items-center gap-3 px-3 sm:px-4">
          <button
            type="button"
            className="rounded-md p-2 text-slate-700 hover:bg-slate-100 lg:hidden"
            aria-expanded={menuOpen}
            aria-controls="mobile-navigation"
            aria-label={menuOpen ? t("closeMenu") : t("openMenu")}
            onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
          >
            {menuOpen ? <X aria-hidden className="h-5 w-5" /> : <Menu aria-hidden className="h-5 w-5" />}
          </button>
          <Link href="/" aria-label={t("appName")} className="flex items-center gap-2 font-semibold text-brand-700">
            <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">
              V
            </span>
            <span className="hidden sm:inline">{t("appName")}</span>
          </Link>
          {actor.teams.length > 0 ? <TeamSwitcher teams={actor.teams} currentSlug={teamSlug} /> : null}
          <nav aria-label={t("mainNavigation")} className="hidden flex-1 items-center gap-1 lg:flex">
            {links}
          </nav>
          <div className="ml-auto">
            <UserMenu name={actor.name} email={actor.email} organisationName={actor.organisationName} locale={actor.locale} />
          </div>
        </div>
        {menuOpen ? (
          <nav id="mobile-navigation" aria-label={t("mainNavigation")} className="flex flex-col gap-1 border-t border-slate-200 p-2 lg:hidden">
            {links}
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[1600px] flex-1 px-3 py-4 focus:outline-none sm:px-4 sm:py-6">
        {children}
      </main>
    </div>
  );
}

function NavBadge({ count }: { count: number }) {
  const t = useTranslations("shell.nav");
  if (count <= 0) return null;
  return (
    <span className="rounded-full bg-amber-400 px-1.5 text-xs font-semibold text-amber-950" data-testid="nav-badge">
      {/* The number is for the eye; the link's accessible name gets the whole sentence. */}
      <span aria-hidden>{count}</span>
      <span className="sr-only">{t("unread", { count })}</span>
    </span>
  );
}
