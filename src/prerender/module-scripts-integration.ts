/**
 * An Astro integration that hands each built page's module scripts to the boot script
 * (lib/shared/boot-script.ts), which starts them once the page's first screen is drawn. Runs before the
 * offline copy, whose file list follows the pages' scripts wherever they are named.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { listModuleScripts } from "../lib/shared/boot-script.ts";

export function scriptsAfterFirstPaint(): AstroIntegration {
  return {
    name: "scripts-after-first-paint",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(".html"));
        let listed = 0;
        for (const page of pages) {
          const file = path.join(root, page);
          const html = readFileSync(file, "utf8");
          const out = listModuleScripts(html, page.split(path.sep).join("/"));
          if (out !== html) {
            writeFileSync(file, out);
            listed++;
          }
        }
        logger.info(`${listed} pages start their scripts after first paint`);
      },
    },
  };
}
