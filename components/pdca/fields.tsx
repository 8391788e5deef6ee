"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Field, TextArea, TextInput } from "@/components/ui/field";

// Checklist fields. Inputs are named by their path ("plan.expectation"): the same path the
// schema's errors and the stage gates' refusals use, so every message lands at its field.
// `data-pdca-field` marks the wrapper the checklist scrolls to and focuses on a refused move.

export function fieldDomId(path: string): string {
  return `pdca-${path.replace(/\./g, "-")}`;
}

type TextFieldProps = {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  defaultValue: string;
  max: number;
  multiline?: boolean;
  rows?: number;
  readOnly?: boolean;
  /** Marks the field as one a stage gate asks for. */
  badge?: ReactNode;
  onValue?: (value: string) => void;
  after?: ReactNode;
};

/**
 * A text field with its length limit shown once the text nears it. No `maxLength`: pasted text
 * is never cut off silently; the server answers with a clear message instead.
 */
export function TextField({ path, label, hint, errors, defaultValue, max, multiline, rows, badge, onValue, after }: TextFieldProps) {
  const t = useTranslations("pdca");
  const [length, setLength] = useState(defaultValue.length);
  const near = length > max * 0.8;
  const counter = near ? (
    <span className={`ml-1 whitespace-nowrap ${length > max ? "font-medium text-red-700" : "text-slate-500"}`}>
      {t("charCount", { count: length, max })}
    </span>
  ) : null;
  const describedHint =
    hint || counter ? (
      <>
        {hint}
        {counter}
      </>
    ) : undefined;
  const onInput = (value: string) => {
    setLength(value.length);
    onValue?.(value);
  };
  return (
    <div data-pdca-field={path} className="scroll-mt-24">
      <Field
        id={fieldDomId(path)}
        label={
          <span className="inline-flex flex-wrap items-center gap-2">
            {label}
            {badge}
          </span>
        }
        hint={describedHint}
        errors={errors}
      >
        {({ id, describedBy, invalid }) =>
          multiline ? (
            <TextArea
              id={id}
              name={path}
              rows={rows ?? 3}
              defaultValue={defaultValue}
              onInput={(event) => onInput(event.currentTarget.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className="min-h-16! resize-y field-sizing-content"
            />
          ) : (
            <TextInput
              id={id}
              name={path}
              defaultValue={defaultValue}
              onInput={(event) => onInput(event.currentTarget.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )
        }
      </Field>
      {after}
    </div>
  );
}

type ChoiceFieldProps<Value extends string> = {
  path: string;
  legend: ReactNode;
  options: { value: Value; label: string; description?: string }[];
  defaultValue: string;
  errors?: string[];
  badge?: ReactNode;
  columns?: 2 | 3 | 4;
  onValue?: (value: Value) => void;
};

/** A radio group as a fieldset: the legend names it, each option may explain itself. */
export function ChoiceField<Value extends string>({ path, legend, options, defaultValue, errors, badge, columns = 3, onValue }: ChoiceFieldProps<Value>) {
  const id = fieldDomId(path);
  const errorId = errors?.length ? `${id}-error` : undefined;
  const grid = { 2: "sm:grid-cols-2", 3: "sm:grid-cols-3", 4: "sm:grid-cols-2 lg:grid-cols-4" }[columns];
  return (
    <fieldset id={id} data-pdca-field={path} className="scroll-mt-24" aria-describedby={errorId} aria-invalid={errorId ? true : undefined}>
      <legend className="mb-1 inline-flex flex-wrap items-center gap-2 text-sm font-medium text-slate-800">
        {legend}
        {badge}
      </legend>
      <div className={`grid gap-2 ${grid}`}>
        {options.map((option) => (
          <label
            key={option.value}
            className={`flex cursor-pointer items-start gap-2 rounded-md border bg-white p-2.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600/40 ${errorId ? "border-red-300" : "border-slate-300"}`}
          >
            <input
              type="radio"
              name={path}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              onChange={() => onValue?.(option.value)}
              className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
            />
            <span className="flex flex-col">
              <span className="font-medium text-slate-900">{option.label}</span>
              {option.description ? <span className="text-xs text-slate-600">{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <div id={errorId} aria-live="polite">
        {errors?.map((error) => (
          <p key={error} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ))}
      </div>
    </fieldset>
  );
}

/** "Needed for Do": marks what a stage gate asks for. */
export function GateBadge({ label }: { label: string }) {
  return <span className="rounded-full bg-slate-100 px-2 py-0.5 text-[11px] font-medium text-slate-600 ring-1 ring-slate-200">{label}</span>;
}
