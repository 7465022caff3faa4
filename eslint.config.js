// @ts-check
/**
 * Lint: TypeScript's recommended rules, no import cycles, and the layers the data flows through.
 * Each layer may import the ones below it, never above (README.md, "Where things live"):
 *
 *   i18n ← lib/shared ← lib/build ──────┐
 *   i18n ← pipeline ← facts ────────────┴── content (chapter definitions)
 *        ← prerender (build-time assembly, a folder per product) ← collection (the chapters' loader)
 *        ← components, layouts, pages
 *
 *   client (browser code) ← lib/shared, i18n, and nothing else
 *
 * i18n/ (strings, locales) imports nothing of ours. lib/ is pure (no disk, no network) and split by
 * what reaches a reader: lib/shared/ is every lib file that browser code imports, directly or
 * through another; lib/build/ is pure code only the build runs (it may use lib/shared/, never the
 * reverse). Browser code (client/) imports only lib/shared/ and i18n/: nothing that runs at build
 * time ends up in a reader's download. The command lines in scripts/ may import anything.
 */
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";

/**
 * One layer: the folder, and the folders it must not import.
 * @param {string} target
 * @param {...string} forbidden
 */
const layer = (target, ...forbidden) => ({
  target: `./src/${target}`,
  from: forbidden.map((f) => `./src/${f}`),
  message: `src/${target} sits below src/{${forbidden.join(",")}} and must not import it (see eslint.config.js).`,
});
/**
 * A layer that may import only the folders named (and itself), nothing else under src/.
 * @param {string} target
 * @param {...string} allowed
 */
const only = (target, ...allowed) => ({
  target: `./src/${target}`,
  from: "./src",
  except: [target, ...allowed].map((a) => `./${a}`),
  message: `src/${target} may import only src/{${allowed.join(",")}} (see eslint.config.js).`,
});
const UI = ["components", "pages", "layouts", "client"];

export default defineConfig(
  { ignores: ["dist/", ".astro/", ".cache/", "node_modules/", "public/", "test-results/", "bench-results/", "**/*.astro"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "import-x": importX },
    // The rules follow only the extensions listed here: without .ts, no-cycle would see no import at all.
    settings: {
      "import-x/extensions": [".ts", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/resolver-next": [createTypeScriptImportResolver()],
    },
    rules: {
      "import-x/no-cycle": "error",
      "import-x/no-self-import": "error",
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            layer("i18n", "pipeline", "facts", "lib", "content", "prerender", "collection", ...UI),
            layer("pipeline", "facts", "lib", "content", "prerender", "collection", ...UI),
            layer("facts", "lib", "content", "prerender", "collection", ...UI),
            only("lib/shared", "i18n"),
            only("lib/build", "lib/shared", "i18n"),
            layer("content", "prerender", "collection", ...UI),
            layer("prerender", "collection", ...UI),
            layer("collection", ...UI),
            {
              ...only("client", "lib/shared", "i18n"),
              message:
                "src/client is browser code: it may import only src/lib/shared and src/i18n. Build-only code (src/lib/build, prerender, content, facts, pipeline, paths.ts) must not reach a reader's download (see eslint.config.js).",
            },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Pure modules and browser code: no disk, no processes, no servers.
    files: ["src/lib/**/*.ts", "src/client/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^node:(?!crypto$)", message: "lib/ and client/ are pure: do I/O in src/prerender or src/pipeline." }] },
      ],
    },
  },
  {
    // Tests edit copies of the raw JSON files to break them on purpose: any shape goes there.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
