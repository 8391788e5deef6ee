import { describe, expect, it } from "vitest";
import type { PresenceMessage, ViewerEntry } from "./events";
import { chunkViewers, PresenceTable } from "./presence";

const viewer = (c: string, u: string, n: string, t = "team-a", o = "org-1"): ViewerEntry => ({ c, o, t, u, n });
const message = (op: "join" | "beat" | "leave", instanceId: string, viewers: ViewerEntry[]): PresenceMessage => ({ type: "presence", op, instanceId, viewers });

describe("presence table", () => {
  it("lists each person once, by name, whatever instance or screen they look from", () => {
    const table = new PresenceTable(45_000);
    expect([...table.apply(message("join", "i1", [viewer("c1", "u1", "Piet")]), 0)]).toEqual(["team-a"]);
    table.apply(message("join", "i2", [viewer("c2", "u2", "Anna"), viewer("c3", "u1", "Piet")]), 0);
    expect(table.viewers("org-1", "team-a")).toEqual([
      { userId: "u2", name: "Anna" },
      { userId: "u1", name: "Piet" },
    ]);
  });

  it("forgets a viewer on leave, and a viewer nobody beats after the expiry", () => {
    const table = new PresenceTable(45_000);
    table.apply(message("join", "i1", [viewer("c1", "u1", "Piet"), viewer("c2", "u2", "Anna")]), 0);
    expect([...table.apply(message("leave", "i1", [viewer("c1", "u1", "Piet")]), 1_000)]).toEqual(["team-a"]);
    expect(table.viewers("org-1", "team-a").map((v) => v.name)).toEqual(["Anna"]);
    table.apply(message("beat", "i1", [viewer("c2", "u2", "Anna")]), 30_000);
    expect(table.expire(60_000).size).toBe(0);
    expect([...table.expire(75_000)]).toEqual(["team-a"]);
    expect(table.viewers("org-1", "team-a")).toEqual([]);
  });

  it("reports no change for a beat of someone already there", () => {
    const table = new PresenceTable(45_000);
    table.apply(message("join", "i1", [viewer("c1", "u1", "Piet")]), 0);
    expect(table.apply(message("beat", "i1", [viewer("c1", "u1", "Piet")]), 10_000).size).toBe(0);
  });

  it("keeps teams and organisations apart", () => {
    const table = new PresenceTable(45_000);
    table.apply(message("join", "i1", [viewer("c1", "u1", "Piet", "team-a"), viewer("c2", "u2", "Anna", "team-b"), viewer("c3", "u3", "Kees", "team-a", "org-2")]), 0);
    expect(table.viewers("org-1", "team-a").map((v) => v.name)).toEqual(["Piet"]);
    expect(table.viewers("org-1", "team-b").map((v) => v.name)).toEqual(["Anna"]);
  });

  it("splits many viewers into NOTIFY-sized chunks", () => {
    const many = Array.from({ length: 95 }, (_, index) => viewer(`c${index}`, `u${index}`, `P${index}`));
    expect(chunkViewers(many).map((chunk) => chunk.length)).toEqual([40, 40, 15]);
  });
});
