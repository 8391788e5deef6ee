"use client";

import { ArrowLeft, ArrowRight, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import type { Stage } from "@/lib/db/generated/enums";
import { createColumnAction, deleteColumnAction, moveColumnAction, updateColumnAction } from "@/lib/settings/actions";
import type { SettingsColumn } from "@/lib/settings/columns";
import { ConfirmButton } from "./confirm-button";
import { useSettingsAction } from "./use-settings-action";

// Mirrors lib/settings/columns.ts's stageOrder (that module is server-only).
const stages: readonly Stage[] = ["IDEA", "PLAN", "DO", "CHECK", "ACT", "DONE"];

type Props = { teamId: string; columns: SettingsColumn[]; readOnly: boolean };

/** The team's board columns grouped by PDCA stage: rename, WIP limit, order within the stage, add, remove. */
export function ColumnEditor({ teamId, columns, readOnly }: Props) {
  const t = useTranslations("settings.columns");
  return (
    <div className="flex flex-col gap-5">
      <ol className="flex flex-col gap-4">
        {stages.map((stage) => {
          const group = columns.filter((column) => column.stage === stage);
          return (
            <li key={stage} aria-labelledby={`stage-${stage}`}>
              <h3 id={`stage-${stage}`} className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">
                {t("stageHeading", { stage: t(`stages.${stage}`) })}
              </h3>
              {group.length === 0 ? (
                <p className="text-sm text-slate-500">{t("emptyStage")}</p>
              ) : (
                <ul className="flex flex-col gap-2">
                  {group.map((column, index) => (
                    <ColumnRow key={column.id} column={column} index={index} groupSize={group.length} readOnly={readOnly} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {readOnly ? null : <AddColumnForm teamId={teamId} />}
    </div>
  );
}

function ColumnRow({ column, index, groupSize, readOnly }: { column: SettingsColumn; index: number; groupSize: number; readOnly: boolean }) {
  const t = useTranslations("settings.columns");
  const common = useTranslations("common");
  const [state, formAction, saving] = useActionState(updateColumnAction, {});
  const { pending, run } = useSettingsAction();
  const fieldId = (name: string) => `column-${column.id}-${name}`;
  const counts = t("counts", { active: column.activeCount, offBoard: column.offBoardCount });

  if (readOnly) {
    return (
      <li className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
        <p className="font-medium">{column.name}</p>
        <p className="text-sm text-slate-500">
          {column.wipLimit === null ? t("noLimit") : t("limit", { limit: column.wipLimit })} · {counts}
        </p>
      </li>
    );
  }

  const removable = groupSize > 1 && column.activeCount === 0;
  return (
    <li className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      <form action={formAction} noValidate>
        <fieldset className="flex flex-col gap-3">
          <legend className="sr-only">{t("columnLegend", { name: column.name })}</legend>
          <input type="hidden" name="columnId" value={column.id} />
          <div className="grid grid-cols-[1fr_6rem] gap-3 sm:grid-cols-[1fr_8rem_auto] sm:items-start">
            <Field id={fieldId("name")} label={t("name")} errors={state.fieldErrors?.name}>
              {({ id, describedBy, invalid }) => (
                <TextInput
                  id={id}
                  name="name"
                  required
                  maxLength={40}
                  defaultValue={state.values?.name ?? column.name}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              )}
            </Field>
            <Field id={fieldId("wip")} label={t("wipLimit")} errors={state.fieldErrors?.wipLimit}>
              {({ id, describedBy, invalid }) => (
                <TextInput
                  id={id}
                  name="wipLimit"
                  inputMode="numeric"
                  placeholder={t("wipPlaceholder")}
                  defaultValue={state.values?.wipLimit ?? column.wipLimit ?? ""}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              )}
            </Field>
            <Button type="submit" size="md" variant="secondary" disabled={saving} className="col-span-2 sm:col-span-1 sm:mt-6" aria-label={t("saveLabel", { name: column.name })}>
              {saving ? common("saving") : common("save")}
            </Button>
          </div>
        </fieldset>
      </form>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-500">{counts}</p>
        <div className="flex flex-wrap gap-1">
          <Button
            variant="ghost"
            size="sm"
            disabled={pending || index === 0}
            aria-label={t("moveEarlier", { name: column.name })}
            title={t("moveEarlier", { name: column.name })}
            onClick={() => run(() => moveColumnAction({ columnId: column.id, index: index - 1 }))}
          >
            <ArrowLeft aria-hidden className="h-4 w-4" />
          </Button>
          <Button
            variant="ghost"
            size="sm"
            disabled={pending || index === groupSize - 1}
            aria-label={t("moveLater", { name: column.name })}
            title={t("moveLater", { name: column.name })}
            onClick={() => run(() => moveColumnAction({ columnId: column.id, index: index + 1 }))}
          >
            <ArrowRight aria-hidden className="h-4 w-4" />
          </Button>
          <ConfirmButton
            variant="ghost"
            destructive
            label={<Trash2 aria-hidden className="h-4 w-4" />}
            ariaLabel={t("removeLabel", { name: column.name })}
            title={t("removeTitle", { name: column.name })}
            description={column.offBoardCount > 0 ? t("removeDescriptionOffBoard", { count: column.offBoardCount }) : t("removeDescription")}
            confirmLabel={t("remove")}
            disabled={pending || !removable}
            onConfirm={() => run(() => deleteColumnAction({ columnId: column.id }), t("removed", { name: column.name }))}
          />
        </div>
      </div>
      <FormMessage message={state.ok === false ? state.message : state.ok ? common("saved") : undefined} tone={state.ok ? "success" : "error"} />
    </li>
  );
}

function AddColumnForm({ teamId }: { teamId: string }) {
  const t = useTranslations("settings.columns");
  const [state, formAction, pending] = useActionState(createColumnAction, {});
  const values = state.ok ? undefined : state.values;
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-md p-3 ring-1 ring-slate-200" noValidate key={state.ok ? state.submittedAt : "add-column"}>
      <h3 className="text-sm font-semibold">{t("add")}</h3>
      <input type="hidden" name="teamId" value={teamId} />
      <div className="grid grid-cols-[1fr_6rem] gap-3 sm:grid-cols-[10rem_1fr_8rem]">
        <div className="col-span-2 sm:col-span-1">
          <Field id="new-column-stage" label={t("stage")} hint={t("stageHint")} errors={state.fieldErrors?.stage}>
            {({ id, describedBy, invalid }) => (
              <Select id={id} name="stage" defaultValue={values?.stage ?? "DO"} aria-describedby={describedBy} aria-invalid={invalid}>
                {stages.map((stage) => (
                  <option key={stage} value={stage}>
                    {t(`stages.${stage}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field id="new-column-name" label={t("name")} errors={state.fieldErrors?.name}>
          {({ id, describedBy, invalid }) => (
            <TextInput id={id} name="name" required maxLength={40} defaultValue={values?.name} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
        <Field id="new-column-wip" label={t("wipLimit")} errors={state.fieldErrors?.wipLimit}>
          {({ id, describedBy, invalid }) => (
            <TextInput
              id={id}
              name="wipLimit"
              inputMode="numeric"
              placeholder={t("wipPlaceholder")}
              defaultValue={values?.wipLimit}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      </div>
      <FormMessage message={state.ok === false ? state.message : state.ok ? t("added") : undefined} tone={state.ok ? "success" : "error"} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("adding") : t("addSubmit")}
        </Button>
      </div>
    </form>
  );
}
