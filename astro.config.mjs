// @ts-check
import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { headersFile } from "./src/lib/csp.ts";
import { geoDir, publicDir } from "./src/paths.ts";

const base = process.env.SITE_BASE ?? "/";

/**
 * Writes dist/_headers: the security headers (with frame-ancestors) that static hosts send.
 * @type {import("astro").AstroIntegration}
 */
const securityHeaders = {
  name: "security-headers",
  hooks: {
    "astro:build:done": ({ dir }) => writeFileSync(new URL("_headers", dir), headersFile(base, ["en", "id"])),
  },
};

/**
 * The map layers are served as /geo/: from public/geo, or, where GEO_OUT_DIR puts them elsewhere,
 * copied into the built site from there (the frames and the layers' URLs are read from there too).
 * @type {import("astro").AstroIntegration}
 */
const mapLayers = {
  name: "map-layers",
  hooks: {
    "astro:build:done": ({ dir }) => {
      const from = geoDir();
      if (from !== path.join(publicDir, "geo")) cpSync(from, path.join(fileURLToPath(dir), "geo"), { recursive: true });
    },
  },
};

// The site can live under a sub-path (e.g. a newsroom's /graphics/tts-migration/): set SITE_BASE.
// SITE_URL is the public origin, used for canonical and share links.
export default defineConfig({
  site: process.env.SITE_URL ?? "http://localhost:4321",
  base,
  integrations: [securityHeaders, mapLayers],
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // MapLibre alone is over the default warning size; it loads lazily, on its own.
      chunkSizeWarningLimit: 1200,
      // Never inline small scripts into the HTML: the CSP allows scripts from the site only.
      assetsInlineLimit: 0,
    },
  },
});
