"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { OrganisationRole } from "@/lib/db/generated/enums";
import { setPersonActiveAction, updatePersonRoleAction } from "@/lib/settings/actions";
import type { SettingsPerson } from "@/lib/settings/people";
import { ConfirmButton } from "./confirm-button";
import { useSettingsAction } from "./use-settings-action";

const organisationRoles = ["MEMBER", "SALES", "ADMIN"] as const;

export function PeopleList({ people, viewerId }: { people: SettingsPerson[]; viewerId: string }) {
  return (
    <ul className="divide-y divide-slate-100">
      {people.map((person) => (
        <PersonRow key={person.id} person={person} isViewer={person.id === viewerId} />
      ))}
    </ul>
  );
}

function PersonRow({ person, isViewer }: { person: SettingsPerson; isViewer: boolean }) {
  const t = useTranslations("settings.people");
  const roles = useTranslations("settings.roles");
  const { pending, run } = useSettingsAction();
  // What the select shows while the change is saved; the server's answer replaces it.
  const [chosen, setChosen] = useState<{ from: OrganisationRole; to: OrganisationRole } | null>(null);
  const role = chosen && chosen.from === person.role ? chosen.to : person.role;

  return (
    <li className={`flex flex-col gap-3 py-4 lg:flex-row lg:items-center lg:justify-between ${person.active ? "" : "opacity-75"}`}>
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {person.name}
          {isViewer ? <span className="text-sm font-normal text-slate-500">{` (${t("you")})`}</span> : null}
          {person.active ? null : " "}
          {person.active ? null : <span className="ml-1 rounded bg-amber-50 px-1.5 py-0.5 text-xs font-normal text-amber-800">{t("deactivatedBadge")}</span>}
        </p>
        <p className="truncate text-sm text-slate-500">{person.email}</p>
        <p className="mt-1 text-sm text-slate-600">
          {person.teams.length === 0
            ? t("noTeams")
            : person.teams.map((team) => `${team.name}${team.role === "LEAD" ? ` (${t("lead")})` : ""}${team.archived ? ` (${t("archivedTeam")})` : ""}`).join(", ")}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`role-${person.id}`} className="sr-only">
          {t("roleOf", { name: person.name })}
        </label>
        <div className="w-40">
          <Select
            id={`role-${person.id}`}
            value={role}
            disabled={pending}
            onChange={(event) => {
              const to = event.target.value as OrganisationRole;
              setChosen({ from: person.role, to });
              run(async () => {
                const result = await updatePersonRoleAction({ userId: person.id, role: to });
                if (!result.ok) setChosen(null);
                return result;
              }, t("roleChanged", { name: person.name, role: roles(to) }));
            }}
          >
            {organisationRoles.map((option) => (
              <option key={option} value={option}>
                {roles(option)}
              </option>
            ))}
          </Select>
        </div>
        {person.active ? (
          <ConfirmButton
            label={t("deactivate")}
            ariaLabel={t("deactivateLabel", { name: person.name })}
            title={t("deactivateTitle", { name: person.name })}
            description={isViewer ? t("deactivateSelfDescription") : t("deactivateDescription")}
            confirmLabel={t("deactivate")}
            destructive
            disabled={pending}
            onConfirm={() => run(() => setPersonActiveAction({ userId: person.id, active: false }), t("deactivatedToast", { name: person.name }))}
          />
        ) : (
          <Button
            variant="secondary"
            size="sm"
            disabled={pending}
            aria-label={t("reactivateLabel", { name: person.name })}
            onClick={() => run(() => setPersonActiveAction({ userId: person.id, active: true }), t("reactivated", { name: person.name }))}
          >
            {t("reactivate")}
          </Button>
        )}
      </div>
    </li>
  );
}
