import { defineTokenRoute } from "@/lib/auth/token-route";
import { ingestFeedback, type IngestReply } from "@/lib/feedback/ingest";
import { ingestBodySchema } from "@/lib/feedback/schemas";

// Survey tools post answers here with an organisation API token (README: "Feedback ingest API").
export const POST = defineTokenRoute(
  "feedback.ingest",
  {
    body: ingestBodySchema,
    // Per token; generous for a daily NPS feed, tight enough that a runaway script is stopped.
    rateLimit: { limit: 120, windowMs: 60_000 },
    // A single new answer is "created"; a repeat of one, or a batch, answers 200 with its results.
    status: (reply: IngestReply) => ("status" in reply && reply.status === "created" ? 201 : 200),
  },
  ({ client, input }) => ingestFeedback(client, input),
);
