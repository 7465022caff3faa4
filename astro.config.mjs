// @ts-check
import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { headersFile } from "./src/lib/build/csp.ts";
import { LOCALES } from "./src/i18n/locales.ts";
import { EMBED_VIEWS } from "./src/content/embeds.ts";
import { parseSiteUrl } from "./src/lib/build/site-url.ts";
import { geoDir, publicDir } from "./src/paths.ts";
import { scriptsAfterFirstPaint } from "./src/prerender/module-scripts-integration.ts";
import { offlineCopy } from "./src/prerender/offline/integration.ts";

const base = process.env.SITE_BASE ?? "/";

/**
 * Writes dist/_headers: the security headers (with frame-ancestors) that static hosts send.
 * @type {import("astro").AstroIntegration}
 */
const securityHeaders = {
  name: "security-headers",
  hooks: {
    "astro:build:done": ({ dir }) =>
      writeFileSync(
        new URL("_headers", dir),
        headersFile(
          base,
          LOCALES,
          EMBED_VIEWS.map((v) => v.id),
        ),
      ),
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

/**
 * A build names its public origin (SITE_URL) in share cards, canonical links and oEmbed: without
 * one it stops, in one line. The dev server needs none.
 * @type {import("astro").AstroIntegration}
 */
const requireSiteUrl = {
  name: "require-site-url",
  hooks: {
    "astro:config:setup": ({ command }) => {
      if (command !== "build") return;
      const site = parseSiteUrl(process.env.SITE_URL);
      if ("error" in site) {
        console.error(`error: ${site.error}`);
        process.exit(1);
      }
    },
  },
};

// The site can live under a sub-path (e.g. a newsroom's /graphics/tts-migration/): set SITE_BASE.
// SITE_URL is the public origin, for canonical, share and oEmbed links (required to build).
const siteUrl = parseSiteUrl(process.env.SITE_URL);
export default defineConfig({
  site: "url" in siteUrl ? siteUrl.url : undefined,
  base,
  // Order matters: the pages' scripts are listed for the boot script before the offline copy reads them.
  integrations: [requireSiteUrl, securityHeaders, mapLayers, scriptsAfterFirstPaint(), offlineCopy()],
  output: "static",
  trailingSlash: "always",
  // Each page's few KB of CSS inline: the first screen paints from the first round trip, with no
  // stylesheet to wait for (a reader mostly opens one page, so there is little cache to lose).
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // MapLibre alone is over the default warning size; it loads lazily, on its own.
      chunkSizeWarningLimit: 1200,
      // Never inline small scripts into the HTML: the CSP allows scripts from the site only.
      assetsInlineLimit: 0,
    },
    // The map's worker-side module (topo-protocol-worker.ts) is bundled on its own as an ES
    // module named .mjs: MapLibre's module workers import a .mjs script, and evaluate anything else.
    worker: { format: "es", rolldownOptions: { output: { entryFileNames: "_astro/[name].[hash].mjs" } } },
  },
});
