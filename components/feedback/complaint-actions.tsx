"use client";

import { Lightbulb } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useActionState, useId, useOptimistic, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import type { ComplaintStatus } from "@/lib/db/generated/enums";
import { convertComplaintAction, updateComplaintStatusAction } from "@/lib/feedback/actions";
import { complaintStatuses, EXPECTATION_MAX, TEXT_MAX, TITLE_MAX } from "@/lib/feedback/limits";

type Team = { id: string; name: string };

/** A complaint's status, changed in place; the action sends the updated page (handling time) back. */
export function ComplaintStatusSelect({ id, status, dateLabel }: { id: string; status: ComplaintStatus; dateLabel: string }) {
  const t = useTranslations("feedback.complaint");
  const tStatus = useTranslations("feedback.status");
  // Shows the chosen status at once; falls back to the server's when the save fails.
  const [value, setValue] = useOptimistic(status);
  const [pending, startTransition] = useTransition();
  const selectId = useId();

  function change(next: ComplaintStatus) {
    startTransition(async () => {
      setValue(next);
      const result = await updateComplaintStatusAction({ id, status: next });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t("statusSaved", { status: tStatus(next) }));
    });
  }

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={selectId} className="text-sm text-slate-600">
        <span className="sr-only">{t("statusOf", { date: dateLabel })}</span>
        <span aria-hidden>{t("status")}</span>
      </label>
      <Select
        id={selectId}
        value={value}
        disabled={pending}
        onChange={(event) => change(event.target.value as ComplaintStatus)}
        className="w-auto py-1.5"
      >
        {complaintStatuses.map((option) => (
          <option key={option} value={option}>
            {tStatus(option)}
          </option>
        ))}
      </Select>
    </div>
  );
}

export type ComplaintDraft = {
  feedbackId: string;
  teamId: string | null;
  title: string;
  problem: string;
  /** A prompt, never a value: sent unchanged it would be stored as a real customer expectation. */
  expectationPlaceholder: string;
};

/**
 * "Make a suggestion": a prefilled form in a dialog. The person may edit everything before the
 * suggestion lands on the board; a failed save keeps what they typed. The customer expectation
 * is only prompted for: left empty, the checklist has no expectation yet.
 */
export function ConvertComplaintDialog({ draft, teams }: { draft: ComplaintDraft; teams: Team[] }) {
  const t = useTranslations("feedback.complaint");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(async (previous: Awaited<ReturnType<typeof convertComplaintAction>>, formData: FormData) => {
    const result = await convertComplaintAction(previous, formData);
    if (result.ok && result.data) {
      const href = `/teams/${result.data.teamSlug}/board`;
      setOpen(false);
      toast.success(t("created"), { action: { label: t("openBoard"), onClick: () => router.push(href) } });
    }
    return result;
  }, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const prefix = useId();
  const defaultTeam = teams.some((team) => team.id === draft.teamId) ? (draft.teamId ?? "") : (teams[0]?.id ?? "");

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button variant="secondary" size="sm">
          <Lightbulb aria-hidden className="h-4 w-4" />
          {t("convert")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t("convertTitle")}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600">{t("convertIntro")}</Dialog.Description>
          <form action={formAction} className="mt-4 flex flex-col gap-4" noValidate>
            <input type="hidden" name="feedbackId" value={draft.feedbackId} />
            <Field id={`${prefix}-team`} label={t("team")} errors={errors.teamId}>
              {({ id, describedBy, invalid }) => (
                <Select id={id} name="teamId" defaultValue={values.teamId ?? defaultTeam} aria-describedby={describedBy} aria-invalid={invalid}>
                  {teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id={`${prefix}-title`} label={t("title")} errors={errors.title}>
              {({ id, describedBy, invalid }) => (
                <TextInput
                  id={id}
                  name="title"
                  maxLength={TITLE_MAX}
                  required
                  defaultValue={values.title ?? draft.title}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              )}
            </Field>
            <Field id={`${prefix}-problem`} label={t("problem")} errors={errors.problem}>
              {({ id, describedBy, invalid }) => (
                <TextArea
                  id={id}
                  name="problem"
                  maxLength={TEXT_MAX}
                  defaultValue={values.problem ?? draft.problem}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              )}
            </Field>
            <Field id={`${prefix}-expectation`} label={t("customerExpectation")} hint={t("customerExpectationHint")} errors={errors.customerExpectation}>
              {({ id, describedBy, invalid }) => (
                <TextArea
                  id={id}
                  name="customerExpectation"
                  maxLength={EXPECTATION_MAX}
                  defaultValue={values.customerExpectation ?? ""}
                  placeholder={draft.expectationPlaceholder}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  className="min-h-16"
                />
              )}
            </Field>
            <FormMessage message={state.ok === false ? state.message : undefined} />
            <div className="flex flex-wrap justify-end gap-2">
              <Dialog.Close asChild>
                <Button variant="secondary">{tCommon("cancel")}</Button>
              </Dialog.Close>
              <Button type="submit" disabled={pending}>
                {pending ? t("submitting") : t("submit")}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
