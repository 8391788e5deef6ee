import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ApiTokenManager } from "@/components/api-tokens/api-token-manager";
import { listApiTokens } from "@/lib/api-tokens/tokens";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiTokens");
  return { title: t("title") };
}

const example = (url: string) => `curl -X POST ${url} \\
  -H "Authorization: Bearer vbt_…" \\
  -H "Content-Type: application/json" \\
  -d '{"externalId": "antwoord-1042", "type": "NPS", "score": 9,
       "team": "klantenservice", "text": "Snel en vriendelijk geholpen"}'`;

export default async function ApiTokensPage() {
  const actor = await requirePageActor();
  if (!can(actor, { action: "apiToken.manage", resource: { organisationId: actor.organisationId } })) notFound();
  const t = await getTranslations("apiTokens");
  const tokens = await listApiTokens(actor);
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  const url = `${protocol}://${host}/api/v1/feedback`;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{t("intro")}</p>
      </div>
      <ApiTokenManager tokens={tokens} />
      <section aria-labelledby="usage-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
        <h2 id="usage-heading" className="text-lg font-semibold">
          {t("usage.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("usage.body", { url })}</p>
        <p className="mt-3 text-sm font-medium text-slate-800">{t("usage.example")}</p>
        <pre className="mt-1 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
          <code>{example(url)}</code>
        </pre>
      </section>
    </div>
  );
}
