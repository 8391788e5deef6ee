"use client";

import { X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useCallback, useRef } from "react";
import type { ImprovementDetail as Detail } from "@/lib/board/queries";
import { ImprovementDetail } from "./improvement-detail";
import { goBackLeaving } from "./use-unsaved-warning";

/** The card detail over the board (an intercepted route); closing goes back to the board. */
export function ImprovementDialog({ detail }: { detail: Detail }) {
  const t = useTranslations("board.detail");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const dirty = useRef(false);
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  const close = () => {
    if (!dirty.current) router.back();
    else if (window.confirm(tCommon("unsavedChanges"))) goBackLeaving();
  };
  return (
    <Dialog.Root open onOpenChange={(open) => (!open ? close() : undefined)}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-x-0 bottom-0 top-8 z-50 overflow-y-auto rounded-t-xl bg-white p-4 shadow-xl focus:outline-none sm:inset-y-6 sm:left-1/2 sm:right-auto sm:top-6 sm:w-[min(48rem,calc(100vw-3rem))] sm:-translate-x-1/2 sm:rounded-xl sm:p-6"
        >
          <Dialog.Close className="sticky top-0 z-10 float-right -mr-2 -mt-2 ml-2 rounded-md bg-white/90 p-2 text-slate-600 hover:bg-slate-100" aria-label={t("close")}>
            <X aria-hidden className="h-5 w-5" />
          </Dialog.Close>
          <Dialog.Title className="sr-only">{detail.title}</Dialog.Title>
          <ImprovementDetail detail={detail} onDirtyChange={onDirtyChange} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
