import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm, OidcSignIn } from "@/components/auth/login-form";
import { oidcSettings } from "@/lib/auth/oidc";
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
  const oidc = oidcSettings();
  const sso = await getTranslations("settings.oidc");
  // next-auth sends refused or failed single sign-on back here with ?error=…
  const oidcError = oidc && typeof params.error === "string" ? (params.error === "AccessDenied" ? sso("noAccount") : sso("failed")) : null;
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
      {oidcError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
          {oidcError}
        </p>
      ) : null}
      <LoginForm next={next} />
      {oidc ? <OidcSignIn providerName={oidc.name} next={next} /> : null}
    </div>
  );
}
