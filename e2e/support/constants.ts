// Shared by the test servers and the tests; never used outside tests.
export const e2eAuthSecret = "e2e-only-secret-e2e-only-secret-0123456789";
