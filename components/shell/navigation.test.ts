import { describe, expect, it } from "vitest";
import type { ActorTeam } from "@/lib/auth/actor";
import { currentTeamSlug, navigationFor, type NavKey } from "./navigation";

const all = new Set<NavKey>(["overview", "board", "dailyStart", "successes", "feedback", "report", "settings"]);
const team = (slug: string, role: ActorTeam["role"] = "MEMBER"): ActorTeam => ({ id: slug, slug, name: slug, role });
const keys = (items: { key: NavKey }[]) => items.map((item) => item.key);

describe("navigationFor", () => {
  it("gives a team member their team's pages but no report or settings", () => {
    const actor = { organisationRole: "MEMBER" as const, teams: [team("klantenservice")] };
    const items = navigationFor(actor, "klantenservice", all);
    expect(keys(items)).toEqual(["overview", "board", "dailyStart", "feedback", "successes"]);
    expect(items.find((item) => item.key === "board")?.href).toBe("/teams/klantenservice/board");
  });

  it("gives a team lead the report and settings too", () => {
    const actor = { organisationRole: "MEMBER" as const, teams: [team("logistiek", "LEAD")] };
    expect(keys(navigationFor(actor, "logistiek", all))).toEqual(["overview", "board", "dailyStart", "feedback", "successes", "report", "settings"]);
  });

  it("gives sales the report and no boards", () => {
    const actor = { organisationRole: "SALES" as const, teams: [] };
    expect(keys(navigationFor(actor, null, all))).toEqual(["overview", "feedback", "successes", "report"]);
  });

  it("gives an admin settings", () => {
    const actor = { organisationRole: "ADMIN" as const, teams: [] };
    expect(keys(navigationFor(actor, null, all))).toEqual(["overview", "feedback", "successes", "report", "settings"]);
  });

  it("shows only modules that exist", () => {
    const actor = { organisationRole: "ADMIN" as const, teams: [team("a")] };
    expect(keys(navigationFor(actor, "a", new Set<NavKey>(["overview", "settings"])))).toEqual(["overview", "settings"]);
  });
});

describe("currentTeamSlug", () => {
  const actor = { organisationRole: "MEMBER" as const, teams: [team("a"), team("b")] };
  it("follows the team in the URL", () => expect(currentTeamSlug(actor, "b")).toBe("b"));
  it("falls back to the first team", () => expect(currentTeamSlug(actor, null)).toBe("a"));
  it("keeps a team the person reads but is not in", () => expect(currentTeamSlug(actor, "z")).toBe("z"));
});
