import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { ExpectedError, httpStatusByCode } from "@/lib/errors";
import type { Actor } from "./actor";
import { isDatabaseUnavailable, toFailure } from "./failure";
import { requireActor } from "./session";

type RouteContext<Params> = { params: Promise<Params> };

export type ApiErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

/**
 * The one way to write a JSON API handler: resolve the caller, validate the JSON body, run the
 * service, and answer errors as `{ error: { code, message, fields? } }` with a fitting status.
 */
export function defineRoute<Params extends Record<string, string>, Schema extends z.ZodType | undefined, Result>(
  name: string,
  options: { body?: Schema; status?: number },
  run: (context: {
    actor: Actor;
    params: Params;
    input: Schema extends z.ZodType ? z.output<Schema> : undefined;
    request: NextRequest;
  }) => Promise<Result>,
): (request: NextRequest, context: RouteContext<Params>) => Promise<NextResponse> {
  return async (request, context) => {
    try {
      const actor = await requireActor();
      const params = await context.params;
      let input: unknown = undefined;
      if (options.body) {
        const raw: unknown = await request.json().catch(() => {
          throw new ExpectedError("invalid", "errors.malformedJson");
        });
        input = options.body.parse(raw);
      }
      const result = await run({ actor, params, input: input as never, request });
      return NextResponse.json(result, { status: options.status ?? 200 });
    } catch (error) {
      return errorResponse(error, name);
    }
  };
}

export async function errorResponse(error: unknown, context: string): Promise<NextResponse<ApiErrorBody>> {
  const failure = await toFailure(error, context);
  const status =
    failure.code === "internal" ? (isDatabaseUnavailable(error) ? 503 : 500) : httpStatusByCode[failure.code];
  return NextResponse.json(
    { error: { code: failure.code, message: failure.message, ...(failure.fieldErrors ? { fields: failure.fieldErrors } : {}) } },
    { status },
  );
}
