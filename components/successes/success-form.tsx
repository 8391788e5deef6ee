"use client";

import { Search, X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useId, useMemo, useState } from "react";
import { useUnsavedWarning } from "@/components/board/use-unsaved-warning";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";
import { createSuccessAction, updateSuccessAction } from "@/lib/successes/actions";
import { STORY_MAX, TITLE_MAX, UNIT_MAX } from "@/lib/successes/schemas";
import type { SuccessFormOptions, SuccessFormValues } from "@/lib/successes/types";

type Props = {
  mode: "create" | "edit";
  successId?: string;
  initial: SuccessFormValues;
  options: SuccessFormOptions;
  /** The team of the success being edited (its team cannot change). */
  fixedTeam?: { id: string; name: string };
  cancelHref: string;
  today: string;
};

const split = (value: string) => value.split(",").filter(Boolean);

/** Record or edit a success. After a refused submit every field, choice and tick comes back. */
export function SuccessForm({ mode, successId, initial, options, fixedTeam, cancelHref, today }: Props) {
  const t = useTranslations("successes.form");
  const [state, formAction, pending] = useActionState(mode === "create" ? createSuccessAction : updateSuccessAction, {});
  const [dirty, setDirty] = useState(false);
  const values: SuccessFormValues = state.ok === false && state.values ? { ...initial, ...state.values } : initial;

  // Reload/close and every link in the app (Cancel too) ask first. Not the Back button: a
  // submit redirects, and a history guard would race that navigation.
  useUnsavedWarning(dirty, { historyBack: false });

  return (
    <form
      action={(formData) => {
        // The action redirects on success; leaving is then intended.
        setDirty(false);
        formAction(formData);
      }}
      onInput={() => setDirty(true)}
      noValidate
      className="flex flex-col gap-5"
    >
      {successId ? <input type="hidden" name="id" value={successId} /> : null}
      {/* The live region stays in the page (so it is announced) but takes no space while empty. */}
      <div className="-mb-5 has-[p]:mb-0">
        <FormMessage message={state.ok === false ? state.message : undefined} />
      </div>
      {/* Remounted after each refused submit, so the fields start from what was sent. */}
      <FormFields key={state.submittedAt ?? "initial"} values={values} errors={state.fieldErrors ?? {}} options={options} fixedTeam={fixedTeam} today={today} />
      <div className="flex flex-col-reverse gap-2 border-t border-slate-200 pt-4 sm:flex-row sm:justify-end">
        <Link href={cancelHref} className={buttonClasses("secondary")}>
          {t("cancel")}
        </Link>
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : mode === "create" ? t("submitNew") : t("submitEdit")}
        </Button>
      </div>
    </form>
  );
}

