"use client";

import { ExternalLink, Printer } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { useUnsavedWarning } from "@/components/board/use-unsaved-warning";
import { useLiveEvents } from "@/components/realtime/use-live-events";
import { Button } from "@/components/ui/button";
import { getPdcaChecklistAction } from "@/lib/pdca/actions";
import { gateFields } from "@/lib/pdca/gates";
import type { PdcaChecklist, PdcaCycleDto } from "@/lib/pdca/types";
import { CycleRecord } from "./cycle-record";
import { isGateFailure, registerPdcaPanel, type PdcaGateRequest } from "./gate-requests";
import { browserToday, PdcaChecklistForm } from "./pdca-checklist";

type Props = {
  improvementId: string;
  /** Loaded by a server page; without it the panel loads the checklist itself. */
  initial?: PdcaChecklist;
  /** Change it (e.g. to the card's version) to make the panel load the checklist again. */
  refreshKey?: string | number;
  /** A refused move to show at once (the board's dialog passes it). */
  gate?: PdcaGateRequest;
  /** Called when the refused move went through after all, or was given up. */
  onGateDone?: (moved: boolean) => void;
  /** "page" shows the checklist's own heading and links bigger; "embedded" sits in the card detail. */
  variant?: "embedded" | "page" | "dialog";
  onDirtyChange?: (dirty: boolean) => void;
};

const fieldOrder: string[] = [...gateFields];

