"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export type SettingsNavKey = "organisation" | "teams" | "people" | "segments" | "apiTokens" | "export";

const hrefs: Record<SettingsNavKey, string> = {
  organisation: "/settings",
  teams: "/settings/teams",
  people: "/settings/people",
  segments: "/settings/segments",
  apiTokens: "/settings/api-tokens",
  export: "/settings/export",
};

/** The settings sections: a row of tabs on a phone, a side menu on wider screens. */
export function SettingsNav({ items }: { items: SettingsNavKey[] }) {
  const t = useTranslations("settings.nav");
  const pathname = usePathname();
  const isActive = (key: SettingsNavKey) => (key === "organisation" ? pathname === hrefs[key] : pathname.startsWith(hrefs[key]));
  return (
    <nav aria-label={t("label")} className="-mx-3 overflow-x-auto px-3 sm:mx-0 sm:px-0 md:w-52 md:shrink-0">
      <ul className="flex gap-1 md:flex-col">
        {items.map((key) => (
          <li key={key} className="shrink-0">
            <Link
              href={hrefs[key]}
              aria-current={isActive(key) ? "page" : undefined}
              className="block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700"
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
