import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PresentationView } from "@/components/daily-start/presentation-view";
import { getTeamBySlug } from "@/lib/auth/queries";
import { requirePageActor } from "@/lib/auth/session";
import { getDailyStartPage } from "@/lib/daily-start/queries";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ team: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor();
  const t = await getTranslations("dailyStart.present");
  const team = await getTeamBySlug(actor, (await params).team).catch(() => null);
  return { title: team ? t("metaTitle", { team: team.name }) : t("metaTitleShort") };
}

export default async function DailyStartPresentationPage({ params }: Props) {
  const actor = await requirePageActor();
  // The room's screen is seen by visitors too: customer names never reach it.
  const page = await getDailyStartPage(actor, (await params).team, { hideCustomerNames: true }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return <PresentationView page={page} />;
}
