"use client";

import { Award, Lightbulb, MessageSquarePlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useActionState, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import type { FormState } from "@/lib/auth/action";
import { createImprovementAction } from "@/lib/board/actions";
import { TEXT_MAX as IMPROVEMENT_TEXT_MAX, TITLE_MAX as IMPROVEMENT_TITLE_MAX } from "@/lib/board/limits";
import { recordSuccessAction } from "@/lib/daily-start/actions";
import { createFeedbackAction } from "@/lib/feedback/actions";
import { FeedbackChannel } from "@/lib/db/generated/enums";

// The feedback and success fields carry no maxLength: those modules keep their limits in their
// zod schemas, which the browser should not download; their actions answer a too-long text at
// the field, and keep it.
const channels = Object.values(FeedbackChannel).filter((channel) => channel !== "SURVEY");

type Props = { teamId: string; today: string; canLogFeedback: boolean; canRecordSuccess: boolean; canSuggest: boolean };

function QuickDialog({
  label,
  icon,
  title,
  intro,
  children,
}: {
  label: string;
  icon: React.ReactNode;
  title: string;
  intro: string;
  children: (close: () => void) => React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button variant="secondary" size="sm">
          {icon}
          {label}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-[8vh] z-50 max-h-[84vh] w-[min(32rem,calc(100vw-1rem))] -translate-x-1/2 overflow-y-auto rounded-lg bg-white p-4 shadow-xl sm:p-5">
          <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600">{intro}</Dialog.Description>
          {children(() => setOpen(false))}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** After a successful save: say so, close the dialog and refetch the page (the look-back lists it). */
function useSaved<T>(state: FormState<T>, message: string, close: () => void) {
  const router = useRouter();
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!state.submittedAt || handled.current === state.submittedAt || !state.ok) return;
    handled.current = state.submittedAt;
    toast.success(message);
    close();
    router.refresh();
  }, [close, message, router, state]);
}

function Actions({ pending, submit }: { pending: boolean; submit: string }) {
  const tCommon = useTranslations("common");
  return (
    <div className="flex justify-end gap-2">
      <Dialog.Close asChild>
        <Button variant="secondary">{tCommon("cancel")}</Button>
      </Dialog.Close>
      <Button type="submit" disabled={pending}>
        {pending ? tCommon("saving") : submit}
      </Button>
    </div>
  );
}

