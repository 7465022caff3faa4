import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { approxTextWidth, balancedWidth, ELLIPSIS, wrapWords } from "../../../../src/prerender/share/card-text.ts";
import { encodePalettePng, paletteFor } from "../../../../src/prerender/share/palette-png.ts";
import {
  CARD,
  coverCardSvg,
  layoutTitle,
  MAX_CARD_BYTES,
  nestFrame,
  shareCardPng,
  shareCardSvg,
} from "../../../../src/prerender/share/image.ts";
import { chapterSchema } from "../../../../src/content/chapter-schema.ts";

/** One unit a character: easy to reason about. */
const chars = (s: string) => [...s].length;
const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe("wrapWords", () => {
  const text = "Among the poorer regencies of a poor province that sends its people abroad";

  it("never lets a line run past the width", () => {
    for (const width of [8, 12, 20, 31, 80]) {
      for (const line of wrapWords(text, width, 99, chars)) expect(chars(line)).toBeLessThanOrEqual(width);
    }
  });

  it("keeps every word, in order, when the lines suffice", () => {
    const lines = wrapWords(text, 20, 99, chars);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.flatMap(words)).toEqual(words(text));
  });

  it("fills each line as far as the next word allows", () => {
    const lines = wrapWords(text, 20, 99, chars);
    lines.slice(0, -1).forEach((line, i) => {
      const next = words(lines[i + 1]!)[0]!;
      expect(chars(`${line} ${next}`)).toBeGreaterThan(20);
    });
  });

  it("stops at the line limit with an ellipsis that still fits", () => {
    const lines = wrapWords(text, 20, 2, chars);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    for (const line of lines) expect(chars(line)).toBeLessThanOrEqual(20);
    // what is shown is the text's beginning
    expect(words(lines.join(" ").slice(0, -1))).toEqual(words(text).slice(0, words(lines.join(" ")).length));
  });

  it("adds no ellipsis when the text fits exactly", () => {
    expect(wrapWords("one two three", 7, 2, chars)).toEqual(["one two", "three"]);
  });

  it("splits a word longer than a line instead of overflowing", () => {
    const lines = wrapWords("a Pemberantasan b", 5, 99, chars);
    for (const line of lines) expect(chars(line)).toBeLessThanOrEqual(5);
    expect(lines.join("").replace(/\s/g, "")).toBe("aPemberantasanb");
  });

  it("collapses whitespace and returns no line for an empty text", () => {
    expect(wrapWords("  one \n two  ", 40, 3, chars)).toEqual(["one two"]);
    expect(wrapWords("   ", 40, 3, chars)).toEqual([]);
  });

  it("works with the approximate font measure", () => {
    const measure = (s: string) => approxTextWidth(s, { fontSize: 50, bold: true });
    for (const line of wrapWords(text, 424, 4, measure)) expect(measure(line)).toBeLessThanOrEqual(424);
  });
});

describe("approxTextWidth", () => {
  it("grows with size, weight, tracking and text", () => {
    const w = approxTextWidth("Timor Tengah Selatan", { fontSize: 20 });
    expect(approxTextWidth("Timor Tengah Selatan", { fontSize: 40 })).toBeCloseTo(2 * w, 6);
    expect(approxTextWidth("Timor Tengah Selatan", { fontSize: 20, bold: true })).toBeGreaterThan(w);
    expect(approxTextWidth("Timor Tengah Selatan", { fontSize: 20, tracking: 1 })).toBeCloseTo(w + 20, 6);
    expect(approxTextWidth("iiii", { fontSize: 20 })).toBeLessThan(approxTextWidth("mmmm", { fontSize: 20 }));
  });
});

describe("balancedWidth", () => {
  it("evens out the lines without adding one or splitting a word", () => {
    const text = "Baptised, but not registered";
    expect(wrapWords(text, 13, 9, chars)).toEqual(["Baptised, but", "not", "registered"]);
    const width = balancedWidth(text, 13, chars);
    expect(width).toBeLessThanOrEqual(13);
    expect(wrapWords(text, width, 9, chars)).toEqual(["Baptised,", "but not", "registered"]);
    expect(balancedWidth("Pemberantasan", 40, chars)).toBe(13);
  });
});

describe("layoutTitle", () => {
  it("sets a short title large and a long one smaller, in at most four lines", () => {
    const short = layoutTitle("Timor Tengah Selatan");
    const long = layoutTitle("Lebih miskin dari kebanyakan, di provinsi yang miskin");
    expect(short.fontSize).toBeGreaterThan(long.fontSize);
    expect(long.lines.length).toBeLessThanOrEqual(4);
    expect(long.lines.flatMap(words)).toEqual(words("Lebih miskin dari kebanyakan, di provinsi yang miskin"));
  });

  it("cuts a title too long for four lines with an ellipsis", () => {
    const layout = layoutTitle("word ".repeat(60));
    expect(layout.lines).toHaveLength(4);
    expect(layout.lines[3]!.endsWith(ELLIPSIS)).toBe(true);
  });
});

