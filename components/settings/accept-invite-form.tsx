"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import { locales, type AppLocale } from "@/lib/i18n/config";
import { acceptInviteAction } from "@/lib/settings/invite-actions";

export function AcceptInviteForm({ token, email, defaultLocale }: { token: string; email: string; defaultLocale: AppLocale }) {
  const t = useTranslations("settings.accept");
  const languages = useTranslations("common.languages");
  const [state, formAction, pending] = useActionState(acceptInviteAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field id="invite-email" label={t("email")}>
        {({ id }) => <TextInput id={id} value={email} readOnly autoComplete="username" className="bg-slate-50 text-slate-700" />}
      </Field>
      <Field id="name" label={t("name")} errors={state.fieldErrors?.name}>
        {({ id, describedBy, invalid }) => (
          <TextInput id={id} name="name" autoComplete="name" required maxLength={100} autoFocus defaultValue={state.values?.name} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="locale" label={t("language")} errors={state.fieldErrors?.locale}>
        {({ id, describedBy, invalid }) => (
          <Select id={id} name="locale" defaultValue={state.values?.locale ?? defaultLocale} aria-describedby={describedBy} aria-invalid={invalid}>
            {locales.map((locale) => (
              <option key={locale} value={locale}>
                {languages(locale)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint")} errors={state.fieldErrors?.password}>
        {({ id, describedBy, invalid }) => (
          <TextInput id={id} name="password" type="password" autoComplete="new-password" required aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id="passwordConfirmation" label={t("passwordConfirmation")} errors={state.fieldErrors?.passwordConfirmation}>
        {({ id, describedBy, invalid }) => (
          <TextInput id={id} name="passwordConfirmation" type="password" autoComplete="new-password" required aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <FormMessage message={state.ok === false ? state.message : undefined} />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
