import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImprovementDetail } from "@/components/board/improvement-detail";
import { requirePageActor } from "@/lib/auth/session";
import { getImprovement } from "@/lib/board/queries";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ team: string; id: string }> };

async function load({ params }: Props) {
  const actor = await requirePageActor();
  const { team, id } = await params;
  const detail = await getImprovement(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (detail.team.slug !== team) notFound();
  return detail;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const detail = await load(props);
  return { title: detail.title };
}

export default async function ImprovementPage(props: Props) {
  const detail = await load(props);
  return (
    <div className="mx-auto max-w-3xl rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <ImprovementDetail detail={detail} backHref={`/teams/${detail.team.slug}/board`} />
    </div>
  );
}
