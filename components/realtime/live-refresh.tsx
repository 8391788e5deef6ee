"use client";

import { useTranslations } from "next-intl";
import type { LiveViewer } from "@/lib/realtime/protocol";
import type { LiveStatus } from "./live-connection";
import { PresenceIndicator } from "./presence-indicator";
import { useLiveRefresh, useLiveRefreshWaiting, type LiveRefreshOptions } from "./use-live-refresh";

/**
 * Drop-in live updates for a server-rendered page: refetches it when something it shows
 * changes, shows who else is looking (with `presence`), and says so when the live connection
 * is down. E.g. `<LiveRefresh teams={[slug]} />` on a daily start, `<LiveRefresh lists={["feedback"]} />`.
 */
export function LiveRefresh({ className = "", ...options }: LiveRefreshOptions & { className?: string }) {
  const { status, viewers, selfId } = useLiveRefresh(options);
  return <LiveStatusBar status={status} viewers={options.presence ? viewers : null} selfId={selfId} className={className} />;
}

/**
 * Who else is looking (when `viewers` is given), and a note when the live connection is down or
 * others' changes wait for the person's own drag or typing to end.
 */
export function LiveStatusBar({
  status,
  viewers,
  selfId,
  waiting = false,
  className = "",
}: {
  status: LiveStatus;
  viewers: LiveViewer[] | null;
  selfId: string | null;
  waiting?: boolean;
  className?: string;
}) {
  const held = useLiveRefreshWaiting() || waiting;
  return (
    <div className={`flex items-center gap-3 ${className}`} data-testid="live-updates" data-live-status={status} data-live-waiting={held}>
      {viewers ? <PresenceIndicator viewers={viewers} selfId={selfId} /> : null}
      <LiveStatusNote status={status} waiting={held} />
    </div>
  );
}

function LiveStatusNote({ status, waiting }: { status: LiveStatus; waiting: boolean }) {
  const t = useTranslations("realtime.status");
  // Connecting at page load is normal and quick: only a broken connection is worth announcing.
  // The "waiting" note is not announced: it would talk over a keyboard drag's own messages.
  return (
    <>
      <p role="status" className="text-xs text-amber-800">
        {status === "offline" ? t("offline") : null}
      </p>
      {waiting && status !== "offline" ? <p className="text-xs text-slate-600">{t("waiting")}</p> : null}
    </>
  );
}
