"use client";

import { useRouter } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import type { LiveChange } from "@/lib/realtime/protocol";
import { useLiveEvents, type LiveEvents, type LiveEventsOptions } from "./use-live-events";

export type LiveRefreshOptions = Omit<LiveEventsOptions, "onChange" | "onResync"> & {
  /** Only changes to this improvement matter (a card's own page). */
  improvementId?: string;
  /** While true, no refetch happens in this tab (see `useLiveRefreshHold`). */
  paused?: boolean;
  /**
   * The version of a card as the page shows it: a change that brings a card to the version the
   * page already has (the person's own confirmed move, say) needs no refetch.
   */
  versionOf?: (improvementId: string) => number | undefined;
};

/** Whether the page already shows this change (comments do not bump a card's version). */
export function isShown(change: LiveChange, versionOf: ((improvementId: string) => number | undefined) | undefined): boolean {
  if (!versionOf || change.improvementId === undefined || change.version === undefined) return false;
  if (!change.kind.startsWith("improvement.") || change.kind === "improvement.commented") return false;
  return versionOf(change.improvementId) === change.version;
}

// One scheduler per tab: a refetch refreshes the whole page, so every follower's request
// becomes one refresh, and a hold anywhere (a drag on the board, unsaved text in the open
// card) holds them all until it ends.
const SETTLE_MS = 120;
const scheduler = {
  holds: 0,
  waiting: false,
  timer: null as ReturnType<typeof setTimeout> | null,
  refresh: null as (() => void) | null,
  listeners: new Set<() => void>(),
  setWaiting(waiting: boolean) {
    if (waiting === this.waiting) return;
    this.waiting = waiting;
    for (const listener of this.listeners) listener();
  },
  request(refresh: () => void) {
    this.refresh = refresh;
    if (this.holds > 0) {
      this.setWaiting(true);
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.holds > 0) this.setWaiting(true);
      else this.refresh?.();
    }, SETTLE_MS);
  },
  hold(): () => void {
    this.holds += 1;
    return () => {
      this.holds -= 1;
      if (this.holds === 0 && this.waiting && this.refresh) {
        this.setWaiting(false);
        this.request(this.refresh);
      }
    };
  },
  subscribe(listener: () => void): () => void {
    scheduler.listeners.add(listener);
    return () => scheduler.listeners.delete(listener);
  },
};

/** Refetches the page's server components once no hold is active (several requests, one refresh). */
export function requestLiveRefresh(refresh: () => void): void {
  scheduler.request(refresh);
}

/** Whether others' changes are waiting for a hold to end (the page says so). */
export function useLiveRefreshWaiting(): boolean {
  return useSyncExternalStore(
    scheduler.subscribe,
    () => scheduler.waiting,
    () => false,
  );
}

/**
 * Holds live refetches while `active`: a drag in progress, a move on its way, unsaved text in
 * a form a refetch would reset. What arrived meanwhile is fetched once the hold ends.
 */
export function useLiveRefreshHold(active: boolean): void {
  useEffect(() => (active ? scheduler.hold() : undefined), [active]);
}

/**
 * Keeps a server-rendered page current: on a relevant change, refetch the page's server
 * components (`router.refresh()`), which keeps client state — a half-typed comment, an open
 * menu — and lets the server's version of every card win.
 */
export function useLiveRefresh(options: LiveRefreshOptions): LiveEvents {
  const router = useRouter();
  useLiveRefreshHold(options.paused ?? false);
  const { improvementId, versionOf } = options;
  const request = () => requestLiveRefresh(() => router.refresh());
  return useLiveEvents({
    teams: options.teams,
    lists: options.lists,
    presence: options.presence,
    onChange: (change) => {
      if (improvementId && change.improvementId !== improvementId) return;
      if (isShown(change, versionOf)) return;
      request();
    },
    onResync: request,
  });
}
