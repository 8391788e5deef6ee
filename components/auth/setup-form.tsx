"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { setupOrganisationAction } from "@/lib/auth/actions";

const fields = [
  { name: "organisationName", autoComplete: "organization", type: "text" },
  { name: "teamName", autoComplete: "off", type: "text", hint: "teamNameHint" },
  { name: "name", autoComplete: "name", type: "text" },
  { name: "email", autoComplete: "email", type: "email" },
  { name: "password", autoComplete: "new-password", type: "password", hint: "passwordHint" },
] as const;

export function SetupForm() {
  const t = useTranslations("auth.setup");
  const [state, formAction, pending] = useActionState(setupOrganisationAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {fields.map((field) => (
        <Field
          key={field.name}
          id={field.name}
          label={t(field.name)}
          hint={"hint" in field ? t(field.hint) : undefined}
          errors={state.fieldErrors?.[field.name]}
        >
          {({ id, describedBy, invalid }) => (
            <TextInput
              id={id}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              required
              defaultValue={field.type === "password" ? undefined : state.values?.[field.name]}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      ))}
      <FormMessage message={state.ok === false ? state.message : undefined} />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
