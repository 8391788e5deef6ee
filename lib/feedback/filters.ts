import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Prisma } from "@/lib/db/client";
import type { ComplaintStatus, FeedbackType } from "@/lib/db/generated/enums";
import { addDays, dayToDate, today } from "./dates";
import type { FeedbackFiltersInput } from "./schemas";

/** The period shown when none is chosen: the last 90 days, today included. */
export const DEFAULT_PERIOD_DAYS = 90;

export type ResolvedFeedbackFilters = {
  type?: FeedbackType;
  teamId?: string;
  teamSlug?: string;
  segmentId?: string;
  status?: ComplaintStatus;
  q?: string;
  from: string;
  to: string;
  page: number;
  /** The person gave the period back to front; it was turned around. */
  periodSwapped: boolean;
};

/**
 * Turns the URL's filters into ids of the actor's organisation. A team or segment that is not
 * the organisation's is dropped, never looked up elsewhere.
 */
export async function resolveFeedbackFilters(actor: Actor, filters: FeedbackFiltersInput): Promise<ResolvedFeedbackFilters> {
  const [team, segment] = await Promise.all([
    filters.team
      ? db.team.findUnique({ where: { organisationId_slug: { organisationId: actor.organisationId, slug: filters.team } }, select: { id: true, slug: true } })
      : null,
    filters.segment ? db.customerSegment.findFirst({ where: { id: filters.segment, organisationId: actor.organisationId }, select: { id: true } }) : null,
  ]);
  const end = filters.to ?? today();
  const start = filters.from ?? addDays(end, -(DEFAULT_PERIOD_DAYS - 1));
  const periodSwapped = start > end;
  return {
    type: filters.type,
    teamId: team?.id,
    teamSlug: team?.slug,
    segmentId: segment?.id,
    status: filters.status,
    q: filters.q,
    from: periodSwapped ? end : start,
    to: periodSwapped ? start : end,
    page: filters.page ?? 1,
    periodSwapped,
  };
}

/** The list's (and the export's) where clause: always inside the actor's organisation. */
export function feedbackWhere(actor: Actor, filters: ResolvedFeedbackFilters): Prisma.FeedbackWhereInput {
  return {
    organisationId: actor.organisationId,
    receivedOn: { gte: dayToDate(filters.from), lte: dayToDate(filters.to) },
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.teamId ? { teamId: filters.teamId } : {}),
    ...(filters.segmentId ? { segmentId: filters.segmentId } : {}),
    ...(filters.status ? { type: "COMPLAINT", status: filters.status } : {}),
    ...(filters.q
      ? { OR: [{ text: { contains: filters.q, mode: "insensitive" } }, { customerName: { contains: filters.q, mode: "insensitive" } }] }
      : {}),
  };
}
