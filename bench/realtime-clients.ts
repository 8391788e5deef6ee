/** Event-stream clients for the realtime benchmark (bench/realtime.ts, bench/realtime-latency.ts). */
import http from "node:http";

export type SseEvent = { event: string; data: string; at: number };

export const now = () => performance.now();

/** An EventSource-like client: one long GET, events parsed as they arrive. */
export class Stream {
  readonly events: SseEvent[] = [];
  comments = 0;
  private buffer = "";
  private req: http.ClientRequest | null = null;
  private readyResolve: (() => void) | null = null;
  readonly ready: Promise<void>;
  onEvent: ((event: SseEvent) => void) | null = null;

  constructor(url: string, cookie: string, keep = true) {
    this.ready = new Promise((resolve, reject) => {
      this.readyResolve = resolve;
      // One socket per stream, as each browser tab would hold.
      this.req = http.get(url, { headers: { cookie, accept: "text/event-stream" }, agent: false }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`stream answered ${res.statusCode}`));
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => this.receive(chunk, keep));
      });
      this.req.on("error", reject);
    });
  }

  private receive(chunk: string, keep: boolean): void {
    const at = now();
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf("\n\n")) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      if (block.startsWith(":")) {
        this.comments += 1;
        continue;
      }
      const lines = block.split("\n");
      const event = lines.find((line) => line.startsWith("event: "))?.slice(7);
      if (!event) continue;
      const data = lines.filter((line) => line.startsWith("data: ")).map((line) => line.slice(6)).join("\n");
      const parsed = { event, data, at };
      if (event === "ready") this.readyResolve?.();
      else if (keep) this.events.push(parsed);
      this.onEvent?.(parsed);
    }
  }

  close(): void {
    this.req?.destroy();
  }
}
