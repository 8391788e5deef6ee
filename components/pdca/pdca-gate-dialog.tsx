"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useEffect, useState } from "react";
import { registerPdcaGateHost, type PdcaGateRequest } from "./gate-requests";
import { PdcaPanel } from "./pdca-panel";

/**
 * Mounted once by the board: a refused drag or "Move to…" opens the card's checklist over the
 * board, at the first missing field, with one button that saves and retries the move. The card
 * stays where it was until that move succeeds.
 */
export function PdcaGateDialogHost() {
  const t = useTranslations("pdca");
  const [request, setRequest] = useState<PdcaGateRequest | null>(null);
  const [opened, setOpened] = useState(0);
  useEffect(
    () =>
      registerPdcaGateHost((next) => {
        setRequest(next);
        setOpened(Date.now());
      }),
    [],
  );
  if (!request) return null;
  return (
    <Dialog.Root open onOpenChange={(open) => (!open ? setRequest(null) : undefined)}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          aria-describedby={undefined}
          // The panel moves focus to the first missing field itself.
          onOpenAutoFocus={(event) => event.preventDefault()}
          className="fixed inset-x-0 bottom-0 top-8 z-50 flex flex-col overflow-y-auto rounded-t-xl bg-white p-4 shadow-xl focus:outline-none sm:inset-y-6 sm:left-1/2 sm:right-auto sm:top-6 sm:w-[min(48rem,calc(100vw-3rem))] sm:-translate-x-1/2 sm:rounded-xl sm:p-6"
        >
          <div className="mb-2 flex items-start gap-2">
            <Dialog.Title className="min-w-0 flex-1 text-lg font-semibold break-words">{request.title}</Dialog.Title>
            <Dialog.Close className="rounded-md p-2 text-slate-600 hover:bg-slate-100" aria-label={t("gate.cancel")}>
              <X aria-hidden className="h-5 w-5" />
            </Dialog.Close>
          </div>
          <PdcaPanel key={opened} improvementId={request.improvementId} gate={request} variant="dialog" onGateDone={() => setRequest(null)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
