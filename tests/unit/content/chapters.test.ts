/**
 * The chapters as written: both languages have the same chapters with the same maps, charts and
 * sources; every token resolves; no number is typed into the prose.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { chapterSchema } from "../../../src/content/chapter-schema.ts";
import { figureRegistry } from "../../../src/prerender/story/figures.ts";
import { replaceFigureTokens } from "../../../src/lib/build/figure-tokens.ts";
import { LOCALES } from "../../../src/i18n/locales.ts";

const root = path.resolve(import.meta.dirname, "../../../src/content/chapters");
const files = (locale: string) =>
  readdirSync(path.join(root, locale))
    .filter((f) => f.endsWith(".md"))
    .sort();

function read(locale: string, file: string) {
  const text = readFileSync(path.join(root, locale, file), "utf8");
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${locale}/${file}: no frontmatter`);
  return { data: chapterSchema.parse(parse(m[1]!)), body: m[2]!, raw: text };
}

describe("chapters", () => {
  it("exist in the same files in every language", () => {
    expect(files("id")).toEqual(files("en"));
    expect(files("en").length).toBeGreaterThanOrEqual(9);
  });

  it.each(files("en"))("%s has the same map, charts and sources in both languages", (file) => {
    const en = read("en", file).data;
    const id = read("id", file).data;
    expect(id.order).toBe(en.order);
    expect(id.map.view).toEqual(en.map.view);
    expect(id.map.layers).toEqual(en.map.layers);
    expect(id.map.highlight).toEqual(en.map.highlight);
    expect(id.charts).toEqual(en.charts);
    expect(id.sources).toEqual(en.sources);
    expect(id.appendix).toEqual(en.appendix);
  });

  it.each(LOCALES.flatMap((l) => files(l).map((f) => [l, f] as const)))(
    "%s/%s types no number: every figure is a token",
    (locale, file) => {
      const { raw } = read(locale, file);
      replaceFigureTokens(raw, figureRegistry(), locale, `${locale}/${file}`); // throws on an unknown key
      const prose = raw
        .replace(/^---\n[\s\S]*?\n---\n/, (fm) => {
          const d = parse(fm.slice(4, -5)) as Record<string, unknown> & { map: { description: string } };
          return [d.kicker ?? "", d.title, d.summary, d.map.description].join("\n");
        })
        .replace(/\{(fig|year|words):[A-Za-z0-9.]+\}/g, "")
        .replace(/\bN[1-4]\b/g, "")
        .replace(/\b(BNP2TKI|BP2MI|BP3TKI|BP3MI)\b/g, "") // an agency's names, old and new
        .replace(/\{note inc=[A-Za-z0-9.]+:/g, "{note:"); // a note's link to a row of the sources table
      expect(prose.match(/\d/g) ?? [], `digits typed into ${locale}/${file}`).toEqual([]);
    },
  );
});
