import type { LiveViewer, PresenceMessage, ViewerEntry } from "./events";

// Who is looking at which board, across all instances, kept only in memory. Every instance
// holds the same picture: it hears every instance's join/beat/leave over NOTIFY. An entry that
// is not beaten again within `ttlMs` (its instance died or lost its connection) disappears.

type Entry = { organisationId: string; teamId: string; userId: string; name: string; expiresAt: number };

export class PresenceTable {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs: number) {}

  /** Applies a message; answers the teams whose viewers may have changed. */
  apply(message: PresenceMessage, now: number): Set<string> {
    const changed = new Set<string>();
    if (message.op === "sync") return changed;
    for (const viewer of message.viewers) {
      const key = keyOf(message.instanceId, viewer);
      const existing = this.entries.get(key);
      if (message.op === "leave") {
        if (existing) {
          this.entries.delete(key);
          changed.add(existing.teamId);
        }
        continue;
      }
      const entry = { organisationId: viewer.o, teamId: viewer.t, userId: viewer.u, name: viewer.n, expiresAt: now + this.ttlMs };
      if (!existing || existing.teamId !== entry.teamId || existing.name !== entry.name || existing.userId !== entry.userId) {
        changed.add(entry.teamId);
        if (existing) changed.add(existing.teamId);
      }
      this.entries.set(key, entry);
    }
    return changed;
  }

  /** Drops entries nobody beat in time; answers the teams that lost a viewer. */
  expire(now: number): Set<string> {
    const changed = new Set<string>();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        this.entries.delete(key);
        changed.add(entry.teamId);
      }
    }
    return changed;
  }

  /** The people viewing a team's board, each once (several tabs or screens count once), by name. */
  viewers(organisationId: string, teamId: string): LiveViewer[] {
    const byUser = new Map<string, LiveViewer>();
    for (const entry of this.entries.values()) {
      if (entry.teamId === teamId && entry.organisationId === organisationId) byUser.set(entry.userId, { userId: entry.userId, name: entry.name });
    }
    return [...byUser.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.userId < b.userId ? -1 : 1));
  }

  get size(): number {
    return this.entries.size;
  }
}

function keyOf(instanceId: string, viewer: ViewerEntry): string {
  return `${instanceId}:${viewer.c}`;
}

/** Splits viewers into NOTIFY-sized messages. */
export function chunkViewers(viewers: ViewerEntry[], size = 40): ViewerEntry[][] {
  const chunks: ViewerEntry[][] = [];
  for (let index = 0; index < viewers.length; index += size) chunks.push(viewers.slice(index, index + size));
  return chunks;
}
