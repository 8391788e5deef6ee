// Starts an extra production server (same build) for tests that need their own: a second app
// instance, or an app on a database the test may stop.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { e2eAuthSecret, KEEP_ALIVE_MS } from "./constants";

export type AppServer = { url: string; port: number; stop: () => Promise<void> };

export async function startAppServer(options: { port: number; databaseUrl: string }): Promise<AppServer> {
  const root = process.cwd();
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(options.port), "--keepAliveTimeout", String(KEEP_ALIVE_MS)], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: options.databaseUrl, AUTH_SECRET: e2eAuthSecret, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const url = `http://localhost:${options.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/login`, { redirect: "manual" }).then(
      () => true,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("next start did not become ready within 30 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    port: options.port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