describe("shareCardSvg", () => {
  const frame =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600" role="img"><title>x</title><rect width="800" height="600" fill="#dbe7ee"/></svg>';

  it("escapes the texts and nests the frame with its own viewBox", () => {
    const svg = shareCardSvg({ title: 'Papers <and> "cards" & more', kicker: "Q&A" }, "en", frame).replace(/<\/tspan><tspan[^>]*>/g, " ");
    for (const part of ["&lt;and&gt;", "&quot;cards&quot;", "&amp; more"]) expect(svg).toContain(part);
    expect(svg).toContain("Q&amp;A");
    expect(svg).not.toMatch(/<and>/);
    expect(svg).toContain('viewBox="0 0 800 600" preserveAspectRatio="xMidYMid slice"');
    expect(svg).toContain(`width="${CARD.width}" height="${CARD.height}"`);
    expect(svg).toContain("Usbobo &amp; Sogen (2023)");
  });

  it("writes the kicker in capitals, and leaves it out when there is none", () => {
    expect(shareCardSvg({ title: "Sekolah pendek", kicker: "Sekolah" }, "id", frame)).toContain(">SEKOLAH<");
    expect(shareCardSvg({ title: "Sekolah pendek" }, "id", frame)).not.toContain("letter-spacing");
  });

  it("refuses a frame that is not an SVG document", () => {
    expect(() => nestFrame("<div></div>", 0, 0, 10, 10)).toThrow(/not an <svg>/);
  });
});

/** The image header of a PNG: signature, then IHDR's width and height (bytes 16–23). */
function pngHeader(png: Buffer) {
  return {
    signature: [...png.subarray(0, 8)],
    chunk: png.subarray(12, 16).toString("latin1"),
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    colourType: png[25],
  };
}

describe("encodePalettePng", () => {
  it("keeps a few colours exactly and writes a valid 8-bit palette PNG", () => {
    const w = 3;
    const h = 2;
    const px = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 0, 0, 255, 255, 0, 0, 255, 0, 0, 255, 255]);
    const png = encodePalettePng(px, w, h);
    expect(pngHeader(png)).toEqual({ signature: [137, 80, 78, 71, 13, 10, 26, 10], chunk: "IHDR", width: 3, height: 2, colourType: 3 });
    const palette = paletteFor(px);
    expect(palette).toHaveLength(3);
    // decode: PLTE follows IHDR (8 + 25 bytes in), IDAT follows PLTE
    const plteLength = png.readUInt32BE(33);
    const idatAt = 33 + 12 + plteLength;
    expect(png.subarray(idatAt + 4, idatAt + 8).toString("latin1")).toBe("IDAT");
    const rows = inflateSync(png.subarray(idatAt + 8, idatAt + 8 + png.readUInt32BE(idatAt)));
    const plte = png.subarray(41, 41 + plteLength);
    for (let y = 0; y < h; y++) {
      expect(rows[y * (w + 1)]).toBe(0);
      for (let x = 0; x < w; x++) {
        const k = rows[y * (w + 1) + 1 + x]!;
        expect([...plte.subarray(k * 3, k * 3 + 3)]).toEqual([...px.subarray((y * w + x) * 4, (y * w + x) * 4 + 3)]);
      }
    }
  });

  it("reduces many colours to at most 256, close to the originals", () => {
    const w = 64;
    const h = 64;
    const px = new Uint8Array(w * h * 4);
    for (let i = 0; i < w * h; i++) px.set([i % 256, (i * 7) % 256, (i >> 4) % 256, 255], i * 4);
    const palette = paletteFor(px);
    expect(palette.length).toBeLessThanOrEqual(256);
    expect(palette.length).toBeGreaterThan(200);
    expect(pngHeader(encodePalettePng(px, w, h)).colourType).toBe(3);
  });
});

describe("a real chapter's share card", () => {
  it("is a 1200×630 PNG under the size limit", () => {
    const source = readFileSync("src/content/chapters/en/11-ktp.md", "utf8");
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)![1]!;
    const chapter = chapterSchema.parse(parse(frontmatter));
    const png = shareCardPng(chapter, "en");
    const header = pngHeader(png);
    expect(header.signature).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(header.chunk).toBe("IHDR");
    expect([header.width, header.height]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(MAX_CARD_BYTES);
    expect(MAX_CARD_BYTES).toBe(150 * 1024);
  });
});

describe("the story's cover card", () => {
  const source = readFileSync("src/content/chapters/en/01-where.md", "utf8");
  const opening = chapterSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!));

  it.each(["en", "id"] as const)("carries the story's title in its language (%s), not a chapter's", (locale) => {
    const svg = coverCardSvg(locale, opening);
    const title = locale === "en" ? ["Why they leave", "without papers"] : ["Mengapa mereka", "pergi tanpa", "dokumen"];
    for (const words of title) expect(svg).toContain(words.split(" ")[0]);
    expect(svg).toContain(locale === "en" ? "A story map" : "Peta cerita");
    expect(svg).not.toContain(opening.title);
  });
});
