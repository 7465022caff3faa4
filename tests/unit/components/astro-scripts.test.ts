/**
 * The lint reads no .astro file, so browser code written inside one would escape the rule that it
 * imports only lib/ and i18n/: a page's <script> may only import a file of src/client/.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(path.join(dir, e.name)) : e.name.endsWith(".astro") ? [path.join(dir, e.name)] : [],
  );
}

describe("the scripts of .astro files", () => {
  const files = astroFiles("src");
  it("are found", () => expect(files.length).toBeGreaterThan(10));
  it("only import browser code from src/client/", () => {
    for (const file of files) {
      for (const [, body] of readFileSync(file, "utf8").matchAll(/<script>([\s\S]*?)<\/script>/g)) {
        const code = body!
          .split("\n")
          .map((l) => l.trim())
          .filter((l) => l && !l.startsWith("//"));
        for (const line of code) expect(line, file).toMatch(/^import "\.\.\/(\.\.\/)*client\/[\w-]+\.ts";$/);
      }
    }
  });
});
