import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PdcaPanel } from "@/components/pdca/pdca-panel";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { buttonClasses } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getPdcaChecklist } from "@/lib/pdca/queries";

type Props = { params: Promise<{ team: string; id: string }> };

async function load({ params }: Props) {
  const actor = await requirePageActor();
  const { team, id } = await params;
  const checklist = await getPdcaChecklist(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (checklist.improvement.team.slug !== team) notFound();
  return checklist;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const checklist = await load(props);
  const t = await getTranslations("pdca");
  return { title: `${t("title")}: ${checklist.improvement.title}` };
}

/** The PDCA checklist of one improvement on a page of its own (also the target of deep links). */
export default async function PdcaChecklistPage(props: Props) {
  const checklist = await load(props);
  const t = await getTranslations("pdca");
  const { improvement } = checklist;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <div className="flex flex-col gap-1">
        <Link href={`/teams/${improvement.team.slug}/improvements/${improvement.id}`} className={buttonClasses("ghost", "sm", "-ml-2 self-start")}>
          ← {improvement.title}
        </Link>
        <p className="text-sm text-slate-600">
          {improvement.team.name} · {improvement.columnName}
          {improvement.columnName === t(`stage.${improvement.stage}`) ? null : ` (${t(`stage.${improvement.stage}`)})`}
        </p>
        {/* The card's title and column follow others' changes; the checklist follows its own. */}
        <LiveRefresh teams={[improvement.team.slug]} improvementId={improvement.id} />
      </div>
      <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <PdcaPanel improvementId={improvement.id} initial={checklist} refreshKey={`${improvement.stage}:${checklist.current.number}`} variant="page" />
      </div>
    </div>
  );
}
