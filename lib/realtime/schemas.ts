import { z } from "zod";
import { text } from "@/lib/validation/text";
import { listTopics } from "./protocol";

const MAX_TEAMS = 10;

/** What a stream follows: `?team=<slug>` (repeatable or comma-separated), `?topics=feedback,successes`, `presence=1` (one team), `since=<ms>`. */
export const subscribeSchema = z
  .object({
    teams: z.array(text().min(1).max(100)).max(MAX_TEAMS),
    lists: z.array(z.enum(listTopics)),
    presence: z.boolean(),
    since: z.int().positive().nullable(),
  })
  .refine((input) => input.teams.length + input.lists.length > 0, { message: "realtime.validation.noTopics", path: ["team"] })
  .refine((input) => !input.presence || input.teams.length === 1, { message: "realtime.validation.presenceNeedsOneTeam", path: ["presence"] });

export type SubscribeInput = z.infer<typeof subscribeSchema>;

function many(params: URLSearchParams, name: string): string[] {
  return [...new Set(params.getAll(name).flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean))];
}

/** Reads the query string into `subscribeSchema` (throws a ZodError on bad input: a 400). */
export function parseSubscribeQuery(params: URLSearchParams): SubscribeInput {
  const since = params.get("since");
  return subscribeSchema.parse({
    teams: many(params, "team"),
    lists: many(params, "topics"),
    presence: params.get("presence") === "1" || params.get("presence") === "true",
    since: since && /^\d{1,15}$/.test(since) ? Number(since) : null,
  });
}
