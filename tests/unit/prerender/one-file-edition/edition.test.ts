/**
 * The one-file edition's pieces: each frame carried whole as a data: URL image, and a
 * file that would make any request, or is too big to pass on, is refused with its language.
 */
import { describe, expect, it } from "vitest";
import { chapterFrameSvg } from "../../../../src/prerender/map/frames.ts";
import { checkOneFileEdition, ONE_FILE_MAX_BYTES } from "../../../../src/prerender/one-file-edition/check.ts";
import { SVG_DATA_PREFIX, svgDataUrl } from "../../../../src/prerender/one-file-edition/image.ts";
import { leafletChapters } from "../leaflet/fixtures.ts";

describe("svgDataUrl", () => {
  const decode = (url: string): string => decodeURIComponent(url.slice(SVG_DATA_PREFIX.length));

  it("carries the frame whole, in a URL with no character an attribute or a URL cannot hold", () => {
    const [chapter] = leafletChapters("id").filter((c) => c.slug === "study");
    const svg = chapterFrameSvg(chapter!, "id");
    const url = svgDataUrl(svg, "study");
    expect(url.startsWith(SVG_DATA_PREFIX)).toBe(true);
    expect(url).not.toMatch(/["#<>\n]/);
    expect(decode(url)).toBe(svg.replace(/"/g, "'").replace(/\s+/g, " "));
    expect(decode(url)).toContain(">Kuanfatu</text>");
    expect(url.length).toBeLessThan(svg.length * 1.3);
  });

  it("keeps names with letters beyond ASCII", () => {
    const svg = '<svg viewBox="0 0 1 1"><text>Pene &amp; Sô – 100%</text></svg>';
    expect(decode(svgDataUrl(svg, "t"))).toBe("<svg viewBox='0 0 1 1'><text>Pene &amp; Sô – 100%</text></svg>");
  });

  it("refuses a frame that refers to another file, or holds a raw single quote", () => {
    expect(() => svgDataUrl('<svg viewBox="0 0 1 1"><image href="x.png"/></svg>', "ktp (en)")).toThrow(
      /ktp \(en\): the SVG refers to an outside file/,
    );
    expect(() => svgDataUrl('<svg viewBox="0 0 1 1"><text>it\'s</text></svg>', "ktp (en)")).toThrow(/single quote/);
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
