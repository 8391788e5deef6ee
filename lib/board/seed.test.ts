import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";

describe("the demo boards", () => {
  it("give each demo team the default columns with realistic cards in every column", async () => {
    await seedDemo(db);
    const teams = await db.team.findMany({
      where: { slug: { in: ["klantenservice", "logistiek"] } },
      select: {
        slug: true,
        columns: {
          orderBy: { position: "asc" },
          select: { name: true, stage: true, improvements: { where: { status: "ACTIVE" }, select: { rank: true, title: true } } },
        },
      },
    });
    expect(teams).toHaveLength(2);
    for (const team of teams) {
      expect(team.columns.map((column) => [column.name, column.stage])).toEqual([
        ["Nieuw", "IDEA"],
        ["Plan", "PLAN"],
        ["Do", "DO"],
        ["Check", "CHECK"],
        ["Act", "ACT"],
        ["Geborgd", "DONE"],
      ]);
      for (const column of team.columns) expect(column.improvements.length, `${team.slug} ${column.name}`).toBeGreaterThan(0);
    }
    expect(await db.improvement.count({ where: { status: "PARKED" } })).toBeGreaterThan(0);
    expect(await db.improvement.count({ where: { status: "REJECTED", statusReason: { not: null } } })).toBeGreaterThan(0);
  });
});
