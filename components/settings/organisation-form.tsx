"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import { locales } from "@/lib/i18n/config";
import { updateOrganisationAction } from "@/lib/settings/actions";
import type { OrganisationSettings } from "@/lib/settings/organisation";

export function OrganisationForm({ organisation }: { organisation: OrganisationSettings }) {
  const t = useTranslations("settings.organisation");
  const common = useTranslations("common");
  const [state, formAction, pending] = useActionState(updateOrganisationAction, {});
  return (
    <form action={formAction} className="flex max-w-lg flex-col gap-4" noValidate>
      <Field id="organisation-name" label={t("name")} errors={state.fieldErrors?.name}>
        {({ id, describedBy, invalid }) => (
          <TextInput
            id={id}
            name="name"
            required
            maxLength={100}
            autoComplete="organization"
            defaultValue={state.values?.name ?? organisation.name}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <Field id="organisation-locale" label={t("defaultLocale")} hint={t("defaultLocaleHint")} errors={state.fieldErrors?.defaultLocale}>
        {({ id, describedBy, invalid }) => (
          <Select id={id} name="defaultLocale" defaultValue={state.values?.defaultLocale ?? organisation.defaultLocale} aria-describedby={describedBy} aria-invalid={invalid}>
            {locales.map((locale) => (
              <option key={locale} value={locale}>
                {common(`languages.${locale}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormMessage message={state.ok === false ? state.message : state.ok ? common("saved") : undefined} tone={state.ok ? "success" : "error"} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? common("saving") : common("save")}
        </Button>
      </div>
    </form>
  );
}
