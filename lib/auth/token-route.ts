import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { verifyApiToken, type ApiClient } from "@/lib/api-tokens/tokens";
import { ExpectedError } from "@/lib/errors";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { errorResponse } from "./route";

type RouteContext<Params> = { params: Promise<Params> };

/** Anything with zod's `parse`: a schema, or a small parser built from schemas. */
type BodyParser<Input> = { parse: (raw: unknown) => Input };

/** Larger bodies are refused before parsing; a batch of the biggest allowed answers fits easily. */
const BODY_MAX_BYTES = 1_000_000;

/**
 * The sibling of `defineRoute` for machine clients: resolve the organisation API token sent as
 * `Authorization: Bearer <token>`, count the call against the token's rate limit, validate the
 * JSON body, run the service, and answer errors as `{ error: { code, message, fields? } }`.
 * An unknown or revoked token gets 401 before anything else happens.
 */
export function defineTokenRoute<Params extends Record<string, string>, Input, Result>(
  name: string,
  options: { body: BodyParser<Input>; rateLimit: RateLimitRule; status?: number | ((result: Result) => number) },
  run: (context: { client: ApiClient; params: Params; input: Input; request: NextRequest }) => Promise<Result>,
): (request: NextRequest, context: RouteContext<Params>) => Promise<NextResponse> {
  return async (request, context) => {
    let retryAfterSeconds: number | undefined;
    try {
      const client = await authenticate(request);
      const limit = await hitRateLimit(`api-token:${client.tokenId}`, options.rateLimit);
      if (limit.limited) {
        retryAfterSeconds = Math.max(1, Math.ceil(limit.retryAfterMs / 1000));
        throw new ExpectedError("rate_limited", "errors.rateLimited", { seconds: retryAfterSeconds });
      }
      const params = await context.params;
      const input = options.body.parse(await readJson(request));
      const result = await run({ client, params, input, request });
      const status = typeof options.status === "function" ? options.status(result) : (options.status ?? 200);
      return NextResponse.json(result, { status, headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      const response = await errorResponse(error, name);
      response.headers.set("Cache-Control", "no-store");
      if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="verbeterbord"');
      if (retryAfterSeconds !== undefined) response.headers.set("Retry-After", String(retryAfterSeconds));
      return response;
    }
  };
}

async function authenticate(request: NextRequest): Promise<ApiClient> {
  const header = request.headers.get("authorization") ?? "";
  const token = /^Bearer[ \t]+(\S+)\s*$/i.exec(header)?.[1];
  const client = token ? await verifyApiToken(token) : null;
  if (!client) throw new ExpectedError("unauthenticated", "apiTokens.errors.invalidToken");
  return client;
}

async function readJson(request: NextRequest): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > BODY_MAX_BYTES) throw new ExpectedError("invalid", "apiTokens.errors.bodyTooLarge", { maximum: BODY_MAX_BYTES });
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > BODY_MAX_BYTES) throw new ExpectedError("invalid", "apiTokens.errors.bodyTooLarge", { maximum: BODY_MAX_BYTES });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ExpectedError("invalid", "errors.malformedJson");
  }
}
