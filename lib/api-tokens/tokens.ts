import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { CreateApiTokenInput, RevokeApiTokenInput } from "./schemas";

// Organisation API tokens for machine clients (survey tools). Only a SHA-256 of each token is
// stored: 256 random bits need no slow hash, and a database leak then yields no usable token.

const TOKEN_MARK = "vbt_";
/** "vbt_" plus 8 characters: enough to tell tokens apart, far too few to guess the rest. */
const PREFIX_LENGTH = TOKEN_MARK.length + 8;
/** lastUsedAt is written at most this often per token, so a busy survey tool does not cost a write per answer. */
const LAST_USED_PRECISION_MS = 60_000;

/** Who is calling with a valid token: the organisation it belongs to, never a person. */
export type ApiClient = { tokenId: string; organisationId: string; name: string };

export type ApiTokenDto = {
  id: string;
  name: string;
  prefix: string;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The organisation's tokens, newest first, revoked ones included (they explain old API calls). */
export async function listApiTokens(actor: Actor): Promise<ApiTokenDto[]> {
  authorize(actor, { action: "apiToken.manage", resource: { organisationId: actor.organisationId } });
  const tokens = await db.apiToken.findMany({
    where: { organisationId: actor.organisationId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { name: true } } },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return tokens.map((token) => ({
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdBy: token.createdBy?.name ?? null,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  }));
}

/** A new token. `token` is the only time the secret exists outside the caller's hands. */
export async function createApiToken(actor: Actor, input: CreateApiTokenInput): Promise<{ id: string; name: string; prefix: string; token: string }> {
  authorize(actor, { action: "apiToken.manage", resource: { organisationId: actor.organisationId } });
  const token = `${TOKEN_MARK}${randomBytes(32).toString("base64url")}`;
  const created = await db.apiToken.create({
    data: {
      organisationId: actor.organisationId,
      name: input.name,
      tokenHash: hashApiToken(token),
      prefix: token.slice(0, PREFIX_LENGTH),
      createdById: actor.userId,
    },
    select: { id: true, name: true, prefix: true },
  });
  return { ...created, token };
}

/** Revoking is final: the token stops working at once, on every app instance. */
export async function revokeApiToken(actor: Actor, input: RevokeApiTokenInput): Promise<{ id: string; revokedAt: string }> {
  authorize(actor, { action: "apiToken.manage", resource: { organisationId: actor.organisationId } });
  const existing = await db.apiToken.findFirst({ where: { id: input.id, organisationId: actor.organisationId }, select: { id: true, revokedAt: true } });
  if (!existing) throw new NotFoundError();
  if (existing.revokedAt) throw new ConflictError("apiTokens.errors.alreadyRevoked");
  const revokedAt = new Date();
  await db.apiToken.update({ where: { id: existing.id }, data: { revokedAt }, select: { id: true } });
  return { id: existing.id, revokedAt: revokedAt.toISOString() };
}

/**
 * The client a bearer token stands for, or null when it is unknown or revoked (both answer the
 * same, so a caller learns nothing about which tokens exist).
 */
export async function verifyApiToken(token: string, now = new Date()): Promise<ApiClient | null> {
  if (!token.startsWith(TOKEN_MARK) || token.length > 200) return null;
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, organisationId: true, name: true, revokedAt: true, lastUsedAt: true },
  });
  if (!found || found.revokedAt) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.apiToken.updateMany({ where: { id: found.id, revokedAt: null }, data: { lastUsedAt: now } });
  }
  return { tokenId: found.id, organisationId: found.organisationId, name: found.name };
}
