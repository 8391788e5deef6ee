import { beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld } from "@/lib/auth/testing/world";
import { getSuccess, getSuccessPrefill } from "./queries";

let world: TestWorld;

beforeAll(async () => {
  world = await createTestWorld();
});

// Ids come from the URL (/successes/<id>, /successes/new?improvement=<id>); PostgreSQL's uuid
// column refuses anything else with an error, so they are checked before the query.
describe("success ids from the URL", () => {
  it.each(["-".repeat(36), "0".repeat(36), "abc", "\u0000", ""])("answers 'not found' for %j", async (id) => {
    await expect(getSuccess(world.member, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getSuccessPrefill(world.member, id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers 'not found' for a well-formed id that names nothing", async () => {
    await expect(getSuccess(world.member, "7f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b")).rejects.toMatchObject({ code: "not_found" });
  });
});
