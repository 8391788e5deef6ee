import { beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld } from "@/lib/auth/testing/world";
import { ExpectedError } from "@/lib/errors";
import { createSegment, getSegment, listSegments, setSegmentArchived, updateSegment } from "./segments";

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});

describe("customer segments", () => {
  it("lets an admin and a lead create segments; the list is sorted by name", async () => {
    await createSegment(world.admin, { name: "Zakelijke klanten" });
    await createSegment(world.lead, { name: "Particulieren", description: "Consumenten die via de webshop bestellen" });
    expect((await listSegments(world.member)).map((segment) => segment.name)).toEqual(["Particulieren", "Zakelijke klanten"]);
  });

  it("refuses a member and sales", async () => {
    await expect(createSegment(world.member, { name: "Nieuw segment" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createSegment(world.sales, { name: "Nieuw segment" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("names the field when the name is already taken", async () => {
    const error = await createSegment(world.admin, { name: "Particulieren" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as ExpectedError).fieldIssues).toEqual({ name: [{ key: "errors.validation.segmentExists" }] });
  });

  it("hides archived segments from the default list but keeps them", async () => {
    const segment = await createSegment(world.admin, { name: "Oude markt" });
    await setSegmentArchived(world.admin, { id: segment.id, archived: true });
    expect((await listSegments(world.admin)).map((s) => s.name)).not.toContain("Oude markt");
    expect((await listSegments(world.admin, { includeArchived: true })).find((s) => s.name === "Oude markt")?.archived).toBe(true);
  });

  it("never shows or changes another organisation's segments", async () => {
    const segment = await createSegment(world.admin, { name: "Geheim segment" });
    expect(await listSegments(world.outsider)).toEqual([]);
    await expect(getSegment(world.outsider, segment.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateSegment(world.outsider, { id: segment.id, name: "Overgenomen" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("archives without undoing a rename saved meanwhile, and only for an admin of the organisation", async () => {
    const segment = await createSegment(world.admin, { name: "Horeca" });
    // Two admins at once: one renames, the other archives.
    await Promise.all([
      updateSegment(world.admin, { id: segment.id, name: "Horeca en catering" }),
      setSegmentArchived(world.admin, { id: segment.id, archived: true }),
    ]);
    expect(await getSegment(world.admin, segment.id)).toMatchObject({ name: "Horeca en catering", archived: true });
    expect(await setSegmentArchived(world.admin, { id: segment.id, archived: false })).toMatchObject({ name: "Horeca en catering", archived: false });
    await expect(setSegmentArchived(world.lead, { id: segment.id, archived: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setSegmentArchived(world.outsider, { id: segment.id, archived: true })).rejects.toMatchObject({ code: "not_found" });
  });

  it("lets only an admin rename or archive", async () => {
    const segment = await createSegment(world.lead, { name: "Webshop" });
    await expect(updateSegment(world.lead, { id: segment.id, name: "Webwinkel" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await updateSegment(world.admin, { id: segment.id, name: "Webwinkel" })).name).toBe("Webwinkel");
  });
});
