import { describe, expect, it } from "vitest";
import { catalogues } from "./catalogue";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  const dutch = new Set(keyPaths(catalogues.nl));
  const english = new Set(keyPaths(catalogues.en));

  it("has every Dutch key in English", () => {
    expect([...dutch].filter((key) => !english.has(key))).toEqual([]);
  });

  it("has every English key in Dutch", () => {
    expect([...english].filter((key) => !dutch.has(key))).toEqual([]);
  });

  it("has no empty messages", () => {
    const empty = (locale: keyof typeof catalogues) =>
      keyPaths(catalogues[locale]).filter((path) => {
        const message = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogues[locale]);
        return typeof message === "string" && message.trim() === "";
      });
    expect(empty("nl")).toEqual([]);
    expect(empty("en")).toEqual([]);
  });
});
