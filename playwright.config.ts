import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions, E2E_CHROMIUM_FLAGS } from "./tests/e2e/support/chromium.ts";

const PORT = Number(process.env.E2E_PORT ?? 4400);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  // Tests, not files, are shared out: the longest file no longer sets the wall time.
  fullyParallel: true,
  // Three on two cores: a test spends much of its time waiting on the browser (frames, timers,
  // messages), and a third worker fills those waits (a full run here: 302 s with two, 282 s with three).
  workers: 3,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(E2E_CHROMIUM_FLAGS),
    trace: "off",
    // Each fresh context on a story page would install the offline worker and store its whole
    // edition (3.4 MB): about a twentieth of the suite's processor time, for tests about other
    // things. The worker is tested where it is the subject (offline.spec, nginx.spec).
    serviceWorkers: "block",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // Our own static server over the built dist/, started as a plain node process so that
    // stopping it stops it (and it takes no project lock, unlike astro preview).
    command: `node scripts/serve-dist.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
