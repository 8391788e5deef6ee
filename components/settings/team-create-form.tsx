"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { createTeamAction } from "@/lib/settings/actions";

export function TeamCreateForm() {
  const t = useTranslations("settings.teams");
  const [state, formAction, pending] = useActionState(createTeamAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <Field id="new-team-name" label={t("name")} hint={t("nameHint")} errors={state.fieldErrors?.name}>
            {({ id, describedBy, invalid }) => (
              <TextInput id={id} name="name" required maxLength={60} defaultValue={state.values?.name} aria-describedby={describedBy} aria-invalid={invalid} />
            )}
          </Field>
        </div>
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? t("creating") : t("create")}
        </Button>
      </div>
      <FormMessage message={state.ok === false ? state.message : undefined} />
      {state.ok && state.data ? (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900 ring-1 ring-brand-100">
          {t("created", { team: state.data.name })}{" "}
          <Link href={`/settings/teams/${state.data.slug}`} className="font-medium underline underline-offset-2">
            {t("setUp")}
          </Link>
        </p>
      ) : null}
    </form>
  );
}
