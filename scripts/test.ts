/**
 * `npm test`: every suite, in order — type-check, lint, unit + database tests (Vitest, real
 * PostgreSQL), production build, browser tests (Playwright, real Chromium). Ends with one plain
 * line "N passed, N failed" totalling all suites (CI reads it) and exits non-zero on any failure.
 * One embedded test PostgreSQL serves every suite.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, startTestPostgres } from "../prisma/embedded-server";

type Tally = { name: string; passed: number; failed: number; skipped: number; seconds: number };

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: "inherit", env });
    child.on("close", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

const bin = (name: string) => path.join(REPO_ROOT, "node_modules", ".bin", name);

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  // `npm test -- unit e2e` runs only the named suites; file names narrow them further
  // (`npm test -- e2e e2e/board.spec.ts`, `npm test -- unit lib/board/rank.test.ts`).
  const args = process.argv.slice(2);
  const files = args.filter((arg) => /\.(spec|test)\.tsx?$/.test(arg));
  const only = new Set(args.filter((arg) => !files.includes(arg)));
  const wanted = (suite: string) => only.size === 0 || only.has(suite);
  const specFiles = files.filter((file) => /\.spec\.tsx?$/.test(file));
  const testFiles = files.filter((file) => /\.test\.tsx?$/.test(file));
  const tallies: Tally[] = [];
  const database = await startTestPostgres();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEST_DATABASE_ADMIN_URL: database.adminUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const tmp = path.join(REPO_ROOT, ".tmp");

  const step = async (name: string, work: () => Promise<Omit<Tally, "name" | "seconds">>) => {
    if (!wanted(name)) return;
    console.log(`\n━━ ${name} ━━`);
    const started = Date.now();
    const result = await work();
    tallies.push({ name, ...result, seconds: Math.round((Date.now() - started) / 100) / 10 });
  };
  const check = (code: number) => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });

  try {
    await step("typecheck", async () => check(await run(bin("tsc"), ["--noEmit", "-p", "."], env)));
    await step("lint", async () => check(await run(bin("eslint"), ["."], env)));
    await step("unit", async () => {
      const report = path.join(tmp, "vitest-results.json");
      rmSync(report, { force: true });
      const code = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...testFiles], env);
      const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(report);
      if (!json) return { passed: 0, failed: 1, skipped: 0 };
      // A suite that failed to load has no failed tests but a non-zero exit: count it.
      const failed = json.numFailedTests + (code !== 0 && json.numFailedTests === 0 ? 1 : 0);
      return { passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests };
    });
    await step("e2e", async () => {
      if (!["/usr/bin/chromium", "/usr/bin/chromium-browser"].some((file) => existsSync(file))) {
        console.warn("No system Chromium found (/usr/bin/chromium): the browser tests need it. Install it with `apt-get install chromium` (.ci/run does).");
      }
      const build = await run(process.execPath, [path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], env);
      if (build !== 0) return { passed: 0, failed: 1, skipped: 0 };
      const report = path.join(tmp, `playwright-results${process.env.E2E_PORT ? `-${process.env.E2E_PORT}` : ""}.json`);
      rmSync(report, { force: true });
      const code = await run(bin("playwright"), ["test", ...specFiles], env);
      const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report);
      if (!json) return { passed: 0, failed: 1, skipped: 0 };
      const failed = json.stats.unexpected + (code !== 0 && json.stats.unexpected === 0 ? 1 : 0);
      return { passed: json.stats.expected + json.stats.flaky, failed, skipped: json.stats.skipped };
    });
  } finally {
    await database.stop();
  }

  console.log("\n━━ summary ━━");
  for (const tally of tallies) {
    console.log(`${tally.name.padEnd(10)} ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped (${tally.seconds} s)`);
  }
  const passed = tallies.reduce((sum, tally) => sum + tally.passed, 0);
  const failed = tallies.reduce((sum, tally) => sum + tally.failed, 0);
  const skipped = tallies.reduce((sum, tally) => sum + tally.skipped, 0);
  if (skipped > 0) console.log(`${skipped} skipped`);
  // The closing line, exactly as CI reads it.
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || tallies.length === 0 ? 1 : 0);
}

if (!existsSync(path.join(REPO_ROOT, "node_modules"))) {
  console.error("Run `npm ci` first.");
  process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
