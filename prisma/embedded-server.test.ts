import { describe, expect, it } from "vitest";

import { classifyDataDir } from "./embedded-server";

const SELF = 1000;
const owner = (ownerPid: number, postmasterPid = 2000) => ({
  ownerPid,
  postmasterPid,
  port: 54340,
  startedAt: "2026-01-01T00:00:00.000Z",
});

describe("classifyDataDir", () => {
  it("is free without postmaster.pid", () => {
    expect(
      classifyDataDir({
        postmasterPid: null,
        postmasterIsLivePostgres: false,
        owner: null,
        ownerAlive: false,
        selfPid: SELF,
      }),
    ).toEqual({ kind: "free" });
  });

  it("treats a dead or recycled postmaster pid as a stale lock file", () => {
    expect(
      classifyDataDir({
        postmasterPid: 2000,
        postmasterIsLivePostgres: false,
        owner: owner(1),
        ownerAlive: true,
        selfPid: SELF,
      }),
    ).toEqual({ kind: "stale-lock", postmasterPid: 2000 });
  });

  it("treats a live server whose owner was SIGKILLed as orphaned", () => {
    expect(
      classifyDataDir({
        postmasterPid: 2000,
        postmasterIsLivePostgres: true,
        owner: owner(1),
        ownerAlive: false,
        selfPid: SELF,
      }),
    ).toEqual({ kind: "orphaned-server", postmasterPid: 2000 });
  });

  it("treats a live server with no owner record, or an owner record of another server, as orphaned", () => {
    expect(
      classifyDataDir({
        postmasterPid: 2000,
        postmasterIsLivePostgres: true,
        owner: null,
        ownerAlive: false,
        selfPid: SELF,
      }),
    ).toEqual({ kind: "orphaned-server", postmasterPid: 2000 });
    expect(
      classifyDataDir({
        postmasterPid: 2000,
        postmasterIsLivePostgres: true,
        owner: owner(1, 1999),
        ownerAlive: true,
        selfPid: SELF,
      }),
    ).toEqual({ kind: "orphaned-server", postmasterPid: 2000 });
  });

  it("leaves a server with a live owner alone", () => {
    expect(
      classifyDataDir({
        postmasterPid: 2000,
        postmasterIsLivePostgres: true,
        owner: owner(1),
        ownerAlive: true,
        selfPid: SELF,
      }),
    ).toEqual({ kind: "in-use", ownerPid: 1, port: 54340 });
  });
});
