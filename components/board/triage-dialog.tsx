"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextArea } from "@/components/ui/field";
import { REASON_MAX } from "@/lib/board/limits";

export type TriageSubmit = (reason: string) => Promise<{ ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string[]> }>;

/** Asks for the reason of a park (optional) or a reject (required); keeps the text on failure. */
export function TriageDialog({
  decision,
  title,
  onSubmit,
  onClose,
}: {
  decision: "park" | "reject";
  title: string;
  onSubmit: TriageSubmit;
  onClose: () => void;
}) {
  const t = useTranslations("board.triage");
  const tCommon = useTranslations("common");
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; fieldErrors?: Record<string, string[]> } | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await onSubmit(reason);
    setPending(false);
    if (result.ok) onClose();
    else setFailure(result);
  }

  return (
    <Dialog.Root open onOpenChange={(open) => (!open ? onClose() : undefined)}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t(decision === "reject" ? "rejectTitle" : "parkTitle")}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600">
            <span className="font-medium text-slate-900">{title}</span> — {t(decision === "reject" ? "rejectIntro" : "parkIntro")}
          </Dialog.Description>
          <form onSubmit={submit} className="mt-4 flex flex-col gap-4" noValidate>
            <Field id="triage-reason" label={t(decision === "reject" ? "reasonLabel" : "parkReasonLabel")} errors={failure?.fieldErrors?.reason}>
              {({ id, describedBy, invalid }) => (
                <TextArea
                  id={id}
                  name="reason"
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  required={decision === "reject"}
                  maxLength={REASON_MAX}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  autoFocus
                />
              )}
            </Field>
            <FormMessage message={failure && !failure.fieldErrors ? failure.message : undefined} />
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button variant="secondary">{tCommon("cancel")}</Button>
              </Dialog.Close>
              <Button type="submit" variant={decision === "reject" ? "danger" : "primary"} disabled={pending}>
                {t(decision === "reject" ? "confirmReject" : "confirmPark")}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
