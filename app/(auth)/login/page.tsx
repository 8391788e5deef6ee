import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { hasAnyOrganisation } from "@/lib/auth/organisation";
import { getActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await hasAnyOrganisation())) redirect("/setup");
  if (await getActor()) redirect("/");
  const params = await searchParams;
  const t = await getTranslations("auth.login");
  const next = typeof params.next === "string" ? params.next : undefined;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {params.signedOut ? (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t("signedOut")}
        </p>
      ) : null}
      <LoginForm next={next} />
    </div>
  );
}
