import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/auth/route";
import { requireActor } from "@/lib/auth/session";
import { parseSubscribeQuery } from "@/lib/realtime/schemas";
import { openEventStream } from "@/lib/realtime/stream";

// Live updates as server-sent events: GET /api/events?team=<slug>[&presence=1][&topics=feedback,successes][&since=<ms>].
// Signed-in people only; every topic and every event is checked against the permission module.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  try {
    const actor = await requireActor();
    const input = parseSubscribeQuery(request.nextUrl.searchParams);
    return await openEventStream(actor, input, request.signal);
  } catch (error) {
    const response = await errorResponse(error, "realtime.events");
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
}
