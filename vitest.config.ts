import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    globalSetup: ["tests/unit/global-setup.ts"],
    // The pipeline tests run the real pipeline over the real boundaries: give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
