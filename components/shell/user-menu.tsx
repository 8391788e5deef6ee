"use client";

import { Check, ChevronDown, LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import { useTransition } from "react";
import { toast } from "sonner";
import { signOutAction, updateLocaleAction } from "@/lib/auth/actions";
import { locales, type AppLocale } from "@/lib/i18n/config";

type UserMenuProps = { name: string; email: string; organisationName: string; locale: AppLocale };

export function UserMenu({ name, email, organisationName, locale }: UserMenuProps) {
  const t = useTranslations("shell.userMenu");
  const languages = useTranslations("common.languages");
  const [pending, startTransition] = useTransition();
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0])
    .slice(0, 2)
    .join("")
    .toUpperCase();

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={t("open", { name })}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
      >
        <span aria-hidden className="grid h-8 w-8 place-items-center rounded-full bg-slate-800 text-xs font-semibold text-white">
          {initials}
        </span>
        <span className="hidden max-w-40 truncate md:inline">{name}</span>
        <ChevronDown aria-hidden className="h-4 w-4" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-60 rounded-lg bg-white p-1 shadow-lg ring-1 ring-slate-200">
          <div className="px-3 py-2">
            <p className="text-sm font-medium">{name}</p>
            <p className="text-xs text-slate-500">{email}</p>
            <p className="text-xs text-slate-500">{organisationName}</p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Label className="px-3 py-1 text-xs font-medium uppercase tracking-wide text-slate-500">
            {t("language")}
          </DropdownMenu.Label>
          <DropdownMenu.RadioGroup
            value={locale}
            onValueChange={(value) =>
              startTransition(async () => {
                const result = await updateLocaleAction({ locale: value as AppLocale });
                if (!result.ok) toast.error(result.message);
              })
            }
          >
            {locales.map((option) => (
              <DropdownMenu.RadioItem
                key={option}
                value={option}
                lang={option}
                disabled={pending}
                className="flex cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm outline-none data-[highlighted]:bg-slate-100"
              >
                <span className="w-4">
                  <DropdownMenu.ItemIndicator>
                    <Check aria-hidden className="h-4 w-4" />
                  </DropdownMenu.ItemIndicator>
                </span>
                {languages(option)}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item
            className="flex cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm outline-none data-[highlighted]:bg-slate-100"
            onSelect={() => startTransition(() => signOutAction())}
          >
            <LogOut aria-hidden className="h-4 w-4" />
            {t("signOut")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
