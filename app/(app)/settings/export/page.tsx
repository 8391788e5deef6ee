import type { Metadata } from "next";
import { Download } from "lucide-react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SettingsSection } from "@/components/settings/settings-section";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { csvLists } from "@/lib/settings/export";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.export");
  return { title: t("title") };
}

const linkClasses =
  "inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";

export default async function ExportSettingsPage() {
  const actor = await requirePageActor();
  if (!can(actor, { action: "organisation.export", resource: { organisationId: actor.organisationId } })) notFound();
  const t = await getTranslations("settings.export");
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </div>
      <SettingsSection id="export-json" title={t("jsonTitle")} description={t("jsonIntro")}>
        {/* Plain links: the browser downloads the file; the route checks the person again. */}
        <a href="/settings/export/organisation.json" download className={linkClasses}>
          <Download aria-hidden className="h-4 w-4" />
          {t("downloadJson")}
        </a>
      </SettingsSection>
      <SettingsSection id="export-csv" title={t("csvTitle")} description={t("csvIntro")}>
        <ul className="flex flex-wrap gap-2">
          {csvLists.map((list) => (
            <li key={list}>
              <a href={`/settings/export/${list}.csv`} download className={linkClasses}>
                <Download aria-hidden className="h-4 w-4" />
                {t(`lists.${list}`)}
              </a>
            </li>
          ))}
        </ul>
      </SettingsSection>
    </>
  );
}
