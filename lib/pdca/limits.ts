// The checklist's length limits, without zod: client components import these, so the browser
// bundle does not carry the schemas (lib/pdca/schemas.ts re-exports them for the server).

export const PROBLEM_MAX = 1_000;
export const CUSTOMER_NAME_MAX = 200;
export const TEXT_MAX = 2_000;
export const LONG_TEXT_MAX = 4_000;
export const SHORT_TEXT_MAX = 1_000;
export const WHY_MAX = 500;
export const WHYS = 5;
export const ACTION_MAX = 300;
export const ACTIONS_MAX = 20;
