"use client";

import { PartyPopper } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useActionState, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import { createSuccessAction } from "@/lib/successes/actions";

export type ComplimentDraft = { feedbackId: string; teamId: string | null; title: string; story: string; achievedOn: string };

/**
 * "Share as a success": the compliment goes into the successes log through that module's own
 * action (its permission check, its length limits, and the link back to this compliment, made
 * once only). On success the action opens the new success's page.
 */
export function ShareComplimentDialog({ draft, teams }: { draft: ComplimentDraft; teams: { id: string; name: string }[] }) {
  const t = useTranslations("feedback.compliment");
  const tCommon = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(createSuccessAction, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const prefix = useId();
  const defaultTeam = teams.some((team) => team.id === draft.teamId) ? (draft.teamId ?? "") : (teams[0]?.id ?? "");
  // A problem with the compliment itself (shared meanwhile) has no field of its own in this form.
  const formMessage = state.ok === false ? [state.message, ...(errors.feedbackId ?? [])].filter(Boolean).join(" ") : undefined;

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button variant="secondary" size="sm">
          <PartyPopper aria-hidden className="h-4 w-4" />
          {t("share")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t("shareTitle")}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600">{t("shareIntro")}</Dialog.Description>
          <form action={formAction} className="mt-4 flex flex-col gap-4" noValidate>
            <input type="hidden" name="feedbackId" value={draft.feedbackId} />
            <input type="hidden" name="achievedOn" value={values.achievedOn ?? draft.achievedOn} />
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
                  required
                  defaultValue={values.title ?? draft.title}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              )}
            </Field>
            <Field id={`${prefix}-story`} label={t("story")} hint={t("storyHint")} errors={errors.story ?? errors.achievedOn}>
              {({ id, describedBy, invalid }) => (
                <TextArea
                  id={id}
                  name="story"
                  required
                  defaultValue={values.story ?? draft.story}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              )}
            </Field>
            <FormMessage message={formMessage} />
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
