import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it("makes a lower-case, dash-joined address without accents", () => {
    expect(slugify("Klantenservice")).toBe("klantenservice");
    expect(slugify("  Inkoop & Logistiek  ")).toBe("inkoop-logistiek");
    expect(slugify("Café Één")).toBe("cafe-een");
  });

  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("team");
  });
});

describe("uniqueSlug", () => {
  it("adds the first free number when the slug is taken", () => {
    expect(uniqueSlug("logistiek", new Set())).toBe("logistiek");
    expect(uniqueSlug("logistiek", new Set(["logistiek", "logistiek-2"]))).toBe("logistiek-3");
  });
});