/** The first missing field in checklist order, so the checklist opens where work starts. */
export function firstMissingField(fieldErrors: Record<string, string[]>): string | null {
  const paths = Object.keys(fieldErrors);
  return [...paths].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

function rank(path: string): number {
  const index = fieldOrder.indexOf(path);
  return index === -1 ? fieldOrder.length : index;
}

/**
 * The PDCA checklist of one card, wherever it is shown: in the card detail, on its own page, or
 * over the board after a refused move. It takes refused moves for its card (see gate-requests):
 * shows what is missing, opens at the first missing field and, once saved, retries the move.
 */
export function PdcaPanel({ improvementId, initial, refreshKey, gate: initialGate, onGateDone, variant = "embedded", onDirtyChange }: Props) {
  const t = useTranslations("pdca");
  const router = useRouter();
  const [checklist, setChecklist] = useState<PdcaChecklist | null>(initial ?? null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [gate, setGate] = useState<PdcaGateRequest | null>(initialGate ?? null);
  const [gateErrors, setGateErrors] = useState<Record<string, string[]>>(initialGate?.fieldErrors ?? {});
  const [focusRequest, setFocusRequest] = useState<{ path: string; at: number } | null>(() => {
    const path = initialGate ? firstMissingField(initialGate.fieldErrors) : null;
    return path ? { path, at: 1 } : null;
  });
  const [moving, setMoving] = useState(false);

  // Loads can overlap (a live change, a move, a retry): only the latest one's answer counts.
  const loads = useRef(0);
  const load = useCallback(async () => {
    const seq = ++loads.current;
    const result = await getPdcaChecklistAction({ improvementId });
    if (seq !== loads.current) return;
    if (result.ok) {
      setChecklist(result.data);
      setLoadError(null);
    } else setLoadError(result.message);
  }, [improvementId]);

  const loadedFor = useRef(initial ? refreshKey : undefined);
  useEffect(() => {
    // `initial` only seeds the first render; a new refreshKey (the card moved or changed) loads again.
    if (initial && loadedFor.current === refreshKey) return;
    loadedFor.current = refreshKey;
    void load();
  }, [initial, load, refreshKey]);

  // Others' checklist saves do not change the card's version, so the panel follows them itself.
  // Unsaved text in the checklist holds them back until it is saved or discarded (a save over
  // someone else's is refused by its version and reloads then).
  const formDirty = useRef(false);
  const missed = useRef(false);
  // On the checklist's own page, leaving with unsaved text asks first (reload, links, Back);
  // over the card, the card detail asks for it.
  const [unsaved, setUnsaved] = useState(false);
  useUnsavedWarning(variant === "page" && unsaved);
  const reloadWhenFree = useCallback(() => {
    if (formDirty.current) missed.current = true;
    else void load();
  }, [load]);
  const reportDirty = useCallback(
    (dirty: boolean) => {
      formDirty.current = dirty;
      setUnsaved(dirty);
      if (!dirty && missed.current) {
        missed.current = false;
        void load();
      }
      onDirtyChange?.(dirty);
    },
    [load, onDirtyChange],
  );
  const teamSlug = checklist?.improvement.team.slug;
  useLiveEvents({
    teams: teamSlug ? [teamSlug] : [],
    onChange: (change) => {
      if (change.kind === "pdca.updated" && change.improvementId === improvementId) reloadWhenFree();
    },
    onResync: reloadWhenFree,
  });

  const openGate = useCallback((request: PdcaGateRequest) => {
    setGate(request);
    setGateErrors(request.fieldErrors);
    const path = firstMissingField(request.fieldErrors);
    if (path) setFocusRequest({ path, at: Date.now() });
  }, []);

  useEffect(() => registerPdcaPanel(improvementId, openGate), [improvementId, openGate]);

  const endGate = useCallback(
    (moved: boolean) => {
      setGate(null);
      setGateErrors({});
      onGateDone?.(moved);
    },
    [onGateDone],
  );

  const retryMove = useCallback(
    async (request: PdcaGateRequest) => {
      setMoving(true);
      try {
        const result = await request.retry();
        if (result.ok) {
          toast.success(t("gate.moved", { title: request.title, column: request.targetColumn }));
          endGate(true);
          router.refresh();
          void load();
        } else if (isGateFailure(result)) {
          // Still something missing (perhaps in another section): show that, at its field.
          openGate({ ...request, message: result.message, fieldErrors: result.fieldErrors ?? {} });
        } else {
          toast.error(result.message);
          endGate(false);
          router.refresh();
        }
      } finally {
        setMoving(false);
      }
    },
    [endGate, load, openGate, router, t],
  );

  const onSaved = useCallback(
    (cycle: PdcaCycleDto) => {
      setChecklist((value) => (value ? { ...value, current: cycle } : value));
      if (gate) void retryMove(gate);
      else router.refresh();
    },
    [gate, retryMove, router],
  );

  const onReload = useCallback(() => void load(), [load]);
  const onCycleStarted = useCallback(() => {
    void load();
    router.refresh();
  }, [load, router]);
  const onGateFieldEdited = useCallback((path: string) => {
    setGateErrors(({ [path]: _edited, ...rest }) => rest);
  }, []);

  if (!checklist) {
    return (
      <section aria-label={t("title")} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        {loadError ? (
          <div className="flex flex-col items-start gap-2" role="alert">
            <p className="text-sm text-red-800">{t("loadFailed")}</p>
            <Button variant="secondary" size="sm" onClick={() => void load()}>
              {t("retryLoad")}
            </Button>
          </div>
        ) : (
          <p className="text-sm text-slate-500" role="status">
            {t("loading")}
          </p>
        )}
      </section>
    );
  }

  const { improvement, current, previous, permissions } = checklist;
  const base = `/teams/${improvement.team.slug}/improvements/${improvement.id}`;
  const HeadingTag = variant === "page" ? "h1" : "h2";
  return (
    <section aria-labelledby={`pdca-heading-${improvement.id}`} className="flex flex-col gap-3" data-testid="pdca-checklist">
      <header className="flex flex-wrap items-end justify-between gap-x-4 gap-y-1">
        <div>
          <HeadingTag id={`pdca-heading-${improvement.id}`} className={variant === "page" ? "text-2xl font-semibold" : "text-base font-semibold"}>
            {t("title")}
            <span className="ml-2 text-sm font-normal text-slate-500">{t("cycle", { number: current.number })}</span>
          </HeadingTag>
          {variant === "page" ? <p className="mt-1 text-sm text-slate-600">{t("intro")}</p> : null}
        </div>
        <nav className="flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-label={t("title")}>
          {variant !== "page" ? (
            <Link href={`${base}/pdca`} className="inline-flex items-center gap-1 text-brand-700 hover:underline">
              <ExternalLink aria-hidden className="h-3.5 w-3.5" />
              {t("fullPage")}
            </Link>
          ) : null}
          <Link href={`${base}/print`} className="inline-flex items-center gap-1 text-brand-700 hover:underline">
            <Printer aria-hidden className="h-3.5 w-3.5" />
            {t("printLink")}
          </Link>
        </nav>
      </header>

      {permissions.canEdit ? (
        <PdcaChecklistForm
          key={current.number}
          checklist={checklist}
          gate={gate}
          gateErrors={gateErrors}
          focusRequest={focusRequest}
          moving={moving}
          onSaved={onSaved}
          onReload={onReload}
          onCycleStarted={onCycleStarted}
          onCancelGate={() => endGate(false)}
          onGateFieldEdited={onGateFieldEdited}
          onDirtyChange={reportDirty}
        />
      ) : (
        <>
          <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600 ring-1 ring-slate-200">{t("readOnly")}</p>
          <CycleRecord cycle={current} today={browserToday()} />
        </>
      )}

      {previous.length ? (
        <section aria-labelledby={`pdca-previous-${improvement.id}`} className="flex flex-col gap-2">
          <h3 id={`pdca-previous-${improvement.id}`} className="text-sm font-semibold text-slate-700">
            {t("previous.title")}
          </h3>
          {previous.map((cycle) => (
            <details key={cycle.number} className="rounded-lg bg-slate-50 ring-1 ring-slate-200">
              <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
                <ClosedCycleTitle cycle={cycle} />
              </summary>
              <div className="border-t border-slate-200 px-3 pb-3">
                <CycleRecord cycle={cycle} headingLevel="h4" />
              </div>
            </details>
          ))}
        </section>
      ) : null}
    </section>
  );
}

function ClosedCycleTitle({ cycle }: { cycle: PdcaCycleDto }) {
  const t = useTranslations("pdca");
  const format = useFormatter();
  return (
    <>
      {cycle.closedAt
        ? t("cycleClosed", { number: cycle.number, date: format.dateTime(new Date(cycle.closedAt), { dateStyle: "medium" }) })
        : t("cycle", { number: cycle.number })}
    </>
  );
}
