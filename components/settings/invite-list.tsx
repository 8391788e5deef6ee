"use client";

import { useFormatter, useTranslations } from "next-intl";
import { revokeInviteAction } from "@/lib/settings/actions";
import type { OpenInvite } from "@/lib/settings/invites";
import { ConfirmButton } from "./confirm-button";
import { useSettingsAction } from "./use-settings-action";

export function InviteList({ invites }: { invites: OpenInvite[] }) {
  const t = useTranslations("settings.invites");
  const roles = useTranslations("settings.roles");
  const format = useFormatter();
  const { pending, run } = useSettingsAction();
  if (invites.length === 0) return <p className="text-sm text-slate-600">{t("noneOpen")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {invites.map((invite) => (
        <li key={invite.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <p className="truncate font-medium">{invite.email}</p>
            <p className="text-sm text-slate-500">
              {roles(invite.role)}
              {invite.teams.length > 0
                ? ` · ${invite.teams.map((team) => (team.role === "LEAD" ? t("teamAsLead", { team: team.name }) : team.name)).join(", ")}`
                : ""}
            </p>
            <p className={`text-xs ${invite.expired ? "font-medium text-amber-800" : "text-slate-500"}`}>
              {invite.expired
                ? t("expiredOn", { date: format.dateTime(new Date(invite.expiresAt), { dateStyle: "medium" }) })
                : t("validUntil", { date: format.dateTime(new Date(invite.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
              {invite.createdBy ? ` · ${t("invitedBy", { name: invite.createdBy })}` : ""}
            </p>
          </div>
          <ConfirmButton
            label={t("revoke")}
            ariaLabel={t("revokeLabel", { email: invite.email })}
            title={t("revokeTitle", { email: invite.email })}
            description={t("revokeDescription")}
            confirmLabel={t("revoke")}
            destructive
            disabled={pending}
            onConfirm={() => run(() => revokeInviteAction({ inviteId: invite.id }), t("revoked", { email: invite.email }))}
          />
        </li>
      ))}
    </ul>
  );
}
