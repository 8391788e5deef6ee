import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DailyStartRecordView } from "@/components/daily-start/record-view";
import { dayAsDate } from "@/components/daily-start/format";
import { requirePageActor } from "@/lib/auth/session";
import { getDailyStartRecord } from "@/lib/daily-start/queries";
import { dayParamSchema } from "@/lib/daily-start/schemas";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ team: string; day: string }> };

async function load({ params }: Props) {
  const actor = await requirePageActor();
  const { team, day } = await params;
  if (!dayParamSchema.safeParse(day).success) notFound();
  return getDailyStartRecord(actor, team, day).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const record = await load(props);
  const t = await getTranslations("dailyStart.record");
  const format = await getFormatter();
  return { title: t("metaTitle", { team: record.team.name, date: format.dateTime(dayAsDate(record.day), { day: "numeric", month: "long" }) }) };
}

export default async function DailyStartRecordPage(props: Props) {
  const record = await load(props);
  return <DailyStartRecordView record={record} />;
}
