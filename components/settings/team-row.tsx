"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { renameTeamAction, setTeamArchivedAction } from "@/lib/settings/actions";
import type { SettingsTeam } from "@/lib/settings/teams";
import { ConfirmButton } from "./confirm-button";
import { useSettingsAction } from "./use-settings-action";

/** One team in the admin's team list: open its members and columns, rename, archive or restore. */
export function TeamRow({ team, canAdminister }: { team: SettingsTeam; canAdminister: boolean }) {
  const t = useTranslations("settings.teams");
  const common = useTranslations("common");
  const [renaming, setRenaming] = useState(false);
  const [state, formAction, saving] = useActionState(async (previous: Awaited<ReturnType<typeof renameTeamAction>>, formData: FormData) => {
    const result = await renameTeamAction(previous, formData);
    if (result.ok) setRenaming(false);
    return result;
  }, {});
  const { pending, run } = useSettingsAction();

  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 flex-1">
        {renaming ? (
          <form action={formAction} className="flex flex-col gap-2 sm:flex-row sm:items-start" noValidate>
            <input type="hidden" name="teamId" value={team.id} />
            <div className="flex-1">
              <Field id={`team-name-${team.id}`} label={t("newName", { team: team.name })} errors={state.fieldErrors?.name}>
                {({ id, describedBy, invalid }) => (
                  <TextInput
                    id={id}
                    name="name"
                    required
                    maxLength={60}
                    autoFocus
                    defaultValue={state.values?.name ?? team.name}
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                  />
                )}
              </Field>
            </div>
            <div className="flex gap-2 sm:mt-6">
              <Button type="submit" size="sm" disabled={saving}>
                {saving ? common("saving") : common("save")}
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setRenaming(false)}>
                {common("cancel")}
              </Button>
            </div>
          </form>
        ) : (
          <>
            <p className="font-medium">
              {team.name}
              {team.archived ? " " : null}
              {team.archived ? <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">{t("archivedBadge")}</span> : null}
            </p>
            <p className="text-sm text-slate-500">
              <span className="font-mono text-xs">/teams/{team.slug}</span> · {t("memberCount", { count: team.memberCount })}
              {team.leads.length > 0 ? ` · ${t("ledBy", { names: team.leads.join(", ") })}` : ""}
            </p>
          </>
        )}
        <FormMessage message={state.ok === false && !renaming ? state.message : undefined} />
      </div>
      {renaming ? null : (
        <div className="flex flex-wrap gap-2">
          {team.archived ? (
            <Link
              href={`/teams/${team.slug}/board`}
              aria-label={t("viewBoardLabel", { team: team.name })}
              className="inline-flex h-8 items-center rounded-md px-2.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
            >
              {t("viewBoard")}
            </Link>
          ) : (
            <Link
              href={`/settings/teams/${team.slug}`}
              aria-label={t("manage", { team: team.name })}
              className="inline-flex h-8 items-center rounded-md px-2.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
            >
              {t("manageShort")}
            </Link>
          )}
          {canAdminister && !team.archived ? (
            <Button variant="secondary" size="sm" onClick={() => setRenaming(true)} aria-label={t("renameLabel", { team: team.name })}>
              {t("rename")}
            </Button>
          ) : null}
          {canAdminister && !team.archived ? (
            <ConfirmButton
              label={t("archive")}
              ariaLabel={t("archiveLabel", { team: team.name })}
              title={t("archiveTitle", { team: team.name })}
              description={t("archiveDescription")}
              confirmLabel={t("archive")}
              disabled={pending}
              onConfirm={() => run(() => setTeamArchivedAction({ teamId: team.id, archived: true }), t("archived", { team: team.name }))}
            />
          ) : null}
          {canAdminister && team.archived ? (
            <Button
              variant="secondary"
              size="sm"
              disabled={pending}
              aria-label={t("restoreLabel", { team: team.name })}
              onClick={() => run(() => setTeamArchivedAction({ teamId: team.id, archived: false }), t("restored", { team: team.name }))}
            >
              {t("restore")}
            </Button>
          ) : null}
        </div>
      )}
    </li>
  );
}
