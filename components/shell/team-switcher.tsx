"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActorTeam } from "@/lib/auth/actor";

/** Switches between the person's teams, keeping the page they are on (board, daily start…). */
export function TeamSwitcher({ teams, currentSlug }: { teams: ActorTeam[]; currentSlug: string | null }) {
  const t = useTranslations("shell.team");
  const router = useRouter();
  const pathname = usePathname();
  if (teams.length < 2) {
    const only = teams[0];
    return only ? <span className="hidden truncate text-sm text-slate-600 md:inline">{only.name}</span> : null;
  }
  const known = teams.some((team) => team.slug === currentSlug);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("switch")}</span>
      <select
        className="h-9 max-w-40 rounded-md border border-slate-300 bg-white px-2 text-sm"
        value={known ? (currentSlug ?? "") : ""}
        onChange={(event) => {
          const slug = event.target.value;
          const match = /^\/teams\/[^/]+(\/.*)?$/.exec(pathname);
          router.push(match ? `/teams/${slug}${match[1] ?? ""}` : `/teams/${slug}/board`);
        }}
      >
        {known ? null : <option value="">{t("label")}</option>}
        {teams.map((team) => (
          <option key={team.id} value={team.slug}>
            {team.name}
          </option>
        ))}
      </select>
    </label>
  );
}
