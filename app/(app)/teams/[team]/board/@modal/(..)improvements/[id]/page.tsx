import { notFound } from "next/navigation";
import { ImprovementDialog } from "@/components/board/improvement-dialog";
import { requirePageActor } from "@/lib/auth/session";
import { getImprovement } from "@/lib/board/queries";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ team: string; id: string }> };

// Opened from the board: the card over the board. Reloading the URL shows the full page.
export default async function ImprovementModal({ params }: Props) {
  const actor = await requirePageActor();
  const { team, id } = await params;
  const detail = await getImprovement(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (detail.team.slug !== team) notFound();
  return <ImprovementDialog detail={detail} />;
}
