// Expected failures: their message key is translated and shown to the user. Anything else is
// logged and the user sees a generic message (see lib/auth/action.ts).

export type MessageParams = Record<string, string | number>;

/** Translated, ready for a form: field path → messages. */
export type FieldErrors = Record<string, string[]>;

/** Untranslated, as services raise them: field path → message keys (with their parameters). */
export type FieldIssues = Record<string, { key: string; params?: MessageParams }[]>;

export class ExpectedError extends Error {
  constructor(
    readonly code: "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid" | "gate" | "rate_limited",
    readonly messageKey: string,
    readonly params: MessageParams = {},
    readonly fieldIssues?: FieldIssues,
  ) {
    super(messageKey);
    this.name = "ExpectedError";
  }
}

// Another organisation's data, or anything the user may not even know exists, answers 404.
export class NotFoundError extends ExpectedError {
  constructor(messageKey = "errors.notFound") {
    super("not_found", messageKey);
  }
}

export class ForbiddenError extends ExpectedError {
  constructor(messageKey = "errors.forbidden") {
    super("forbidden", messageKey);
  }
}

export class ConflictError extends ExpectedError {
  constructor(messageKey = "errors.conflict", params: MessageParams = {}) {
    super("conflict", messageKey, params);
  }
}

/** Field-level problems found by a service after validation (e.g. "this column is not on your board"). */
export class InvalidInputError extends ExpectedError {
  constructor(fieldIssues: FieldIssues, messageKey = "errors.invalid") {
    super("invalid", messageKey, {}, fieldIssues);
  }
}

export const httpStatusByCode: Record<ExpectedError["code"], number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 400,
  gate: 422,
  rate_limited: 429,
};

// SQLSTATEs of values PostgreSQL refuses that a schema should have caught first.
const CHARACTER_NOT_IN_REPERTOIRE = "22021"; // a NUL in text
const INVALID_TEXT_REPRESENTATION = "22P02"; // e.g. a malformed uuid

/** PostgreSQL's SQLSTATE of an error, wherever Prisma's driver adapter or pg put it. */
export function sqlState(error: unknown): string | undefined {
  if (error === null || typeof error !== "object") return undefined;
  // Prisma through the pg driver adapter keeps PostgreSQL's code in meta; pg's own errors carry it as `code`.
  const { code, meta, cause } = error as { code?: unknown; meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } }; cause?: unknown };
  const adapterCode = meta?.driverAdapterError?.cause?.originalCode;
  if (typeof adapterCode === "string") return adapterCode;
  // Prisma's own codes (P1000…P6999) have the same shape; PostgreSQL's P-class is only P0.
  for (const candidate of [code, meta?.code]) if (typeof candidate === "string" && /^[0-9A-Z]{5}$/.test(candidate) && !/^P[1-9]/.test(candidate)) return candidate;
  const causeCode = (cause as { originalCode?: unknown } | undefined)?.originalCode;
  return typeof causeCode === "string" ? causeCode : undefined;
}

/**
 * The safety net behind the schemas: a value PostgreSQL refuses is the caller's bad input, not
 * our failure. Text it cannot store is "invalid" (400); an id that is no id names nothing (404).
 * Null for every other error.
 */
export function refusedInputError(error: unknown): ExpectedError | null {
  const state = sqlState(error);
  if (state === CHARACTER_NOT_IN_REPERTOIRE) return new ExpectedError("invalid", "errors.validation.controlCharacter");
  if (state === INVALID_TEXT_REPRESENTATION) return new NotFoundError();
  return null;
}
