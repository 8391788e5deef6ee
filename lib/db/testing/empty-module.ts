// Stands in for `server-only` under Vitest: that package throws outside a React server
// environment, and tests are exactly where server code runs outside one.
export {};