function FormFields({
  values,
  errors,
  options,
  fixedTeam,
  today,
}: {
  values: SuccessFormValues;
  errors: FieldErrors;
  options: SuccessFormOptions;
  fixedTeam?: { id: string; name: string };
  today: string;
}) {
  const t = useTranslations("successes.form");
  const [teamId, setTeamId] = useState(fixedTeam?.id ?? values.teamId);
  const team = fixedTeam ?? options.teams.find((candidate) => candidate.id === teamId);

  return (
    <>
      {fixedTeam ? (
        <p className="text-sm text-slate-700">
          <span className="font-medium">{t("team")}:</span> {fixedTeam.name}
        </p>
      ) : options.teams.length === 1 && options.teams[0] ? (
        <p className="text-sm text-slate-700">
          <input type="hidden" name="teamId" value={options.teams[0].id} />
          <span className="font-medium">{t("team")}:</span> {options.teams[0].name}
        </p>
      ) : (
        <Field id="success-team" label={t("team")} errors={errors.teamId}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} name="teamId" value={teamId} onChange={(event) => setTeamId(event.target.value)} aria-describedby={describedBy} aria-invalid={invalid}>
              <option value="">{t("chooseTeam")}</option>
              {options.teams.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {!fixedTeam && options.teams.length === 1 ? <FieldErrorsList id="success-team-error" errors={errors.teamId} /> : null}

      <Field id="success-title" label={t("title")} hint={t("titleHint")} errors={errors.title}>
        {({ id, describedBy, invalid }) => (
          <TextInput id={id} name="title" defaultValue={values.title} maxLength={TITLE_MAX} required aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>

      <Field id="success-date" label={t("achievedOn")} errors={errors.achievedOn}>
        {({ id, describedBy, invalid }) => (
          <TextInput id={id} name="achievedOn" type="date" defaultValue={values.achievedOn} max={today} required aria-describedby={describedBy} aria-invalid={invalid} className="sm:max-w-52" />
        )}
      </Field>

      <Field id="success-story" label={t("story")} hint={t("storyHint")} errors={errors.story}>
        {({ id, describedBy, invalid }) => (
          <TextArea id={id} name="story" defaultValue={values.story} maxLength={STORY_MAX} rows={8} required aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>

      <fieldset className="flex flex-col gap-2" aria-describedby="success-effect-hint">
        <legend className="text-sm font-medium text-slate-800">{t("effect")}</legend>
        <p id="success-effect-hint" className="-mt-1 text-xs text-slate-500">
          {t("effectHint")}
        </p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <div className="sm:w-36">
            <Field id="success-effect-value" label={<span className="text-xs text-slate-600">{t("effectValue")}</span>} errors={errors.effectValue}>
              {({ id, describedBy, invalid }) => (
                <TextInput id={id} name="effectValue" defaultValue={values.effectValue} inputMode="decimal" placeholder="−30" autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} />
              )}
            </Field>
          </div>
          <div className="flex-1">
            <Field id="success-effect-unit" label={<span className="text-xs text-slate-600">{t("effectUnit")}</span>} errors={errors.effectUnit}>
              {({ id, describedBy, invalid }) => (
                <TextInput
                  id={id}
                  name="effectUnit"
                  defaultValue={values.effectUnit}
                  maxLength={UNIT_MAX}
                  placeholder={t("effectUnitPlaceholder")}
                  autoComplete="off"
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              )}
            </Field>
          </div>
        </div>
      </fieldset>

      <ImprovementPicker improvements={options.improvements.filter((improvement) => improvement.teamId === teamId)} initial={split(values.improvementIds)} errors={errors.improvementIds} />

      <PeoplePicker people={options.people} teamId={teamId} teamName={team?.name ?? ""} initial={split(values.contributorIds)} errors={errors.contributorIds} />
    </>
  );
}

function FieldErrorsList({ id, errors }: { id: string; errors?: string[] }) {
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

function ImprovementPicker({ improvements, initial, errors }: { improvements: SuccessFormOptions["improvements"]; initial: string[]; errors?: string[] }) {
  const t = useTranslations("successes.form");
  const [selected, setSelected] = useState<string[]>(initial);
  const baseId = useId();
  // Choices of a team no longer picked are not sent.
  const sent = selected.filter((id) => improvements.some((improvement) => improvement.id === id));
  const errorId = errors?.length ? `${baseId}-error` : undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={[`${baseId}-hint`, errorId].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium text-slate-800">{t("improvements")}</legend>
      <p id={`${baseId}-hint`} className="-mt-1 text-xs text-slate-500">
        {t("improvementsHint")}
      </p>
      <input type="hidden" name="improvementIds" value={sent.join(",")} />
      {improvements.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600 ring-1 ring-slate-200">{t("noImprovements")}</p>
      ) : (
        <ul className="flex max-h-60 flex-col divide-y divide-slate-100 overflow-y-auto rounded-md bg-white ring-1 ring-slate-200">
          {improvements.map((improvement) => (
            <li key={improvement.id}>
              <label className="flex cursor-pointer items-start gap-3 px-3 py-2.5 text-sm hover:bg-slate-50">
                <input
                  type="checkbox"
                  className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
                  checked={selected.includes(improvement.id)}
                  onChange={(event) =>
                    setSelected((current) => (event.target.checked ? [...current, improvement.id] : current.filter((id) => id !== improvement.id)))
                  }
                />
                <span className="min-w-0 break-words">
                  {improvement.title}
                  {improvement.done ? null : <span className="ml-1 text-xs text-slate-500">({t("notDone")})</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldErrorsList id={`${baseId}-error`} errors={errors} />
    </fieldset>
  );
}

// Case and accents do not matter when looking for "Yılmaz" or "el amrani".
const fold = (text: string) =>
  text
    .toLocaleLowerCase("nl")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/ı/g, "i");

function PeoplePicker({
  people,
  teamId,
  teamName,
  initial,
  errors,
}: {
  people: SuccessFormOptions["people"];
  teamId: string;
  teamName: string;
  initial: string[];
  errors?: string[];
}) {
  const t = useTranslations("successes.form");
  const [selected, setSelected] = useState<string[]>(initial);
  const [query, setQuery] = useState("");
  const baseId = useId();
  const byId = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);
  const matches = people.filter((person) => query.trim() === "" || fold(person.name).includes(fold(query.trim())));
  const groups = [
    { key: "team", label: teamName ? t("teamPeople", { team: teamName }) : null, people: matches.filter((person) => person.teamIds.includes(teamId)) },
    { key: "others", label: t("otherPeople"), people: matches.filter((person) => !person.teamIds.includes(teamId)) },
  ].filter((group) => group.people.length > 0);
  const toggle = (id: string, on: boolean) => setSelected((current) => (on ? (current.includes(id) ? current : [...current, id]) : current.filter((other) => other !== id)));
  const errorId = errors?.length ? `${baseId}-error` : undefined;

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={[`${baseId}-hint`, errorId].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium text-slate-800">{t("contributors")}</legend>
      <p id={`${baseId}-hint`} className="-mt-1 text-xs text-slate-500">
        {t("contributorsHint")}
      </p>
      <input type="hidden" name="contributorIds" value={selected.join(",")} />
      {selected.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5">
          {selected.map((id) => {
            const name = byId.get(id)?.name ?? id;
            return (
              <li key={id}>
                <button
                  type="button"
                  onClick={() => toggle(id, false)}
                  className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-2.5 pr-1.5 text-sm text-brand-900 ring-1 ring-brand-100 hover:bg-brand-100"
                  aria-label={t("removePerson", { name })}
                >
                  {name}
                  <X aria-hidden className="h-3.5 w-3.5" />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="relative">
        <label htmlFor={`${baseId}-search`} className="sr-only">
          {t("searchPeople")}
        </label>
        <Search aria-hidden className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" />
        <TextInput
          id={`${baseId}-search`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          // Enter in the search box must not submit the whole form.
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
          placeholder={t("searchPeople")}
          autoComplete="off"
          className="pl-8"
        />
      </div>
      <div className="max-h-64 overflow-y-auto rounded-md bg-white ring-1 ring-slate-200">
        {groups.length === 0 ? <p className="px-3 py-2.5 text-sm text-slate-500">{t("noPeopleMatch")}</p> : null}
        {groups.map((group) => (
          <div key={group.key} role="group" aria-labelledby={group.label ? `${baseId}-${group.key}` : undefined}>
            {group.label ? (
              <p id={`${baseId}-${group.key}`} className="sticky top-0 bg-slate-50 px-3 py-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {group.label}
              </p>
            ) : null}
            <ul className="divide-y divide-slate-100">
              {group.people.map((person) => (
                <li key={person.id}>
                  <label className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm hover:bg-slate-50">
                    <input
                      type="checkbox"
                      className="h-4 w-4 shrink-0 accent-brand-600"
                      checked={selected.includes(person.id)}
                      onChange={(event) => toggle(person.id, event.target.checked)}
                    />
                    <span className="min-w-0 break-words">{person.name}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p className="text-xs text-slate-500" aria-live="polite">
        {t("selectedCount", { count: selected.length })}
      </p>
      <FieldErrorsList id={`${baseId}-error`} errors={errors} />
    </fieldset>
  );
}