function FeedbackQuickForm({ teamId, today, close }: { teamId: string; today: string; close: () => void }) {
  const t = useTranslations("dailyStart.quick.feedback");
  const tChannel = useTranslations("feedback.channel");
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(createFeedbackAction, {});
  useSaved(state, t("saved"), close);
  const values = state.ok === false ? state.values : undefined;
  const errors = state.ok === false ? state.fieldErrors : undefined;
  const type = values?.type ?? "COMPLIMENT";
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-4" key={state.submittedAt ?? "form"}>
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="receivedOn" value={today} />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">{t("type")}</legend>
        <div className="flex gap-4">
          {(["COMPLAINT", "COMPLIMENT"] as const).map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm">
              <input type="radio" name="type" value={option} defaultChecked={type === option} className="h-4 w-4 accent-brand-600" />
              {t(`types.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="quick-feedback-text" label={t("text")} hint={t("textHint")} errors={errors?.text}>
        {({ id, describedBy, invalid }) => (
          <TextArea id={id} name="text" defaultValue={values?.text} aria-describedby={describedBy} aria-invalid={invalid} className="min-h-20" />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="quick-feedback-channel" label={t("channel")} errors={errors?.channel}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} name="channel" defaultValue={values?.channel ?? "PHONE"} aria-describedby={describedBy} aria-invalid={invalid}>
              {channels.map((channel) => (
                <option key={channel} value={channel}>
                  {tChannel(channel)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="quick-feedback-customer" label={`${t("customerName")} (${tCommon("optional")})`} errors={errors?.customerName}>
          {({ id, describedBy, invalid }) => (
            <TextInput id={id} name="customerName" defaultValue={values?.customerName} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="off" />
          )}
        </Field>
      </div>
      <FormMessage message={state.ok === false && (!state.fieldErrors || errors?.type || errors?.receivedOn || errors?.teamId) ? state.message : undefined} />
      <Actions pending={pending} submit={t("submit")} />
    </form>
  );
}

function SuccessQuickForm({ teamId, today, close }: { teamId: string; today: string; close: () => void }) {
  const t = useTranslations("dailyStart.quick.success");
  const [state, formAction, pending] = useActionState(recordSuccessAction, {});
  useSaved(state, t("saved"), close);
  const values = state.ok === false ? state.values : undefined;
  const errors = state.ok === false ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-4" key={state.submittedAt ?? "form"}>
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="achievedOn" value={today} />
      <Field id="quick-success-title" label={t("titleLabel")} errors={errors?.title}>
        {({ id, describedBy, invalid }) => (
          <TextInput id={id} name="title" defaultValue={values?.title} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="off" />
        )}
      </Field>
      <Field id="quick-success-story" label={t("story")} hint={t("storyHint")} errors={errors?.story}>
        {({ id, describedBy, invalid }) => (
          <TextArea id={id} name="story" defaultValue={values?.story} aria-describedby={describedBy} aria-invalid={invalid} className="min-h-20" />
        )}
      </Field>
      <FormMessage message={state.ok === false && (!state.fieldErrors || errors?.teamId || errors?.achievedOn) ? state.message : undefined} />
      <Actions pending={pending} submit={t("submit")} />
    </form>
  );
}

function SuggestionQuickForm({ teamId, close }: { teamId: string; close: () => void }) {
  const t = useTranslations("dailyStart.quick.suggestion");
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(createImprovementAction, {});
  useSaved(state, t("saved"), close);
  const values = state.ok === false ? state.values : undefined;
  const errors = state.ok === false ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-col gap-4" key={state.submittedAt ?? "form"}>
      <input type="hidden" name="teamId" value={teamId} />
      <Field id="quick-suggestion-title" label={t("titleLabel")} errors={errors?.title}>
        {({ id, describedBy, invalid }) => (
          <TextInput id={id} name="title" maxLength={IMPROVEMENT_TITLE_MAX} defaultValue={values?.title} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="off" />
        )}
      </Field>
      <Field id="quick-suggestion-problem" label={`${t("problem")} (${tCommon("optional")})`} errors={errors?.problem}>
        {({ id, describedBy, invalid }) => (
          <TextArea id={id} name="problem" maxLength={IMPROVEMENT_TEXT_MAX} defaultValue={values?.problem} aria-describedby={describedBy} aria-invalid={invalid} className="min-h-16" />
        )}
      </Field>
      <FormMessage message={state.ok === false && (!state.fieldErrors || errors?.teamId) ? state.message : undefined} />
      <Actions pending={pending} submit={t("submit")} />
    </form>
  );
}

/** Log a complaint or compliment, record a success, add a suggestion — without leaving the stand-up. */
export function QuickActions({ teamId, today, canLogFeedback, canRecordSuccess, canSuggest }: Props) {
  const t = useTranslations("dailyStart.quick");
  if (!canLogFeedback && !canRecordSuccess && !canSuggest) return null;
  return (
    <div role="group" aria-label={t("label")} className="flex flex-wrap gap-2">
      {canLogFeedback ? (
        <QuickDialog label={t("feedback.open")} icon={<MessageSquarePlus aria-hidden className="h-4 w-4" />} title={t("feedback.title")} intro={t("feedback.intro")}>
          {(close) => <FeedbackQuickForm teamId={teamId} today={today} close={close} />}
        </QuickDialog>
      ) : null}
      {canRecordSuccess ? (
        <QuickDialog label={t("success.open")} icon={<Award aria-hidden className="h-4 w-4" />} title={t("success.title")} intro={t("success.intro")}>
          {(close) => <SuccessQuickForm teamId={teamId} today={today} close={close} />}
        </QuickDialog>
      ) : null}
      {canSuggest ? (
        <QuickDialog label={t("suggestion.open")} icon={<Lightbulb aria-hidden className="h-4 w-4" />} title={t("suggestion.title")} intro={t("suggestion.intro")}>
          {(close) => <SuggestionQuickForm teamId={teamId} close={close} />}
        </QuickDialog>
      ) : null}
    </div>
  );
}
