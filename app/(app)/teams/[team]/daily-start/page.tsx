import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DailyStartView } from "@/components/daily-start/daily-start-view";
import { getTeamBySlug } from "@/lib/auth/queries";
import { requirePageActor } from "@/lib/auth/session";
import { getDailyStartPage } from "@/lib/daily-start/queries";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ team: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor();
  const t = await getTranslations("dailyStart");
  const team = await getTeamBySlug(actor, (await params).team).catch(() => null);
  return { title: team ? t("pageTitle", { team: team.name }) : t("title") };
}

export default async function DailyStartPage({ params }: Props) {
  const actor = await requirePageActor();
  const page = await getDailyStartPage(actor, (await params).team).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return <DailyStartView page={page} />;
}
