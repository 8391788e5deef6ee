"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select } from "@/components/ui/field";
import { addTeamMemberAction, removeTeamMemberAction, updateTeamMemberAction } from "@/lib/settings/actions";
import type { MemberCandidate, TeamMemberRow } from "@/lib/settings/members";
import { ConfirmButton } from "./confirm-button";
import { useSettingsAction } from "./use-settings-action";

type Props = { teamId: string; teamName: string; members: TeamMemberRow[]; candidates: MemberCandidate[]; readOnly: boolean; viewerId: string };

export function TeamMembers({ teamId, teamName, members, candidates, readOnly, viewerId }: Props) {
  const t = useTranslations("settings.members");
  const { pending, run } = useSettingsAction();
  return (
    <div className="flex flex-col gap-5">
      {members.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {members.map((member) => (
            <li key={member.userId} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-medium">
                  {member.name}
                  {member.userId === viewerId ? <span className="text-sm font-normal text-slate-500">{` (${t("you")})`}</span> : null}
                </p>
                <p className="truncate text-sm text-slate-500">{member.email}</p>
                <p className="mt-1 flex flex-wrap gap-1 text-xs">
                  <span className={`rounded px-1.5 py-0.5 ${member.role === "LEAD" ? "bg-brand-50 text-brand-700" : "bg-slate-100 text-slate-700"}`}>
                    {t(`roles.${member.role}`)}
                  </span>
                  {member.active ? null : <span className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-800">{t("deactivated")}</span>}
                </p>
              </div>
              {readOnly ? null : (
                <div className="flex flex-wrap gap-2">
                  <Button
                    variant="secondary"
                    size="sm"
                    disabled={pending}
                    aria-label={member.role === "LEAD" ? t("makeMember", { name: member.name }) : t("makeLead", { name: member.name })}
                    onClick={() =>
                      run(
                        () => updateTeamMemberAction({ teamId, userId: member.userId, role: member.role === "LEAD" ? "MEMBER" : "LEAD" }),
                        member.role === "LEAD" ? t("madeMember", { name: member.name }) : t("madeLead", { name: member.name }),
                      )
                    }
                  >
                    {member.role === "LEAD" ? t("makeMemberShort") : t("makeLeadShort")}
                  </Button>
                  <ConfirmButton
                    label={t("remove")}
                    ariaLabel={t("removeLabel", { name: member.name })}
                    title={t("removeTitle", { name: member.name, team: teamName })}
                    description={member.userId === viewerId ? t("removeSelfDescription") : t("removeDescription")}
                    confirmLabel={t("remove")}
                    destructive
                    disabled={pending}
                    onConfirm={() => run(() => removeTeamMemberAction({ teamId, userId: member.userId }), t("removed", { name: member.name }))}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : <AddMemberForm teamId={teamId} candidates={candidates} />}
    </div>
  );
}

function AddMemberForm({ teamId, candidates }: { teamId: string; candidates: MemberCandidate[] }) {
  const t = useTranslations("settings.members");
  const [state, formAction, pending] = useActionState(addTeamMemberAction, {});
  if (candidates.length === 0) return <p className="text-sm text-slate-600">{t("noCandidates")}</p>;
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200" noValidate>
      <h3 className="text-sm font-semibold">{t("add")}</h3>
      <input type="hidden" name="teamId" value={teamId} />
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <Field id="member-person" label={t("person")} errors={state.fieldErrors?.userId}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} name="userId" defaultValue={state.ok ? "" : (state.values?.userId ?? "")} aria-describedby={describedBy} aria-invalid={invalid} key={state.submittedAt}>
              <option value="">{t("choosePerson")}</option>
              {candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} ({candidate.email})
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="member-role" label={t("role")} errors={state.fieldErrors?.role}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} name="role" defaultValue={state.values?.role ?? "MEMBER"} aria-describedby={describedBy} aria-invalid={invalid} key={state.submittedAt}>
              <option value="MEMBER">{t("roles.MEMBER")}</option>
              <option value="LEAD">{t("roles.LEAD")}</option>
            </Select>
          )}
        </Field>
      </div>
      <FormMessage message={state.ok === false ? state.message : state.ok ? t("added") : undefined} tone={state.ok ? "success" : "error"} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("adding") : t("addSubmit")}
        </Button>
      </div>
    </form>
  );
}
