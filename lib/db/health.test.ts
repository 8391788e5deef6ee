import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { findFreePort } from "@/prisma/embedded-server";
import { PrismaClient } from "./generated/client";
import { checkDatabase } from "./health";

describe("checkDatabase", () => {
  it("is true when the database answers", async () => {
    // A generous limit: the first query opens a connection, slow on a busy test machine.
    expect(await checkDatabase(undefined, 15_000)).toBe(true);
  });

  it("is false, quickly and without throwing, when nothing listens", async () => {
    const port = await findFreePort();
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: `postgresql://nobody:nothing@127.0.0.1:${port}/none`, connectionTimeoutMillis: 1_000 }),
    });
    try {
      expect(await checkDatabase(unreachable, 3_000)).toBe(false);
    } finally {
      await unreachable.$disconnect();
    }
  });
});
