import { z } from "zod";

const uuid = z.uuid();

/** Ids arriving in paths and links: anything that is not a uuid names nothing ("not found"). */
export function isId(value: string): boolean {
  return uuid.safeParse(value).success;
}
