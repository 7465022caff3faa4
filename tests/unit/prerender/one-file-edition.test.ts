/**
 * The one-file edition's pieces: frames placed in one page keep their reused shapes apart, and a
 * file that would make any request, or is too big to pass on, is refused with its language.
 */
import { describe, expect, it } from "vitest";
import { chapterFrameSvg } from "../../../src/prerender/frames.ts";
import { checkOneFileEdition, ONE_FILE_MAX_BYTES } from "../../../src/prerender/one-file-edition-check.ts";
import { inlineSvg } from "../../../src/prerender/one-file-edition-svg.ts";
import { leafletChapters } from "./leaflet-fixtures.ts";

describe("inlineSvg", () => {
  it("gives every id and reference the frame's prefix, and the class and label", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 6"><path id="s0" d="M0 0"/><use href="#s0"/></svg>';
    expect(inlineSvg(svg, { idPrefix: "frame-ktp", className: "chapter__frame", label: 'Map: "TTS" & NTT' })).toBe(
      '<svg class="chapter__frame" aria-label="Map: &quot;TTS&quot; &amp; NTT" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 6"><path id="frame-ktp-s0" d="M0 0"/><use href="#frame-ktp-s0"/></svg>',
    );
  });

  it("keeps two real frames' shapes apart in one page", () => {
    const [a, b] = leafletChapters("en").filter((c) => c.slug === "income" || c.slug === "documents");
    const page = [a!, b!]
      .map((c) => inlineSvg(chapterFrameSvg(c, "en"), { idPrefix: `frame-${c.slug}`, className: "f", label: c.title }))
      .join("");
    const ids = [...page.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of page.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(m[1]);
  });

  it("refuses a frame that refers to another file", () => {
    expect(() => inlineSvg('<svg viewBox="0 0 1 1"><image href="x.png"/></svg>', { idPrefix: "p", className: "c", label: "l" })).toThrow(
      /inline SVG "p": refers to an outside file/,
    );
  });
});

describe("checkOneFileEdition", () => {
  const ok =
    '<!doctype html><html><head><style>a{color:red}</style></head><body><svg><use href="#a"/></svg><a href="https://example.org/">x</a></body></html>';
  it("accepts a page that asks for nothing (links are not requests)", () => {
    expect(() => checkOneFileEdition(ok, "en")).not.toThrow();
  });
  it.each([
    ['<script src="/a.js"></script>', "a script"],
    ['<link rel="stylesheet" href="/a.css">', "a linked file"],
    ['<img src="/frames/en/ktp.svg">', "an outside image or media"],
    ["<style>body{background:url(/x.png)}</style>", "a CSS url()"],
    ['<svg><use href="/sprite.svg#a"/></svg>', "an SVG reference to another file"],
  ])("refuses %s", (bad, what) => {
    expect(() => checkOneFileEdition(ok.replace("<body>", `<body>${bad}`), "id")).toThrow(
      `one-file edition (id): ${what} would be requested`,
    );
  });
  it("refuses a file over 2 MB", () => {
    expect(() => checkOneFileEdition(ok + " ".repeat(ONE_FILE_MAX_BYTES), "en")).toThrow(
      /one-file edition \(en\): 2\.00 MB, over the 2 MB/,
    );
  });
});
