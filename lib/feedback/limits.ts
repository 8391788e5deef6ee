import { ComplaintStatus, FeedbackChannel, FeedbackType } from "@/lib/db/generated/enums";

// Limits and choices shared by the feedback schemas and its client components. Kept apart from
// schemas.ts so the browser does not download zod for a few numbers.

export const TEXT_MAX = 4_000;
export const CUSTOMER_NAME_MAX = 120;
export const TITLE_MAX = 200;
export const EXTERNAL_ID_MAX = 200;
/** The customer expectation goes into the PDCA checklist, so its limit is the checklist's (a test keeps them equal). */
export const EXPECTATION_MAX = 2_000;
/** Responses per ingest request. */
export const INGEST_BATCH_MAX = 100;
/** Feedback from before this day is almost certainly a typo in the year. */
export const EARLIEST_DAY = "2000-01-01";

export const feedbackTypes = Object.values(FeedbackType);
export const feedbackChannels = Object.values(FeedbackChannel);
export const complaintStatuses = Object.values(ComplaintStatus);
