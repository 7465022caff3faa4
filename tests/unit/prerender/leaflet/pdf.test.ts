/**
 * The leaflet as a PDF: two A4 pages from the real content; its map from the story's own frame
 * renderer; text too long for its box stops the build naming the chapter and language.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSources } from "../../../../src/facts/index.ts";
import { chapterFrameSvg } from "../../../../src/prerender/map/frames.ts";
import { figureRegistry } from "../../../../src/prerender/story/figures.ts";
import { leafletContent, LEAFLET_MAP_CHAPTER } from "../../../../src/prerender/leaflet/content.ts";
import { leafletMapSvg, splitTextHalos } from "../../../../src/prerender/leaflet/map.ts";
import { LEAFLET_TYPE, renderLeaflet } from "../../../../src/prerender/leaflet/pdf.ts";
import { qrModules } from "../../../../src/prerender/leaflet/qr.ts";
import { leafletChapters } from "./fixtures.ts";

const ADDRESS = "https://example.org/story/id/";
const content = () => leafletContent(leafletChapters("id"), figureRegistry(), "id", loadSources(), ADDRESS);
const pageCount = (pdf: Buffer): number => (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;

describe("leaflet PDF", () => {
  it("is two A4 pages with the fonts embedded", async () => {
    const pdf = await renderLeaflet(content());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pageCount(pdf)).toBe(2);
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(pdf.toString("latin1")).toMatch(/\/FontFile2/);
    expect(pdf.toString("latin1")).toMatch(/\/Lang \(id-ID\)/);
  });

  it("is two A4 pages in English too", async () => {
    const en = leafletContent(leafletChapters("en"), figureRegistry(), "en", loadSources(), "https://example.org/story/");
    expect(pageCount(await renderLeaflet(en))).toBe(2);
  });

  it("sets running text at 11 pt or more and nothing, sources included, under 8 pt", () => {
    expect(LEAFLET_TYPE.body).toBeGreaterThanOrEqual(11);
    expect(LEAFLET_TYPE.small).toBeGreaterThanOrEqual(8);
    const code = readFileSync("src/prerender/leaflet/pdf.ts", "utf8");
    const literal = [...code.matchAll(/fontSize\((\d+(?:\.\d+)?)\)/g)].map((m) => Number(m[1]));
    expect(literal.filter((size) => size < LEAFLET_TYPE.small)).toEqual([]);
    // the label under each figure and the recommendations are running text
    expect(code).toMatch(/\[FONT\.semibold, LEAFLET_TYPE\.body, INK, f\.label\]/);
    expect(code).toMatch(/const REC = \{ size: LEAFLET_TYPE\.body/);
  });

  it("stops when a finding's text would run out of its box, naming the chapter and language", async () => {
    const c = content();
    const long = { ...c, findings: c.findings.map((f) => (f.slug === "ktp" ? { ...f, label: `${f.label} `.repeat(5) } : f)) };
    await expect(renderLeaflet(long)).rejects.toThrow(/^leaflet \(id\): the finding of chapter "ktp" is \d+ pt too long for its box/);
  });

  it("stops when the recommendations would run out of their box", async () => {
    const c = content();
    const long = { ...c, recommendations: [...c.recommendations, ...c.recommendations, ...c.recommendations] };
    await expect(renderLeaflet(long)).rejects.toThrow(
      /^leaflet \(id\): the recommendations of chapter "recommendations" are \d+ pt too long/,
    );
  });
});

describe("leaflet map", () => {
  it("is the story's still frame of the six villages, with each name's halo drawn beneath it", () => {
    const chapter = content().mapChapter;
    expect(chapter.slug).toBe(LEAFLET_MAP_CHAPTER);
    const size = { width: 800, height: 500 };
    const frame = chapterFrameSvg({ map: chapter.map, title: chapter.title }, "id", size);
    const print = leafletMapSvg(chapter.map, chapter.title, "id", size);
    expect(print).toBe(splitTextHalos(frame));
    for (const name of ["Kelle", "Kuanfatu", "Basmuti", "Bone", "Neke"]) expect(print).toContain(`>${name}</text>`);
    expect(print).not.toContain("paint-order");
  });

  it("splits a haloed name into a halo, then the letters without a stroke", () => {
    const svg = '<text x="1" y="2" font-weight="600" paint-order="stroke" stroke="#fffdf8" stroke-width="3.5">Soe</text>';
    expect(splitTextHalos(svg)).toBe(
      '<text x="1" y="2" font-weight="600" stroke="#fffdf8" stroke-width="3.5" fill="#fffdf8" stroke-linejoin="round">Soe</text><text x="1" y="2" font-weight="600">Soe</text>',
    );
  });
});

describe("leaflet QR code", () => {
  it("encodes the address in a code of at least version 2 with its finder patterns", () => {
    const { size, dark } = qrModules(ADDRESS);
    expect(size).toBeGreaterThanOrEqual(25);
    // The three finder patterns' corners are dark, the module beside each finder light.
    for (const [r, c] of [
      [0, 0],
      [0, size - 1],
      [size - 1, 0],
    ] as const)
      expect(dark(r, c)).toBe(true);
    expect(dark(7, 7)).toBe(false);
  });
});
