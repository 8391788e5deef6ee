import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { ExpectedError } from "@/lib/errors";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { loadActor } from "./load-actor";

export { loadActor };

/** The signed-in person for this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(userId);
});

/** For pages: the signed-in person, or a redirect to the sign-in page. */
export async function requirePageActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For actions and API handlers: the signed-in person, or an "unauthenticated" error. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new ExpectedError("unauthenticated", "errors.unauthenticated");
  return actor;
}
