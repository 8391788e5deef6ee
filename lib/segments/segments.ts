import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { CreateSegmentInput, UpdateSegmentInput } from "./schemas";

export type SegmentDto = { id: string; name: string; description: string | null; archived: boolean };

const segmentSelect = { id: true, name: true, description: true, archivedAt: true } as const;

function toDto(segment: { id: string; name: string; description: string | null; archivedAt: Date | null }): SegmentDto {
  return { id: segment.id, name: segment.name, description: segment.description, archived: segment.archivedAt !== null };
}

/** The organisation's customer segments, by name; archived ones only when asked for. */
export async function listSegments(actor: Actor, options: { includeArchived?: boolean } = {}): Promise<SegmentDto[]> {
  const segments = await db.customerSegment.findMany({
    where: { organisationId: actor.organisationId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    select: segmentSelect,
    orderBy: { name: "asc" },
  });
  return segments.map(toDto);
}

/** A segment of the actor's organisation; another organisation's segment is "not found". */
export async function getSegment(actor: Actor, id: string): Promise<SegmentDto> {
  const segment = await db.customerSegment.findFirst({ where: { id, organisationId: actor.organisationId }, select: segmentSelect });
  if (!segment) throw new NotFoundError();
  return toDto(segment);
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

export async function createSegment(actor: Actor, input: CreateSegmentInput): Promise<SegmentDto> {
  authorize(actor, { action: "segment.create", resource: { organisationId: actor.organisationId } });
  try {
    const segment = await db.customerSegment.create({
      data: { organisationId: actor.organisationId, name: input.name, description: input.description || null },
      select: segmentSelect,
    });
    return toDto(segment);
  } catch (error) {
    if (isUniqueViolation(error)) throw new InvalidInputError({ name: [{ key: "errors.validation.segmentExists" }] });
    throw error;
  }
}

/**
 * Archives or restores a segment and touches nothing else, so it never undoes a rename another
 * admin saved meanwhile. Archiving twice keeps the first moment.
 */
export async function setSegmentArchived(actor: Actor, input: { id: string; archived: boolean }): Promise<SegmentDto> {
  authorize(actor, { action: "organisation.manage", resource: { organisationId: actor.organisationId } });
  const where = { id: input.id, organisationId: actor.organisationId };
  await db.customerSegment.updateMany({
    where: input.archived ? { ...where, archivedAt: null } : where,
    data: { archivedAt: input.archived ? new Date() : null },
  });
  const segment = await db.customerSegment.findFirst({ where, select: segmentSelect });
  if (!segment) throw new NotFoundError();
  return toDto(segment);
}

export async function updateSegment(actor: Actor, input: UpdateSegmentInput): Promise<SegmentDto> {
  authorize(actor, { action: "organisation.manage", resource: { organisationId: actor.organisationId } });
  const existing = await db.customerSegment.findFirst({ where: { id: input.id, organisationId: actor.organisationId }, select: { id: true } });
  if (!existing) throw new NotFoundError();
  try {
    const segment = await db.customerSegment.update({
      where: { id: existing.id },
      data: {
        name: input.name,
        description: input.description || null,
      },
      select: segmentSelect,
    });
    return toDto(segment);
  } catch (error) {
    if (isUniqueViolation(error)) throw new InvalidInputError({ name: [{ key: "errors.validation.segmentExists" }] });
    throw error;
  }
}
