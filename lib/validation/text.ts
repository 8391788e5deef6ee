import { z } from "zod";

// PostgreSQL's text cannot hold U+0000 (it refuses the whole statement, error 22021), and no
// person types the other C0 control characters or DEL; they only arrive by accident or on
// purpose through the API. Tab, line feed and carriage return are ordinary text.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE = "validation.controlCharacter";

export function hasControlCharacters(value: string): boolean {
  return controlCharacters.test(value);
}

/**
 * The start of every schema for text from people and clients (form fields, JSON bodies, URL
 * filters and slugs): a string without control characters, refused with its own field message.
 * Chain the usual checks after it: `text().trim().min(1).max(200)`.
 */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((value) => !hasControlCharacters(value), { message: CONTROL_CHARACTER_MESSAGE });
}
