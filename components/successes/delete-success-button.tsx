"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button, buttonClasses } from "@/components/ui/button";
import { deleteSuccessAction } from "@/lib/successes/actions";

export function DeleteSuccessButton({ successId, title }: { successId: string; title: string }) {
  const t = useTranslations("successes.detail");
  const tCommon = useTranslations("common");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      try {
        const result = await deleteSuccessAction({ id: successId });
        if (!result.ok) {
          toast.error(result.message);
          return;
        }
        setOpen(false);
        toast.success(t("deleted"));
        router.push("/successes");
      } catch {
        toast.error(tErrors("unexpected"));
      }
    });

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger className={buttonClasses("ghost", "sm", "text-red-700 hover:bg-red-50")}>
        <Trash2 aria-hidden className="h-4 w-4" />
        {t("delete")}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{t("deleteTitle")}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{t("deleteBody", { title })}</AlertDialog.Description>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel className={buttonClasses("secondary")}>{tCommon("cancel")}</AlertDialog.Cancel>
            <Button variant="danger" onClick={confirm} disabled={pending}>
              {t("deleteConfirm")}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
