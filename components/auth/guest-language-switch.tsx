"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { setGuestLocaleAction } from "@/lib/auth/actions";
import { locales } from "@/lib/i18n/config";

export function GuestLanguageSwitch({ current }: { current: string }) {
  const t = useTranslations("common.languages");
  const [pending, startTransition] = useTransition();
  return (
    <nav aria-label="Language / Taal" className="flex gap-3 text-sm">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          disabled={pending}
          aria-current={locale === current ? "true" : undefined}
          onClick={() => startTransition(() => setGuestLocaleAction(locale))}
          className="rounded px-2 py-1 text-slate-600 hover:text-slate-900 aria-[current=true]:font-semibold aria-[current=true]:text-slate-900"
        >
          {t(locale)}
        </button>
      ))}
    </nav>
  );
}
