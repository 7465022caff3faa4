// @ts-check
import { defineConfig } from "astro/config";

// The site can live under a sub-path (e.g. a newsroom's /graphics/tts-migration/): set SITE_BASE.
// SITE_URL is the public origin, used for canonical and share links.
export default defineConfig({
  site: process.env.SITE_URL ?? "http://localhost:4321",
  base: process.env.SITE_BASE ?? "/",
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // MapLibre alone is over the default warning size; it loads lazily, on its own.
      chunkSizeWarningLimit: 1200,
    },
  },
});
