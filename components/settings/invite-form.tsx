"use client";

import { Check, Copy } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextInput } from "@/components/ui/field";
import { createInviteAction } from "@/lib/settings/actions";

type TeamOption = { id: string; name: string };

const organisationRoles = ["MEMBER", "SALES", "ADMIN"] as const;

export function InviteForm({ teams }: { teams: TeamOption[] }) {
  const t = useTranslations("settings.invites");
  const roles = useTranslations("settings.roles");
  const [state, formAction, pending] = useActionState(createInviteAction, {});
  const values = state.ok ? undefined : state.values;
  return (
    <div className="flex flex-col gap-4">
      <form action={formAction} className="flex flex-col gap-4" noValidate key={state.ok ? state.submittedAt : "invite"}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="invite-email" label={t("email")} errors={state.fieldErrors?.email}>
            {({ id, describedBy, invalid }) => (
              <TextInput
                id={id}
                name="email"
                type="email"
                autoComplete="off"
                required
                maxLength={320}
                defaultValue={values?.email}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
            )}
          </Field>
          <Field id="invite-role" label={t("role")} hint={t("roleHint")} errors={state.fieldErrors?.role}>
            {({ id, describedBy, invalid }) => (
              <Select id={id} name="role" defaultValue={values?.role ?? "MEMBER"} aria-describedby={describedBy} aria-invalid={invalid}>
                {organisationRoles.map((role) => (
                  <option key={role} value={role}>
                    {roles(role)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        {teams.length > 0 ? (
          <fieldset className="flex flex-col gap-2" aria-describedby={state.fieldErrors?.teams ? "invite-teams-error" : undefined}>
            <legend className="text-sm font-medium text-slate-800">{t("teams")}</legend>
            <p className="text-xs text-slate-500">{t("teamsHint")}</p>
            <ul className="grid gap-2 sm:grid-cols-2">
              {teams.map((team) => (
                <li key={team.id} className="flex items-center justify-between gap-3 rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
                  <label htmlFor={`invite-team-${team.id}`} className="min-w-0 truncate text-sm">
                    {team.name}
                  </label>
                  <div className="w-36 shrink-0">
                    <Select id={`invite-team-${team.id}`} name={`team:${team.id}`} defaultValue={values?.[`team:${team.id}`] ?? ""}>
                      <option value="">{t("notInTeam")}</option>
                      <option value="MEMBER">{t("teamRoles.MEMBER")}</option>
                      <option value="LEAD">{t("teamRoles.LEAD")}</option>
                    </Select>
                  </div>
                </li>
              ))}
            </ul>
            <div id="invite-teams-error" aria-live="polite">
              {state.fieldErrors?.teams?.map((error) => (
                <p key={error} className="text-sm text-red-700">
                  {error}
                </p>
              ))}
            </div>
          </fieldset>
        ) : null}
        <FormMessage message={state.ok === false ? state.message : undefined} />
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? t("creating") : t("create")}
          </Button>
        </div>
      </form>
      {state.ok && state.data ? <CreatedLink email={state.data.email} token={state.data.token} expiresAt={state.data.expiresAt} /> : null}
    </div>
  );
}

function CreatedLink({ email, token, expiresAt }: { email: string; token: string; expiresAt: string }) {
  const t = useTranslations("settings.invites");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  // Shown only after a submit in this browser, so window is there.
  const link = `${typeof window === "undefined" ? "" : window.location.origin}/invite/${token}`;
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md bg-brand-50 p-3 ring-1 ring-brand-100">
      <p className="text-sm font-medium text-brand-900">{t("createdTitle", { email })}</p>
      <p className="text-sm text-brand-900">{t("createdBody", { date: format.dateTime(new Date(expiresAt), { dateStyle: "long", timeStyle: "short" }) })}</p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="invite-link" className="sr-only">
          {t("link")}
        </label>
        <TextInput id="invite-link" readOnly value={link} onFocus={(event) => event.currentTarget.select()} className="font-mono text-xs" />
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(link).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? <Check aria-hidden className="h-4 w-4" /> : <Copy aria-hidden className="h-4 w-4" />}
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
