import "server-only";
import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { ExpectedError, refusedInputError, type FieldErrors, type FieldIssues, type MessageParams } from "@/lib/errors";
import { fieldIssuesFromZod } from "@/lib/i18n/zod-issues";
import { log } from "@/lib/log";

export type Failure = { ok: false; code: ExpectedError["code"] | "internal"; message: string; fieldErrors?: FieldErrors };

type Translate = (key: string, params?: MessageParams) => string;

async function translator(): Promise<Translate> {
  const t = await getTranslations();
  // Keys come from services and schemas at run time; the catalogue test keeps them complete.
  return (key, params) => (t.has(key as never) ? t(key as never, params as never) : t("errors.unexpected" as never));
}

function translateIssues(issues: FieldIssues, t: Translate): FieldErrors {
  return Object.fromEntries(Object.entries(issues).map(([field, list]) => [field, list.map(({ key, params }) => t(key, params))]));
}

/**
 * Maps anything thrown by a service to what the user may see; unexpected errors are logged, not
 * shown. Values PostgreSQL refused (a NUL in text, a malformed id) are the caller's bad input,
 * answered as such and logged as a warning: a schema or a service should have caught them first.
 */
export async function toFailure(thrown: unknown, context: string): Promise<Failure> {
  const refused = refusedInputError(thrown);
  if (refused) log.warn("database refused an input value", { context, code: refused.code, error: thrown });
  const error = refused ?? thrown;
  const t = await translator();
  if (error instanceof ZodError) {
    return { ok: false, code: "invalid", message: t("errors.invalid"), fieldErrors: translateIssues(fieldIssuesFromZod(error), t) };
  }
  if (error instanceof ExpectedError) {
    return {
      ok: false,
      code: error.code,
      message: t(error.messageKey, error.params),
      ...(error.fieldIssues ? { fieldErrors: translateIssues(error.fieldIssues, t) } : {}),
    };
  }
  log.error("unexpected error", { context, error });
  return { ok: false, code: "internal", message: t(isDatabaseUnavailable(error) ? "errors.databaseUnavailable" : "errors.unexpected") };
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${String((error as { code?: unknown }).code ?? "")}` : String(error);
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable|P1001|57P01|57P03/i.test(text);
}
