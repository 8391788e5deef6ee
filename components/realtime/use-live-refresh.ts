"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import type { LiveChange } from "@/lib/realtime/protocol";
import { useLiveEvents, type LiveEvents, type LiveEventsOptions } from "./use-live-events";

export type LiveRefreshOptions = Omit<LiveEventsOptions, "onChange" | "onResync"> & {
  /** Only changes to this improvement matter (a card's own page). */
  improvementId?: string;
  /**
   * While true (a drag in progress, the person's own move on its way), refreshes wait and then
   * happen once: what the person is doing is never yanked from under them.
   */
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

// Bursts (a lead triaging five suggestions) become one refetch.
const SETTLE_MS = 120;

/**
 * Keeps a server-rendered page current: on a relevant change, refetch the page's server
 * components (`router.refresh()`), which keeps client state — a half-typed comment, an open
 * menu — and lets the server's version of every card win.
 */
export function useLiveRefresh(options: LiveRefreshOptions): LiveEvents {
  const router = useRouter();
  const paused = options.paused ?? false;
  const pausedRef = useRef(paused);
  const waiting = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const request = useCallback(() => {
    if (pausedRef.current) {
      waiting.current = true;
      return;
    }
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      if (pausedRef.current) waiting.current = true;
      else router.refresh();
    }, SETTLE_MS);
  }, [router]);

  useEffect(() => {
    pausedRef.current = paused;
    if (!paused && waiting.current) {
      waiting.current = false;
      request();
    }
  }, [paused, request]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const { improvementId, versionOf } = options;
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
