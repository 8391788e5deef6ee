// A refused board move (code "gate") asks the PDCA checklist to open at the first missing
// field. Whoever refused the move (a drag on the board, "Move to…" in the card detail) calls
// `requestPdcaGate`; a checklist panel already showing that card takes the request, otherwise
// the board's dialog host opens the checklist over the board. Browser-only, module state: one
// page, one set of listeners.

export type GateFailure = { ok: false; code?: string; message: string; fieldErrors?: Record<string, string[]> };
export type GateRetryResult = { ok: true } | GateFailure;

export type PdcaGateRequest = {
  improvementId: string;
  title: string;
  /** The column the card was meant to go to, for "Save and move to …". */
  targetColumn: string;
  message: string;
  fieldErrors: Record<string, string[]>;
  /** Repeats the refused move (the board applies it to its own state when it succeeds). */
  retry: () => Promise<GateRetryResult>;
};

type Handler = (request: PdcaGateRequest) => void;

const panels = new Map<string, Handler[]>();
const hosts: Handler[] = [];

/** A checklist panel on screen takes the requests for its card while it is mounted. */
export function registerPdcaPanel(improvementId: string, handler: Handler): () => void {
  const list = panels.get(improvementId) ?? [];
  list.push(handler);
  panels.set(improvementId, list);
  return () => {
    const current = panels.get(improvementId) ?? [];
    const next = current.filter((entry) => entry !== handler);
    if (next.length) panels.set(improvementId, next);
    else panels.delete(improvementId);
  };
}

/** A host (the board's dialog) opens the checklist for requests no panel takes. */
export function registerPdcaGateHost(handler: Handler): () => void {
  hosts.push(handler);
  return () => {
    const index = hosts.lastIndexOf(handler);
    if (index >= 0) hosts.splice(index, 1);
  };
}

export function isGateFailure(result: { ok: boolean; code?: string }): result is GateFailure & { code: "gate" } {
  return !result.ok && result.code === "gate";
}

/** Hands the refusal to the newest panel for the card, else to the newest host; false when none is there. */
export function requestPdcaGate(request: PdcaGateRequest): boolean {
  const handler = panels.get(request.improvementId)?.at(-1) ?? hosts.at(-1);
  if (!handler) return false;
  handler(request);
  return true;
}
