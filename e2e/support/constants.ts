// Shared by the test servers and the tests; never used outside tests.
export const e2eAuthSecret = "e2e-only-secret-e2e-only-secret-0123456789";

/**
 * How long the test servers keep an idle connection open. Node's default (5 s) races with the
 * test's HTTP client reusing a pooled connection just as the server closes it (ECONNRESET on a
 * request a few seconds after the previous one); a long timeout takes that race away.
 */
export const KEEP_ALIVE_MS = 65_000;
