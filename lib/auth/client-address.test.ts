import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address";

const headers = (forwarded: string | null, realIp?: string) => {
  const result = new Headers();
  if (forwarded !== null) result.set("x-forwarded-for", forwarded);
  if (realIp) result.set("x-real-ip", realIp);
  return result;
};

describe("clientAddress", () => {
  it("takes what our proxy saw, not what the client wrote into the header", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; our proxy appended the real address.
    expect(clientAddress(headers("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headers("203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("counts back one entry per trusted proxy", () => {
    // client → CDN (appends client) → load balancer (appends CDN)
    expect(clientAddress(headers("6.6.6.6, 203.0.113.7, 198.51.100.2"), 2)).toBe("203.0.113.7");
    expect(clientAddress(headers("203.0.113.7"), 3)).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to one shared bucket", () => {
    expect(clientAddress(headers(null, "192.0.2.9"), 1)).toBe("192.0.2.9");
    expect(clientAddress(headers(" , "), 1)).toBe("unknown");
  });

  it("reads TRUSTED_PROXY_HOPS, with 1 for anything unusable", () => {
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops(undefined)).toBe(1);
    expect(trustedProxyHops("0")).toBe(1);
    expect(trustedProxyHops("twee")).toBe(1);
  });
});
