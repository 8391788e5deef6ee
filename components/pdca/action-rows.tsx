"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select, TextArea, TextInput } from "@/components/ui/field";
import { ACTIONS_MAX } from "@/lib/pdca/limits";
import type { PdcaActionDto, PersonRef } from "@/lib/pdca/types";
import { fieldDomId } from "./fields";

/** A planned action as the form holds it; controlled, so nothing typed is lost on a failed save. */
export type ActionRow = { key: string; id: string | null; description: string; ownerId: string; dueDate: string; done: boolean };

let counter = 0;
const newKey = () => `new-${(counter += 1)}`;

export function rowsFrom(actions: PdcaActionDto[]): ActionRow[] {
  return actions.map((action) => ({
    key: action.id,
    id: action.id,
    description: action.description,
    ownerId: action.owner?.id ?? "",
    dueDate: action.dueDate ?? "",
    done: action.done,
  }));
}

export function emptyRow(): ActionRow {
  return { key: newKey(), id: null, description: "", ownerId: "", dueDate: "", done: false };
}

type Props = {
  rows: ActionRow[];
  members: PersonRef[];
  /** Owners of saved actions who left the team stay visible. */
  knownOwners: PersonRef[];
  errors: (path: string) => string[] | undefined;
  onChange: (rows: ActionRow[]) => void;
};

/** Plan: what, who, by when. Ticking off happens in Do, on the same rows. */
export function ActionRows({ rows, members, knownOwners, errors, onChange }: Props) {
  const t = useTranslations("pdca.plan");
  const update = (key: string, patch: Partial<ActionRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const owners = [...members, ...knownOwners.filter((owner) => !members.some((member) => member.id === owner.id))];
  return (
    <fieldset className="flex flex-col gap-2" data-pdca-field="plan.actions">
      <legend className="text-sm font-medium text-slate-800">{t("actions")}</legend>
      <p className="text-xs text-slate-500">{t("actionsHint")}</p>
      {rows.length === 0 ? <p className="text-sm text-slate-500">{t("actionsEmpty")}</p> : null}
      <ol className="flex flex-col gap-2">
        {rows.map((row, index) => {
          const base = `plan.actions.${index}`;
          const descriptionErrors = errors(`${base}.description`);
          const ownerErrors = errors(`${base}.ownerId`);
          const dueErrors = errors(`${base}.dueDate`);
          const errorId = (field: string) => `${fieldDomId(`${base}.${field}`)}-error`;
          return (
            <li key={row.key} className="rounded-md bg-slate-50 p-2.5 ring-1 ring-slate-200">
              <fieldset className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_11rem_9.5rem_auto] sm:items-start">
                <legend className="sr-only">{t("action", { number: index + 1 })}</legend>
                {row.id ? <input type="hidden" name={`${base}.id`} value={row.id} /> : null}
                <div className="flex flex-col gap-1" data-pdca-field={`${base}.description`}>
                  <label htmlFor={fieldDomId(`${base}.description`)} className="text-xs font-medium text-slate-600">
                    {t("actionDescription")} <span className="sr-only">({t("action", { number: index + 1 })})</span>
                  </label>
                  <TextArea
                    id={fieldDomId(`${base}.description`)}
                    name={`${base}.description`}
                    rows={1}
                    // Grows with the text where the browser can, so a long action stays readable.
                    className="min-h-0! resize-y field-sizing-content"
                    value={row.description}
                    onChange={(event) => update(row.key, { description: event.target.value })}
                    aria-invalid={descriptionErrors ? true : undefined}
                    aria-describedby={descriptionErrors ? errorId("description") : undefined}
                  />
                  <FieldErrors id={errorId("description")} errors={descriptionErrors} />
                </div>
                <div className="flex flex-col gap-1" data-pdca-field={`${base}.ownerId`}>
                  <label htmlFor={fieldDomId(`${base}.ownerId`)} className="text-xs font-medium text-slate-600">
                    {t("actionOwner")}
                  </label>
                  <Select
                    id={fieldDomId(`${base}.ownerId`)}
                    name={`${base}.ownerId`}
                    value={row.ownerId}
                    onChange={(event) => update(row.key, { ownerId: event.target.value })}
                    aria-invalid={ownerErrors ? true : undefined}
                    aria-describedby={ownerErrors ? errorId("ownerId") : undefined}
                  >
                    <option value="">{t("actionOwnerNone")}</option>
                    {owners.map((member) => (
                      <option key={member.id} value={member.id}>
                        {member.name}
                      </option>
                    ))}
                  </Select>
                  <FieldErrors id={errorId("ownerId")} errors={ownerErrors} />
                </div>
                <div className="flex flex-col gap-1" data-pdca-field={`${base}.dueDate`}>
                  <label htmlFor={fieldDomId(`${base}.dueDate`)} className="text-xs font-medium text-slate-600">
                    {t("actionDue")}
                  </label>
                  <TextInput
                    id={fieldDomId(`${base}.dueDate`)}
                    name={`${base}.dueDate`}
                    type="date"
                    value={row.dueDate}
                    onChange={(event) => update(row.key, { dueDate: event.target.value })}
                    aria-invalid={dueErrors ? true : undefined}
                    aria-describedby={dueErrors ? errorId("dueDate") : undefined}
                  />
                  <FieldErrors id={errorId("dueDate")} errors={dueErrors} />
                </div>
                <div className="flex justify-end sm:pt-5">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={t("actionRemove", { number: index + 1 })}
                    title={t("actionRemove", { number: index + 1 })}
                    onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
                  >
                    <Trash2 aria-hidden className="h-4 w-4" />
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" size="sm" onClick={() => onChange([...rows, emptyRow()])} disabled={rows.length >= ACTIONS_MAX}>
          <Plus aria-hidden className="h-4 w-4" />
          {t("actionAdd")}
        </Button>
        {rows.length >= ACTIONS_MAX ? <span className="text-xs text-slate-500">{t("actionsMax", { max: ACTIONS_MAX })}</span> : null}
      </div>
      <FieldErrors id={`${fieldDomId("plan.actions")}-error`} errors={errors("plan.actions")} />
    </fieldset>
  );
}

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite">
      {errors?.map((error) => (
        <p key={error} className="text-sm text-red-700">
          {error}
        </p>
      ))}
    </div>
  );
}
