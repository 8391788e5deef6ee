"use client";

import { useTranslations } from "next-intl";
import type { LiveViewer } from "@/lib/realtime/protocol";

const SHOWN = 5;
// Dark enough for small white initials (WCAG AA contrast, at least 4.5:1) in every colour.
const palette = ["bg-sky-700", "bg-emerald-700", "bg-amber-700", "bg-rose-700", "bg-violet-700", "bg-teal-700", "bg-fuchsia-700", "bg-lime-800"];

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

function colour(userId: string): string {
  let hash = 0;
  for (const character of userId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? "bg-slate-600";
}

/** Who else is looking at this board right now: initials, names on hover and for screen readers. */
export function PresenceIndicator({ viewers, selfId }: { viewers: LiveViewer[]; selfId: string | null }) {
  const t = useTranslations("realtime.presence");
  const others = viewers.filter((viewer) => viewer.userId !== selfId);
  if (others.length === 0) return null;
  const shown = others.slice(0, SHOWN);
  const hidden = others.length - shown.length;
  return (
    <div className="flex items-center gap-2" data-testid="presence">
      <span className="sr-only">{t("label")}</span>
      <ul className="flex -space-x-1.5" aria-label={t("label")}>
        {shown.map((viewer) => (
          <li
            key={viewer.userId}
            title={viewer.name}
            className={`flex size-7 items-center justify-center rounded-full text-[11px] font-semibold text-white ring-2 ring-white ${colour(viewer.userId)}`}
          >
            <span aria-hidden="true">{initials(viewer.name)}</span>
            <span className="sr-only">{viewer.name}</span>
          </li>
        ))}
        {hidden > 0 ? (
          <li className="flex h-7 items-center rounded-full bg-slate-200 px-2 text-xs font-medium text-slate-700 ring-2 ring-white">
            {t("more", { count: hidden })}
          </li>
        ) : null}
      </ul>
      <span className="hidden text-xs text-slate-600 sm:inline">{t("others", { count: others.length })}</span>
    </div>
  );
}
