/** The chapters as the leaflet reads them, made from the Markdown files as the content loader does. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { chapterSchema } from "../../../../src/content/chapter-schema.ts";
import type { Locale } from "../../../../src/i18n/locales.ts";
import { replaceFigureTokens } from "../../../../src/lib/build/figure-tokens.ts";
import type { LeafletChapter } from "../../../../src/prerender/leaflet/content.ts";
import { figureRegistry } from "../../../../src/prerender/story/figures.ts";
import { repoRoot } from "../../../../src/paths.ts";

export function leafletChapters(locale: Locale): LeafletChapter[] {
  const dir = path.join(repoRoot, "src/content/chapters", locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(dir, file), "utf8");
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw)!;
      const replaced = replaceFigureTokens(m[1]!, figureRegistry(), locale, file);
      const data = chapterSchema.parse(parse(replaced.text));
      const keys = replaceFigureTokens(raw, figureRegistry(), locale, file).keys;
      return {
        slug: file.replace(/^\d+-|\.md$/g, ""),
        title: data.title,
        summary: data.summary,
        map: data.map,
        figureKeys: [...keys],
        body: m[2]!,
      };
    });
}

/** The chapter's text as the story prints it, every figure token replaced. */
export function storyText(locale: Locale, slug: string): string {
  const dir = path.join(repoRoot, "src/content/chapters", locale);
  const file = readdirSync(dir).find((f) => f.endsWith(`-${slug}.md`))!;
  return replaceFigureTokens(readFileSync(path.join(dir, file), "utf8"), figureRegistry(), locale, file).text;
}
