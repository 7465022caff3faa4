/**
 * The leaflet's content: each finding's figure is the very registry entry the story prints, in the
 * same words; a chapter the leaflet needs without its key figure, or without recommendations,
 * stops the build naming the chapter and the language.
 */
import { describe, expect, it } from "vitest";
import { loadSources } from "../../../../src/facts/index.ts";
import { LOCALES } from "../../../../src/i18n/locales.ts";
import { LEAFLET_FINDINGS, leafletContent, recommendationsOf } from "../../../../src/prerender/leaflet/content.ts";
import { figureRegistry } from "../../../../src/prerender/story/figures.ts";
import { leafletChapters, storyText } from "./fixtures.ts";

const ADDRESS = "https://example.org/story/";

describe.each(LOCALES)("leaflet content (%s)", (locale) => {
  const content = () => leafletContent(leafletChapters(locale), figureRegistry(), locale, loadSources(), ADDRESS);

  it("has five or six findings, each drawn from the story's figure registry and printed as the story prints it", () => {
    const { findings } = content();
    expect(findings.length).toBeGreaterThanOrEqual(5);
    expect(findings.length).toBeLessThanOrEqual(6);
    for (const [k, f] of findings.entries()) {
      const key = LEAFLET_FINDINGS[k]!.keyFigure;
      expect(f.figure).toBe(figureRegistry().get(key)); // the same entry, not a copy
      expect(storyText(locale, f.slug)).toContain(f.display);
      expect(f.source).toMatch(/Usbobo & Sogen \(2023\)/);
    }
    expect(findings.map((f) => f.display)).toContain("360");
  });

  it("takes the authors' recommendations from their chapter, and the citation and address", () => {
    // The paper lists five recommendations (Recommendations and Conclusion); the chapter tells all five.
    const c = content();
    expect(c.recommendations).toHaveLength(5);
    for (const r of c.recommendations) {
      expect(r.lead).not.toMatch(/\*/);
      expect(r.text.length).toBeGreaterThan(20);
    }
    expect(c.citation).toMatch(/^Usbobo, Y\. V\. L\., & Sogen, J\. T\. \(2023\)\./);
    expect(c.address).toBe(ADDRESS);
    expect(c.mapChapter.map.layers).toContain("studyVillages");
  });

  it("stops on a chapter without its key figure, naming the chapter and language", () => {
    const chapters = leafletChapters(locale).map((c) =>
      c.slug === "ktp" ? { ...c, figureKeys: c.figureKeys.filter((k) => k !== "ktp.tts") } : c,
    );
    expect(() => leafletContent(chapters, figureRegistry(), locale, loadSources(), ADDRESS)).toThrow(
      `leaflet (${locale}): chapter "ktp" has no key figure`,
    );
  });

  it("stops on a missing chapter and on recommendations it cannot find", () => {
    const without = leafletChapters(locale).filter((c) => c.slug !== "income");
    expect(() => leafletContent(without, figureRegistry(), locale, loadSources(), ADDRESS)).toThrow(
      `leaflet (${locale}): the chapter "income" is missing`,
    );
    const plain = leafletChapters(locale).map((c) => (c.slug === "recommendations" ? { ...c, body: c.body.replace(/\*\*/g, "") } : c));
    expect(() => leafletContent(plain, figureRegistry(), locale, loadSources(), ADDRESS)).toThrow(
      `leaflet (${locale}): chapter "recommendations" has no recommendations`,
    );
  });
});

describe("recommendationsOf", () => {
  it("reads bold-led paragraphs, over several lines, and nothing else", () => {
    const md =
      "Intro line.\n\n**Papers for all.** The province should\npush [TTS](https://x) to act.\n\n**Count who leaves.** Record *every* move.\n\nClosing words.";
    expect(recommendationsOf(md)).toEqual([
      { lead: "Papers for all.", text: "The province should push TTS to act." },
      { lead: "Count who leaves.", text: "Record every move." },
    ]);
  });
});
