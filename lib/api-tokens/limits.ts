// Kept apart from schemas.ts so the token form does not download zod for one number.
export const TOKEN_NAME_MAX = 80;
