import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // The real package throws outside React's server environment; tests run server code bare.
      {
        find: /^server-only$/,
        replacement: path.join(root, "lib/db/testing/empty-module.ts"),
      },
    ],
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: [
      "**/node_modules/**",
      "**/.next/**",
      "e2e/**",
      ".data/**",
      ".tmp/**",
    ],
    globalSetup: ["lib/db/testing/global-setup.ts"],
    setupFiles: ["lib/db/testing/setup.ts"],
    // Forks, not threads: each file gets its own process.env.DATABASE_URL. Database tests wait
    // on PostgreSQL more than on the CPU, so two workers pay off even on two cores.
    pool: "forks",
    maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
