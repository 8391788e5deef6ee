import "server-only";
import type { Transaction } from "@/lib/db/client";
import { CHANNEL, encodeMessage, type ChangeEvent } from "./events";

/**
 * Announces a change to every app instance. Call it inside the transaction that makes the
 * change: PostgreSQL sends the NOTIFY only when that transaction commits (and never when it
 * rolls back), so listeners hear about committed changes only, in commit order.
 */
export async function publish(tx: Transaction, event: ChangeEvent): Promise<void> {
  const payload = encodeMessage({ type: "change", ...event });
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
}

type ImprovementKind = Extract<ChangeEvent["kind"], `improvement.${string}` | "pdca.updated">;

/** `publish` for a change to one improvement (or its PDCA checklist): one line in each command. */
export async function publishImprovement(
  tx: Transaction,
  kind: ImprovementKind,
  improvement: { id: string; organisationId: string; teamId: string },
  actorId: string,
  version?: number,
): Promise<void> {
  await publish(tx, { kind, organisationId: improvement.organisationId, teamId: improvement.teamId, improvementId: improvement.id, version, actorId });
}
