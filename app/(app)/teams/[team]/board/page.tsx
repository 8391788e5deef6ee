import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Board } from "@/components/board/board";
import { BoardFilters } from "@/components/board/board-filters";
import { OffBoardList } from "@/components/board/off-board-list";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { PdcaGateDialogHost } from "@/components/pdca/pdca-gate-dialog";
import { TeamRecentSuccesses } from "@/components/successes/team-recent-successes";
import { getTeamBySlug } from "@/lib/auth/queries";
import { requirePageActor } from "@/lib/auth/session";
import { getBoard, listOffBoardImprovements } from "@/lib/board/queries";
import { boardFiltersSchema } from "@/lib/board/schemas";
import { NotFoundError } from "@/lib/errors";
import { listPdcaProgress } from "@/lib/pdca/queries";

type Props = { params: Promise<{ team: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor();
  const t = await getTranslations("board");
  const team = await getTeamBySlug(actor, (await params).team).catch(() => null);
  return { title: team ? t("pageTitle", { team: team.name }) : t("title") };
}

export default async function BoardPage({ params, searchParams }: Props) {
  const actor = await requirePageActor();
  const t = await getTranslations("board");
  const { team: slug } = await params;
  const filters = boardFiltersSchema.parse(await searchParams);
  const board = await getBoard(actor, slug, filters).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { team } = board;
  const path = `/teams/${team.slug}/board`;
  const filtered = Boolean(filters.q || filters.owner || filters.mine || filters.waste || filters.age);
  const offBoard = filters.status ? await listOffBoardImprovements(actor, slug, filters.status, filters) : null;
  const readOnly = !board.viewer.canCreate && board.columns.every((column) => column.cards.every((card) => !card.canMove));
  const views = [
    { key: "board", href: path, current: !filters.status, label: t("views.board") },
    { key: "PARKED", href: `${path}?status=PARKED`, current: filters.status === "PARKED", label: t("views.PARKED") },
    { key: "REJECTED", href: `${path}?status=REJECTED`, current: filters.status === "REJECTED", label: t("views.REJECTED") },
  ];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-semibold">{t("pageTitle", { team: team.name })}</h1>
          <p className="mt-1 text-sm text-slate-600">{readOnly ? t("readOnly") : t("intro", { team: team.name })}</p>
        </div>
        <Link href="/suggestions" className="text-sm font-medium text-brand-700 hover:underline">
          {t("mySuggestionsLink")}
        </Link>
      </div>
      <nav aria-label={t("views.label")} className="flex gap-1 border-b border-slate-200">
        {views.map((view) => (
          <Link
            key={view.key}
            href={view.href}
            aria-current={view.current ? "page" : undefined}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700"
          >
            {view.label}
          </Link>
        ))}
      </nav>
      <BoardFilters action={path} filters={filters} members={board.members} />
      {filtered ? (
        <p role="status" className="text-sm text-slate-600">
          {t("filters.active")}
        </p>
      ) : null}
      {offBoard && filters.status ? (
        <>
          {/* Parked and rejected lists follow the team's changes too (a card parked elsewhere appears). */}
          <LiveRefresh teams={[team.slug]} className="min-h-7 justify-end" />
          <OffBoardList status={filters.status} improvements={offBoard} teamSlug={team.slug} canRestore={board.viewer.canTriage} />
        </>
      ) : (
        <>
          <Board team={team} initial={{ columns: board.columns }} initialProgress={await listPdcaProgress(actor, team.id)} filters={filters} filtered={filtered} viewer={board.viewer} />
          <PdcaGateDialogHost />
        </>
      )}
      <Suspense fallback={null}>
        <TeamRecentSuccesses teamId={team.id} />
      </Suspense>
    </div>
  );
}
