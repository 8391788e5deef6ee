import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInviteForm } from "@/components/settings/accept-invite-form";
import { getInviteForToken } from "@/lib/settings/invites";
import { inviteTokenSchema } from "@/lib/settings/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.accept");
  return { title: t("title"), robots: { index: false } };
}

// Public: the link itself is the credential (256 random bits, stored hashed, single use).
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("settings.accept");
  const invite = inviteTokenSchema.safeParse(token).success ? await getInviteForToken(token) : ({ state: "invalid" } as const);

  if (invite.state !== "valid") {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t(`refused.${invite.state}.title`)}</h1>
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {t(`refused.${invite.state}.body`)}
        </p>
        <Link href="/login" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          {t("toLogin")}
        </Link>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {invite.teams.length > 0
            ? t("introTeams", { organisation: invite.organisationName, teams: invite.teams.join(", ") })
            : t("intro", { organisation: invite.organisationName })}
        </p>
      </div>
      <AcceptInviteForm token={token} email={invite.email} defaultLocale={invite.defaultLocale} />
    </div>
  );
}
