/**
 * The chapters' social cards: every chapter in both languages fits both formats; the key figure
 * is the story's own number (the same registry and formatting as the chapter's text); a chapter
 * without a key figure, or text that would overflow, stops the build naming chapter and language.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { chapterSchema } from "../../../../src/content/chapter-schema.ts";
import { loadSources } from "../../../../src/facts/index.ts";
import { LOCALES, type Locale } from "../../../../src/i18n/locales.ts";
import { replaceFigureTokens } from "../../../../src/lib/build/figure-tokens.ts";
import { figureRegistry } from "../../../../src/prerender/story/figures.ts";
import { MAX_CARD_BYTES } from "../../../../src/prerender/share/image.ts";
import {
  CardOverflowError,
  keyFigureOf,
  SOCIAL_FORMATS,
  SOCIAL_LAYOUTS,
  socialCardPng,
  socialCardSvg,
  socialCardText,
  type SocialCardChapter,
} from "../../../../src/prerender/share/social-card.ts";

const registry = figureRegistry();
const sources = new Map(loadSources().sources.map((s) => [s.id, s.story?.en ?? s.short]));
const sourceName = (id: string): string => sources.get(id)!;

function rawFrontmatter(locale: Locale, file: string): Record<string, unknown> {
  const text = readFileSync(`src/content/chapters/${locale}/${file}`, "utf8");
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

/** A chapter as the loader gives it: figure tokens in its prose replaced. */
function chapter(locale: Locale, file: string): SocialCardChapter {
  const data = rawFrontmatter(locale, file) as { kicker?: string; title: string; summary: string; map: { description: string } };
  const tokens = (s: string): string => replaceFigureTokens(s, registry, locale, file).text;
  const replaced = {
    ...data,
    title: tokens(data.title),
    summary: tokens(data.summary),
    map: { ...data.map, description: tokens(data.map.description) },
  };
  if (data.kicker) replaced.kicker = tokens(data.kicker);
  return { ...chapterSchema.parse(replaced), slug: file.slice(3, -3) };
}

const chapterFiles = (locale: Locale): string[] =>
  readdirSync(`src/content/chapters/${locale}`)
    .filter((f) => f.endsWith(".md"))
    .sort();
const frame = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 540 200"><rect width="540" height="200" fill="#dde"/></svg>`;

describe("social cards of the real chapters", () => {
  for (const locale of LOCALES) {
    for (const file of chapterFiles(locale)) {
      it(`${locale}/${file}: fits both formats and shows the story's own figure`, () => {
        const c = chapter(locale, file);
        const text = socialCardText(c, locale, registry, sourceName, `https://tts-migration.example/#${c.slug}`);
        for (const format of SOCIAL_FORMATS) {
          const svg = socialCardSvg(text, format, frame, `${locale}/${c.slug}`);
          expect(svg).toContain("tts-migration.example/#");
          // every card carries the chapter's title, square ones too
          expect(svg).toContain(`>${c.title.split(" ")[0]!.replace("&", "&amp;")}`);
          if (!c.keyFigure) continue;
          // the story prints {fig:key} through the same registry and formatter
          const story = replaceFigureTokens(`{fig:${c.keyFigure}}`, registry, locale, file).text;
          expect(text.figure).toBe(story);
          expect(svg).toContain(`>${story.replace("&", "&amp;")}</text>`);
        }
      });
    }
  }

  it.each(LOCALES.flatMap((l) => chapterFiles(l).map((f) => [l, f] as const)))(
    "%s/%s: the card's figure is one the chapter's own text tells, labelled so it stands alone",
    (locale, file) => {
      const raw = readFileSync(`src/content/chapters/${locale}/${file}`, "utf8");
      const fm = rawFrontmatter(locale, file) as { keyFigure?: string; keyLabel?: string };
      if (!fm.keyFigure) return;
      const body = raw.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/\{note[^{}]*\}/g, "");
      // told in the narrative, not only in a note, the summary or the map's description
      expect(body, `${locale}/${file}: {fig:${fm.keyFigure}} in the chapter's text`).toContain(`{fig:${fm.keyFigure}}`);
      expect(fm.keyLabel, `${locale}/${file}: keyLabel`).toBeTruthy();
      // the label says what is counted: words, not a bare unit
      expect(
        fm
          .keyLabel!.replace(/\{[^}]+\}/g, "")
          .split(/\s+/)
          .filter((w) => /\p{L}{3,}/u.test(w)).length,
      ).toBeGreaterThanOrEqual(5);
      const c = chapter(locale, file);
      const text = socialCardText(c, locale, registry, sourceName, "https://x.example/");
      expect(text.label).toBeTruthy();
      expect(text.label).not.toMatch(/\{(fig|year)/);
    },
  );

  it("the key figure's source names the place in the paper it comes from", () => {
    expect(socialCardText(chapter("en", "15-oko-mama.md"), "en", registry, sourceName, "https://x.example/").source).toBe(
      "Source: Usbobo & Sogen (2023), Main Findings",
    );
    expect(socialCardText(chapter("en", "07-study.md"), "en", registry, sourceName, "https://x.example/").source).toBe(
      "Source: Usbobo & Sogen (2023), Methodologies",
    );
    // without a key figure: the chapter's first source, with its section
    expect(socialCardText(chapter("en", "17-recommendations.md"), "en", registry, sourceName, "https://x.example/").source).toBe(
      "Source: Usbobo & Sogen (2023), Recommendations",
    );
  });

  it("the key figure's source is named, in the card's language", () => {
    const text = socialCardText(chapter("id", "11-ktp.md"), "id", registry, sourceName, "https://x.example/id/#ktp");
    expect(text.source).toBe("Sumber: Usbobo & Sogen (2023), Gambar 5");
    expect(text.address).toBe("x.example/id/#ktp");
  });

  it("renders PNGs of the sizes the formats promise, under the size limit", () => {
    const c = chapter("en", "11-ktp.md");
    const text = socialCardText(c, "en", registry, sourceName, "https://tts-migration.example/#ktp");
    for (const format of SOCIAL_FORMATS) {
      const png = socialCardPng(c, "en", format, text);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SOCIAL_LAYOUTS[format].width, SOCIAL_LAYOUTS[format].height]);
      expect(png.length).toBeLessThanOrEqual(MAX_CARD_BYTES);
    }
  });
});

