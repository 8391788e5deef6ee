"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextArea, TextInput } from "@/components/ui/field";
import { createSegmentAction, setSegmentArchivedAction, updateSegmentAction } from "@/lib/settings/actions";
import type { SegmentDto } from "@/lib/segments/segments";
import { ConfirmButton } from "./confirm-button";
import { useSettingsAction } from "./use-settings-action";

export function SegmentCreateForm() {
  const t = useTranslations("settings.segments");
  const [state, formAction, pending] = useActionState(createSegmentAction, {});
  const values = state.ok ? undefined : state.values;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={state.ok ? state.submittedAt : "segment"}>
      <Field id="new-segment-name" label={t("name")} hint={t("nameHint")} errors={state.fieldErrors?.name}>
        {({ id, describedBy, invalid }) => (
          <TextInput id={id} name="name" required maxLength={80} defaultValue={values?.name} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="new-segment-description" label={t("description")} errors={state.fieldErrors?.description}>
        {({ id, describedBy, invalid }) => (
          <TextArea id={id} name="description" maxLength={500} rows={2} className="min-h-16" defaultValue={values?.description} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <FormMessage message={state.ok === false ? state.message : state.ok ? t("created") : undefined} tone={state.ok ? "success" : "error"} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
      </div>
    </form>
  );
}

export function SegmentList({ segments }: { segments: SegmentDto[] }) {
  const t = useTranslations("settings.segments");
  if (segments.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {segments.map((segment) => (
        <SegmentRow key={segment.id} segment={segment} />
      ))}
    </ul>
  );
}

function SegmentRow({ segment }: { segment: SegmentDto }) {
  const t = useTranslations("settings.segments");
  const common = useTranslations("common");
  const [editing, setEditing] = useState(false);
  const [state, formAction, saving] = useActionState(async (previous: Awaited<ReturnType<typeof updateSegmentAction>>, formData: FormData) => {
    const result = await updateSegmentAction(previous, formData);
    if (result.ok) setEditing(false);
    return result;
  }, {});
  const { pending, run } = useSettingsAction();

  if (editing) {
    return (
      <li className="py-3">
        <form action={formAction} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="id" value={segment.id} />
          <Field id={`segment-name-${segment.id}`} label={t("name")} errors={state.fieldErrors?.name}>
            {({ id, describedBy, invalid }) => (
              <TextInput id={id} name="name" required maxLength={80} autoFocus defaultValue={state.values?.name ?? segment.name} aria-describedby={describedBy} aria-invalid={invalid} />
            )}
          </Field>
          <Field id={`segment-description-${segment.id}`} label={t("description")} errors={state.fieldErrors?.description}>
            {({ id, describedBy, invalid }) => (
              <TextArea
                id={id}
                name="description"
                maxLength={500}
                rows={2}
                className="min-h-16"
                defaultValue={state.values?.description ?? segment.description ?? ""}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
            )}
          </Field>
          <FormMessage message={state.ok === false ? state.message : undefined} />
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={saving}>
              {saving ? common("saving") : common("save")}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setEditing(false)}>
              {common("cancel")}
            </Button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium">
          {segment.name}
          {segment.archived ? " " : null}
          {segment.archived ? <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">{t("archivedBadge")}</span> : null}
        </p>
        {segment.description ? <p className="text-sm text-slate-600">{segment.description}</p> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => setEditing(true)} aria-label={t("editLabel", { name: segment.name })}>
          {common("edit")}
        </Button>
        {segment.archived ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={pending}
            aria-label={t("restoreLabel", { name: segment.name })}
            onClick={() => run(() => setSegmentArchivedAction({ id: segment.id, archived: false }), t("restored", { name: segment.name }))}
          >
            {t("restore")}
          </Button>
        ) : (
          <ConfirmButton
            label={t("archive")}
            ariaLabel={t("archiveLabel", { name: segment.name })}
            title={t("archiveTitle", { name: segment.name })}
            description={t("archiveDescription")}
            confirmLabel={t("archive")}
            disabled={pending}
            onConfirm={() => run(() => setSegmentArchivedAction({ id: segment.id, archived: true }), t("archived", { name: segment.name }))}
          />
        )}
      </div>
    </li>
  );
}
