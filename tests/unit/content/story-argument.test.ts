/**
 * The story carries the paper's whole argument: the structural chapters before the households,
 * what irregular migration costs after them; every caveat in a numbered note in both editions;
 * every disagreement of the sources table told somewhere in the story.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { chapterSchema } from "../../../src/content/chapter-schema.ts";
import { EMBED_VIEWS } from "../../../src/content/embeds.ts";
import { NOTE_LABELS } from "../../../src/content/note-labels.ts";
import { loadInconsistencies } from "../../../src/facts/index.ts";
import { renderNotes } from "../../../src/lib/build/notes.ts";
import { replaceFigureTokens } from "../../../src/lib/build/figure-tokens.ts";
import { figureRegistry } from "../../../src/prerender/story/figures.ts";
import { LOCALES } from "../../../src/i18n/locales.ts";

const root = path.resolve(import.meta.dirname, "../../../src/content/chapters");
const files = (locale: string) =>
  readdirSync(path.join(root, locale))
    .filter((f) => f.endsWith(".md"))
    .sort();
const slugOf = (file: string) => file.replace(/^\d{2}-/, "").replace(/\.md$/, "");

function read(locale: string, file: string) {
  const raw = readFileSync(path.join(root, locale, file), "utf8");
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw)!;
  return { data: chapterSchema.parse(parse(m[1]!)), body: m[2]!, raw };
}

const inconsistencyIds = new Set(loadInconsistencies().map((i) => i.id));
/** The body with its figures formatted, as the loader hands it to the notes. */
const bodyOf = (locale: (typeof LOCALES)[number], file: string) =>
  replaceFigureTokens(read(locale, file).body, figureRegistry(), locale, file).text;
const notesOf = (locale: (typeof LOCALES)[number], file: string) =>
  renderNotes(bodyOf(locale, file), {
    slug: slugOf(file),
    labels: NOTE_LABELS[locale],
    inconsistencies: inconsistencyIds,
    place: `${locale}/${file}`,
  });

describe("the story's argument", () => {
  it("has at least fifteen chapters in each edition", () => {
    for (const locale of LOCALES) expect(files(locale).length, locale).toBeGreaterThanOrEqual(15);
  });

  it("tells the structural side first, as the paper does, and what it costs before the recommendations", () => {
    const slugs = files("en").map(slugOf);
    expect(slugs.slice(0, 7)).toEqual(["where", "tts", "law", "legal-routes", "uncounted", "recruiters", "study"]);
    expect(slugs.slice(-3)).toEqual(["costs", "recommendations", "sources"]);
  });

  it.each(["law", "legal-routes", "uncounted", "recruiters", "costs"])(
    "the %s chapter has a map embed, and the deaths chart sits with the costs",
    (slug) => {
      expect(EMBED_VIEWS.filter((v) => v.kind === "map" && v.chapter === slug)).toHaveLength(1);
      const costs = read(
        "en",
        files("en").find((f) => slugOf(f) === "costs")!,
      ).data;
      expect(costs.charts).toContain("deaths");
    },
  );

  it("names an existing chapter in every map embed", () => {
    const slugs = new Set(files("en").map(slugOf));
    for (const v of EMBED_VIEWS) if (v.kind === "map") expect(slugs, v.id).toContain(v.chapter);
  });

  it.each(files("en"))("%s has the same numbered notes, linked to the same table rows, in both editions", (file) => {
    const en = notesOf("en", file);
    const id = notesOf("id", file);
    expect(id.count).toBe(en.count);
    const rows = (md: string) => [...md.matchAll(/data-inc="([^"]+)"/g)].map((m) => m[1]);
    expect(rows(id.markdown)).toEqual(rows(en.markdown));
  });

  it("moves the caveats out of the narrative line into notes", () => {
    const total = files("en").reduce((n, f) => n + notesOf("en", f).count, 0);
    expect(total).toBeGreaterThanOrEqual(25);
    for (const locale of LOCALES) {
      // The sources chapter explains the method itself, so it may speak of sources in its prose.
      for (const file of files(locale).filter((f) => !read(locale, f).data.appendix)) {
        // What stays in the prose after the notes are taken out: no "one source", no disagreement.
        const prose = bodyOf(locale, file).replace(/\{note[^{}]*\}/g, "");
        expect(prose, `${locale}/${file}`).not.toMatch(/one source|single source|satu sumber|the paper is not consistent|tidak konsisten/i);
      }
    }
  });

  it("tells every disagreement of the sources table somewhere in both editions", () => {
    for (const locale of LOCALES) {
      const text = files(locale)
        .map((f) => read(locale, f).raw)
        .join("\n");
      for (const inc of loadInconsistencies()) {
        const keys = inc.values.flatMap((v) => [v.figure, v.context].filter((k): k is string => typeof k === "string"));
        const told = text.includes(`inc=${inc.id}:`) || keys.some((k) => text.includes(`{fig:${k}}`));
        expect(told, `${locale}: inconsistency ${inc.id}`).toBe(true);
      }
    }
  });
});
