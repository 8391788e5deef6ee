import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

export const demoPort = Number(process.env.E2E_PORT ?? 3100);
export const emptyPort = demoPort + 1;
// Runs on other ports (E2E_PORT) keep their own results, so runs side by side never clean up
// each other's traces. scripts/test.ts reads the JSON report from the same place.
const runSuffix = process.env.E2E_PORT ? `-${demoPort}` : "";

// Debian's chromium where present (these machines cannot download Playwright's own build).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous: a 2-core machine running two browsers, two app servers and PostgreSQL at once can
  // be several times slower than a laptop. Limits catch hangs; no test asserts a duration.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: `.tmp/playwright-results${runSuffix}.json` }]],
  outputDir: `test-results${runSuffix}`,
  use: {
    baseURL: `http://localhost:${demoPort}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `tsx e2e/support/serve.ts ${demoPort} demo`,
      url: `http://localhost:${demoPort}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `tsx e2e/support/serve.ts ${emptyPort} empty`,
      url: `http://localhost:${emptyPort}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
