"use client";

import { AlertDialog } from "radix-ui";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button, buttonClasses } from "@/components/ui/button";

type Props = {
  label: ReactNode;
  /** The accessible name of the trigger when the label alone is ambiguous in a list. */
  ariaLabel?: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** The trigger's look; the confirming button is red when `destructive`. */
  variant?: "secondary" | "ghost";
  destructive?: boolean;
};

/** A button that asks first: for archiving, deactivating and removing. */
export function ConfirmButton({ label, ariaLabel, title, description, confirmLabel, onConfirm, disabled, variant = "secondary", destructive = false }: Props) {
  const t = useTranslations("common");
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant={variant} size="sm" disabled={disabled} aria-label={ariaLabel} className={destructive ? "text-red-700 hover:text-red-800 disabled:text-slate-400" : ""}>
          {label}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl ring-1 ring-slate-200">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{description}</AlertDialog.Description>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel className={buttonClasses("secondary")}>{t("cancel")}</AlertDialog.Cancel>
            <AlertDialog.Action className={buttonClasses(destructive ? "danger" : "primary")} onClick={onConfirm}>
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
