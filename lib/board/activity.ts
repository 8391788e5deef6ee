import "server-only";
import type { Transaction } from "@/lib/db/client";
import type { ActivityKind } from "@/lib/db/generated/enums";

export type ActivityData = Record<string, string | number | boolean | null | string[]>;

/** One line of a card's history, written in the same transaction as the change it describes. */
export async function recordActivity(
  tx: Transaction,
  entry: { organisationId: string; improvementId: string; actorId: string; kind: ActivityKind; data?: ActivityData },
): Promise<void> {
  await tx.improvementActivity.create({
    data: {
      organisationId: entry.organisationId,
      improvementId: entry.improvementId,
      actorId: entry.actorId,
      kind: entry.kind,
      ...(entry.data ? { data: entry.data } : {}),
    },
    select: { id: true },
  });
}
