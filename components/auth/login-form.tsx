"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { signInAction } from "@/lib/auth/actions";
import { signInWithOidcAction } from "@/lib/auth/oidc-actions";

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("auth.login");
  const [state, formAction, pending] = useActionState(signInAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field id="email" label={t("email")} errors={state.fieldErrors?.email}>
        {({ id, describedBy, invalid }) => (
          <TextInput
            id={id}
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            defaultValue={state.values?.email}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <Field id="password" label={t("password")} errors={state.fieldErrors?.password}>
        {({ id, describedBy, invalid }) => (
          <TextInput
            id={id}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <FormMessage message={state.ok === false ? state.message : undefined} />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

/** "Sign in with <provider>": shown only when single sign-on is configured. */
export function OidcSignIn({ providerName, next }: { providerName: string; next?: string }) {
  const t = useTranslations("settings.oidc");
  return (
    <form action={signInWithOidcAction} className="flex flex-col gap-3">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div className="flex items-center gap-3 text-xs text-slate-500" aria-hidden>
        <span className="h-px flex-1 bg-slate-200" />
        {t("or")}
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      <Button type="submit" variant="secondary">
        {t("signIn", { name: providerName })}
      </Button>
    </form>
  );
}
