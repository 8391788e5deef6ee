"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ListTopic, LiveChange, LiveViewer } from "@/lib/realtime/protocol";
import { getLiveConnection, type LiveStatus } from "./live-connection";

export type LiveEventsOptions = {
  /** Team slugs to follow (board, cards, PDCA checklists, daily start of those teams). */
  teams?: readonly string[];
  /** Organisation-wide lists to follow. */
  lists?: readonly ListTopic[];
  /** Show me on the (single) team's board, and tell me who else is there. */
  presence?: boolean;
  onChange?: (change: LiveChange) => void;
  /** Something may have been missed (a reconnect the server could not replay): refetch. */
  onResync?: () => void;
};

export type LiveEvents = { status: LiveStatus; viewers: LiveViewer[]; selfId: string | null };

const serverStatus = (): LiveStatus => "connecting";

/**
 * Follows live changes through the tab's one event stream (reconnects, backoff and catch-up
 * included). Callbacks may change every render; the subscription changes only with its topics.
 */
export function useLiveEvents(options: LiveEventsOptions): LiveEvents {
  const connection = typeof window === "undefined" ? null : getLiveConnection();
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });
  const [viewers, setViewers] = useState<LiveViewer[]>([]);
  const [selfId, setSelfId] = useState<string | null>(null);
  const teams = (options.teams ?? []).join(",");
  const lists = (options.lists ?? []).join(",");
  const presenceTeam = options.presence && options.teams?.length === 1 ? (options.teams[0] ?? null) : null;

  useEffect(() => {
    const live = getLiveConnection();
    return live.add({
      teams: teams ? teams.split(",") : [],
      lists: (lists ? lists.split(",") : []) as ListTopic[],
      presenceTeam,
      onChange: (change) => callbacks.current.onChange?.(change),
      onResync: () => callbacks.current.onResync?.(),
      onPresence: (presence) => {
        setSelfId(live.self?.userId ?? null);
        setViewers(presence.viewers);
      },
    });
  }, [teams, lists, presenceTeam]);

  const status = useSyncExternalStore(connection?.subscribeStatus ?? noSubscribe, connection?.getStatus ?? serverStatus, serverStatus);
  return { status, viewers, selfId };
}

function noSubscribe(): () => void {
  return () => undefined;
}
