import "server-only";
import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import type { Actor } from "./actor";
import { toFailure, type Failure } from "./failure";
import { requireActor } from "./session";

export type ActionResult<T> = { ok: true; data: T } | Failure;

/**
 * The one way to write a server action: resolve the signed-in person, validate the input with
 * the module's schema, run the service (which asks the permission module), and turn every
 * failure into a translated result. Server actions are public endpoints; none may skip a step.
 */
export function defineAction<Schema extends z.ZodType, Result>(
  name: string,
  schema: Schema,
  run: (actor: Actor, input: z.output<Schema>) => Promise<Result>,
): (input: z.input<Schema>) => Promise<ActionResult<Result>> {
  return async (input) => {
    try {
      const actor = await requireActor();
      const parsed = schema.parse(input);
      return { ok: true, data: await run(actor, parsed) };
    } catch (error) {
      if (isNextControlFlow(error)) throw error;
      return toFailure(error, name);
    }
  };
}

/** What a form shows after a submit: the message, field errors, and what the person typed. */
export type FormState<Data = unknown> = {
  ok?: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  data?: Data;
  // Changes on every submit, so forms can react to a repeat of the same result.
  submittedAt?: number;
};

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/**
 * Like defineAction, for `useActionState` forms. The submitted values come back on failure so
 * nothing the person typed is lost (React resets uncontrolled forms after an action).
 */
export function defineFormAction<Schema extends z.ZodType, Result>(
  name: string,
  schema: Schema,
  run: (actor: Actor, input: z.output<Schema>) => Promise<Result>,
  toInput: (values: Record<string, string>, formData: FormData) => unknown = (values) => values,
): (previous: FormState<Result>, formData: FormData) => Promise<FormState<Result>> {
  return async (_previous, formData) => {
    const values = formValues(formData);
    try {
      const actor = await requireActor();
      const parsed = schema.parse(toInput(values, formData));
      const data = await run(actor, parsed);
      return { ok: true, data, submittedAt: Date.now() };
    } catch (error) {
      if (isNextControlFlow(error)) throw error;
      const failure = await toFailure(error, name);
      return { ok: false, message: failure.message, fieldErrors: failure.fieldErrors, values, submittedAt: Date.now() };
    }
  };
}

// redirect() and notFound() work by throwing; they must pass through untouched.
export function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
