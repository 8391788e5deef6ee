import { createHash, randomBytes } from "node:crypto";

export const INVITE_VALID_DAYS = 7;

/** A new invite token: 256 random bits, URL-safe. Only its hash is stored. */
export function generateInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function inviteExpiry(from: Date = new Date()): Date {
  return new Date(from.getTime() + INVITE_VALID_DAYS * 24 * 60 * 60 * 1000);
}

export function invitePath(token: string): string {
  return `/invite/${token}`;
}
