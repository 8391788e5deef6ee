import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { hasAnyOrganisation } from "@/lib/auth/organisation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.setup");
  return { title: t("title") };
}

export default async function SetupPage() {
  // First run only: once an organisation exists there is no open sign-up.
  if (await hasAnyOrganisation()) redirect("/login");
  const t = await getTranslations("auth.setup");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <SetupForm />
    </div>
  );
}
