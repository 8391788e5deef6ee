"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useLiveEvents, type LiveEvents } from "@/components/realtime/use-live-events";
import { isShown, requestLiveRefresh } from "@/components/realtime/use-live-refresh";
import { boardCardsAction } from "@/lib/board/actions";
import { BOARD_CARDS_MAX, type BoardFilters } from "@/lib/board/schemas";
import type { BoardCard, ColumnCounts } from "@/lib/board/types";
import type { PdcaProgress } from "@/lib/pdca/types";
import type { LiveChange } from "@/lib/realtime/protocol";
import { CardSyncQueue } from "./card-sync-queue";

export type BoardSync = {
  cards: { id: string; card: BoardCard | null }[];
  counts: ColumnCounts[];
  progress: Record<string, PdcaProgress>;
};

type Options = {
  team: { id: string; slug: string };
  filters: BoardFilters;
  /** A drag in progress or a move on its way: what others changed waits until it is over. */
  paused: boolean;
  /** The version of a card as the board shows it (a change already shown needs no fetch). */
  versionOf: (improvementId: string) => number | undefined;
  apply: (sync: BoardSync) => void;
};

/** Whether a live change is about one card of the board (its fields, place, comments, PDCA). */
function namesCard(change: LiveChange): change is LiveChange & { improvementId: string } {
  return change.improvementId !== undefined && (change.kind.startsWith("improvement.") || change.kind === "pdca.updated");
}

/**
 * Keeps the board current with others' changes card by card: each change names a card, the
 * board fetches just those cards (plus the columns' counts) and puts them where the server has
 * them, so an expanded column stays expanded and a drag is not disturbed. Only when it may have
 * missed something (a reconnect the server could not replay), when a fetch fails or when very
 * many cards changed at once does it refetch the whole page.
 */
export function useBoardSync(options: Options): LiveEvents & { waiting: boolean } {
  const router = useRouter();
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [waiting, setWaiting] = useState(false);
  const queue = useRef<CardSyncQueue | null>(null);
  useEffect(() => {
    const created = new CardSyncQueue({
      load: async (ids) => {
        const { team, filters, apply } = latest.current;
        const result = await boardCardsAction({ teamId: team.id, ids, filters });
        if (!result.ok) throw new Error(result.message);
        apply(result.data);
      },
      // Whole-page refetches wait for holds (this board's drag, unsaved text in an open card).
      refreshAll: () => requestLiveRefresh(() => router.refresh()),
      setWaiting,
      max: BOARD_CARDS_MAX,
      settleMs: 60,
    });
    created.setPaused(latest.current.paused);
    queue.current = created;
    return () => {
      created.dispose();
      queue.current = null;
    };
  }, [router]);
  useEffect(() => queue.current?.setPaused(options.paused), [options.paused]);

  const events = useLiveEvents({
    teams: [options.team.slug],
    presence: true,
    onChange: (change) => {
      if (namesCard(change) && !isShown(change, latest.current.versionOf)) queue.current?.add(change.improvementId);
    },
    onResync: () => queue.current?.resync(),
  });
  return { ...events, waiting };
}
