import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SegmentCreateForm, SegmentList } from "@/components/settings/segment-list";
import { SettingsSection } from "@/components/settings/settings-section";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listSegments } from "@/lib/segments/segments";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.segments");
  return { title: t("title") };
}

export default async function SegmentsSettingsPage() {
  const actor = await requirePageActor();
  if (!can(actor, { action: "organisation.manage", resource: { organisationId: actor.organisationId } })) notFound();
  const t = await getTranslations("settings.segments");
  const segments = await listSegments(actor, { includeArchived: true });
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </div>
      <SettingsSection id="new-segment" title={t("new")}>
        <SegmentCreateForm />
      </SettingsSection>
      <SettingsSection id="segments" title={t("list")}>
        <SegmentList segments={[...segments].sort((a, b) => Number(a.archived) - Number(b.archived))} />
      </SettingsSection>
    </>
  );
}