describe("bad input stops the build, naming chapter and language", () => {
  const base = chapter("en", "11-ktp.md");
  const text = socialCardText(base, "en", registry, sourceName, "https://tts-migration.example/#ktp");

  it("a summary too long for the card", () => {
    const long = { ...text, summary: "Words that go on and on ".repeat(40) };
    // a square card with a key figure shows its label in the summary's place; without one, the summary
    expect(() => socialCardSvg({ ...long, figure: undefined, label: undefined }, "square", frame, "social card en/ktp (square)")).toThrow(
      CardOverflowError,
    );
    expect(() => socialCardSvg({ ...text, label: "A label that goes on ".repeat(12) }, "square", frame, "c")).toThrow(
      /the figure's label needs/,
    );
    expect(() => socialCardSvg(long, "story", frame, "social card en/ktp (story)")).toThrow(
      /social card en\/ktp \(story\): the summary needs \d+ lines/,
    );
  });

  it("a figure too wide, a title too long, an address too long", () => {
    expect(() => socialCardSvg({ ...text, figure: "Rp 1.000.000.000.000.000" }, "square", frame, "social card id/x (square)")).toThrow(
      /social card id\/x \(square\): the key figure/,
    );
    expect(() => socialCardSvg({ ...text, title: "A title ".repeat(30) }, "story", frame, "c")).toThrow(/the title needs/);
    expect(() => socialCardSvg({ ...text, address: `tts-migration.example/${"x".repeat(120)}` }, "square", frame, "c")).toThrow(/address/);
  });

  it("a chapter without a key figure, or with an unknown one", () => {
    expect(() => keyFigureOf({ slug: "new-chapter", keyFigure: "" }, "id", registry)).toThrow(
      /chapter "new-chapter" \(id\) has no key figure: add `keyFigure: <figure key>`/,
    );
    expect(() => keyFigureOf({ slug: "ktp", keyFigure: "ktp.nowhere" }, "en", registry)).toThrow(
      /chapter "ktp" \(en\): keyFigure: unknown figure key "ktp.nowhere"/,
    );
  });

  it("the chapter schema wants a keyFigure and its keyLabel together, saying what to add", () => {
    const data = rawFrontmatter("en", "11-ktp.md");
    delete data.keyLabel;
    const result = chapterSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["keyLabel"]);
    expect(result.error!.issues[0]!.message).toMatch(/keyLabel/);
    const noFigure = rawFrontmatter("en", "11-ktp.md");
    delete noFigure.keyFigure;
    expect(chapterSchema.safeParse(noFigure).error!.issues[0]!.path).toEqual(["keyFigure"]);
  });
});

describe("the cards' text blocks never touch", () => {
  /** The upper blocks' lines, in order: [baseline, font size]. */
  const baselines = (svg: string): [number, number][] =>
    [...svg.matchAll(/<text x="\d+" y="(\d+)" font-size="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);

  for (const locale of LOCALES) {
    it(`${locale}: a descender (the p of "Rp") clears the next line's capitals, on every chapter's cards`, () => {
      for (const file of chapterFiles(locale)) {
        const c = chapter(locale, file);
        const text = socialCardText(c, locale, registry, sourceName, `https://tts-migration.example/#${c.slug}`);
        for (const format of SOCIAL_FORMATS) {
          const lines = baselines(socialCardSvg(text, format, frame, file));
          for (let k = 1; k < lines.length; k++) {
            const [y0, s0] = lines[k - 1]!;
            const [y1, s1] = lines[k]!;
            expect(y1 - y0, `${locale}/${file} ${format}, line ${k}`).toBeGreaterThanOrEqual(Math.round(s0 * 0.25 + s1 * 0.72));
          }
        }
      }
    });
  }
});
