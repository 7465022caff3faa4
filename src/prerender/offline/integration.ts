/**
 * An Astro integration that writes dist/sw.js once the site is built: the service worker of
 * src/client/service-worker.ts (types stripped), headed by the exact list of each edition's files
 * read from dist/ and the build's version (prerender/offline/manifest.ts). Prints each edition's size.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { stripTypeScriptTypes } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { LOCALES } from "../../i18n/locales.ts";
import { repoRoot } from "../../paths.ts";
import { buildOfflineManifest, serviceWorkerScript, type BuiltSite, type OfflineManifest } from "./manifest.ts";

export const SERVICE_WORKER_FILE = "sw.js";

function builtSite(root: string): BuiltSite {
  const files = (readdirSync(root, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => f !== SERVICE_WORKER_FILE && statSync(path.join(root, f)).isFile());
  return { files, read: (f) => readFileSync(path.join(root, f)) };
}

/** Writes <root>/sw.js for the built site in `root`, served under `base`; returns its manifest. */
export function writeServiceWorker(root: string, base: string): OfflineManifest {
  const manifest = buildOfflineManifest(builtSite(root), base, LOCALES);
  const source = readFileSync(path.join(repoRoot, "src/client/service-worker.ts"), "utf8");
  writeFileSync(path.join(root, SERVICE_WORKER_FILE), serviceWorkerScript(manifest, stripTypeScriptTypes(source)));
  return manifest;
}

export function offlineCopy(): AstroIntegration {
  let base = "/";
  return {
    name: "offline-copy",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const manifest = writeServiceWorker(root, base);
        for (const [edition, urls] of Object.entries(manifest.editions)) {
          const bytes = urls.reduce(
            (sum, u) => sum + statSync(path.join(root, u.slice(base.length).replace(/(^|\/)$/, "$1index.html"))).size,
            0,
          );
          logger.info(`${edition}: ${urls.length} files, ${(bytes / 1024).toFixed(0)} KB kept offline (version ${manifest.version})`);
        }
      },
    },
  };
}
