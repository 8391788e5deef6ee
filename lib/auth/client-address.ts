// The client's address for sign-in throttling. Proxies append the address they received the
// request from to X-Forwarded-For, so only the entries added by our own proxies can be trusted:
// counted from the right, the entry `trustedHops` back is what our outermost proxy saw. Whatever
// a client writes into the header itself sits further left and is ignored.

export function clientAddress(headers: Headers, trustedHops = trustedProxyHops()): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const fromProxy = hops.length > 0 ? hops[Math.max(0, hops.length - trustedHops)] : undefined;
  return fromProxy || headers.get("x-real-ip") || "unknown";
}

/** TRUSTED_PROXY_HOPS: how many proxies of our own stand in front of the app (default 1). */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  const hops = Number(value ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}
