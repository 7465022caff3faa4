/**
 * A chapter's share card (Open Graph / Twitter `summary_large_image`), 1200×630 PNG, made at build
 * time from the chapter's static map frame, drawn to the shape of the card's right-hand side; a
 * paper-coloured panel on the left carries the site's name, the chapter's kicker and title, and
 * the study it is based on. The card is composed as one SVG and rasterized with resvg, with fonts shipped in an npm
 * package, so the same commit gives the same pictures on any machine.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import type { ChapterData } from "../content/chapter-schema.ts";
import { INTL_TAG, type Locale } from "../i18n/locales.ts";
import { t } from "../i18n/ui.ts";
import { escapeXml } from "../lib/static-map-svg.ts";
import { chapterFrameSvg } from "./frames.ts";

export const CARD = { width: 1200, height: 630 } as const;
/** The left-hand text panel; the map fills the rest. */
export const PANEL_WIDTH = 500;
/** A share card over this many bytes is an error: some platforms drop large preview images. */
export const MAX_CARD_BYTES = 150 * 1024;

const PAD_LEFT = 56;
const PAD_RIGHT = 36;
const TEXT_WIDTH = PANEL_WIDTH - PAD_LEFT - PAD_RIGHT;
const TITLE_SIZES = [56, 50, 44, 40] as const;
const TITLE_MAX_LINES = 4;
const TITLE_LEADING = 1.14;
const SITE_TITLE_SIZE = 20;
const KICKER_SIZE = 20;
const KICKER_TRACKING = 1.6;

const COLOURS = { paper: "#fffdf8", ink: "#1f1c17", muted: "#55504a", accent: "#b8430c", rule: "#ddd5c4" } as const;
const FONT_FAMILY = "Noto Sans";

/** The footer: the field study the story is based on. */
const FOOTER: Record<Locale, string> = {
  en: "Field study: Usbobo & Sogen (2023)",
  id: "Studi lapangan: Usbobo & Sogen (2023)",
};

// ---------------------------------------------------------------------------------------------
// Text measuring and wrapping (pure)

/**
 * Approximate advance widths, in em, of Noto Sans Bold and Regular by classes of characters:
 * measured with resvg, then each class given the width of its widest member, so a width comes out
 * a little large, never small. Anything else counts as wide.
 */
const CHAR_CLASSES: [chars: RegExp, bold: number, regular: number][] = [
  [/\s/, 0.27, 0.27],
  [/[ijl.,:;'!|]/, 0.31, 0.28],
  [/[I]/, 0.4, 0.35],
  [/[frtJ()[\]\-"/]/, 0.46, 0.42],
  [/[csz]/, 0.53, 0.49],
  [/[0-9]/, 0.58, 0.58],
  [/[mw]/, 0.98, 0.94],
  [/[MW%]/, 0.98, 0.94],
  [/[…&]/, 0.87, 0.8],
  [/[a-z]/, 0.66, 0.62],
  [/[A-Z]/, 0.82, 0.79],
];
const OTHER_CHAR: [bold: number, regular: number] = [0.75, 0.72];

export interface TextStyle {
  fontSize: number;
  bold?: boolean;
  /** extra px after each character (SVG letter-spacing) */
  tracking?: number;
}

/** The approximate width in px of `text` set in Noto Sans in the style given. */
export function approxTextWidth(text: string, { fontSize, bold = false, tracking = 0 }: TextStyle): number {
  let em = 0;
  let count = 0;
  for (const ch of text) {
    const cls = CHAR_CLASSES.find(([re]) => re.test(ch));
    em += cls ? (bold ? cls[1] : cls[2]) : OTHER_CHAR[bold ? 0 : 1];
    count++;
  }
  return em * fontSize + tracking * count;
}

export const ELLIPSIS = "…";

/** Splits a word too long for any line into pieces that each fit (at least one character each). */
function breakWord(word: string, maxWidth: number, measure: (s: string) => number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap: as many words on each line as fit in `maxWidth` by `measure`. A word wider
 * than a line is split across lines. Past `maxLines`, the last line kept ends with an ellipsis
 * (and still fits). Whitespace runs become single spaces.
 */
export function wrapWords(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const limit = Math.max(1, Math.floor(maxLines));
  const words = text.split(/\s+/).filter(Boolean);
  const pieces = words.flatMap((w) => (measure(w) <= maxWidth ? [w] : breakWord(w, maxWidth, measure)));
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    const candidate = line ? `${line} ${piece}` : piece;
    if (!line || measure(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= limit) return lines;

  const kept = lines.slice(0, limit);
  let last = kept[limit - 1]!;
  while (last && measure(last.replace(/[\s,;:.\-–—]+$/, "") + ELLIPSIS) > maxWidth) {
    const cut = last.lastIndexOf(" ");
    last = cut > 0 ? last.slice(0, cut) : [...last].slice(0, -1).join("");
  }
  kept[limit - 1] = last.replace(/[\s,;:.\-–—]+$/, "") + ELLIPSIS;
  return kept;
}

export interface TitleLayout {
  fontSize: number;
  lines: string[];
}

/**
 * The narrowest width that still wraps `text` into no more lines than `maxWidth` does: lines of
 * even length instead of a full line over a lone word (like CSS `text-wrap: balance`).
 */
export function balancedWidth(text: string, maxWidth: number, measure: (s: string) => number): number {
  const count = (width: number) => wrapWords(text, width, Number.POSITIVE_INFINITY, measure).length;
  const lines = count(maxWidth);
  // never narrower than the widest word, which would split it
  const widest = Math.min(maxWidth, Math.max(0, ...text.split(/\s+/).filter(Boolean).map(measure)));
  if (count(widest) <= lines) return widest;
  let lo = widest;
  let hi = maxWidth;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (count(mid) <= lines) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The largest title size at which the whole title fits in four balanced lines; else the smallest, cut. */
export function layoutTitle(title: string, maxWidth = TEXT_WIDTH): TitleLayout {
  for (const fontSize of TITLE_SIZES) {
    const measure = (s: string) => approxTextWidth(s, { fontSize, bold: true });
    const lines = wrapWords(title, maxWidth, Number.POSITIVE_INFINITY, measure);
    if (lines.length <= TITLE_MAX_LINES) {
      return { fontSize, lines: wrapWords(title, balancedWidth(title, maxWidth, measure), TITLE_MAX_LINES, measure) };
    }
  }
  const fontSize = TITLE_SIZES[TITLE_SIZES.length - 1]!;
  return { fontSize, lines: wrapWords(title, maxWidth, TITLE_MAX_LINES, (s) => approxTextWidth(s, { fontSize, bold: true })) };
}

// ---------------------------------------------------------------------------------------------
// The card as SVG (pure)

export type ShareCardChapter = Pick<ChapterData, "title" | "kicker">;

/** `frameSvg`'s root element made into a nested <svg> that fills the box given, cropped to fill. */
export function nestFrame(frameSvg: string, x: number, y: number, width: number, height: number): string {
  const body = frameSvg.replace(/^\s*(<\?xml[^>]*\?>\s*)?/, "");
  const open = /^<svg\b[^>]*>/.exec(body);
  if (!open || !body.trimEnd().endsWith("</svg>")) throw new Error("share card: the map frame is not an <svg> document");
  const viewBox = /\sviewBox="([^"]+)"/.exec(open[0])?.[1];
  if (!viewBox) throw new Error("share card: the map frame has no viewBox");
  const inner = body.slice(open[0].length).replace(/^<title>[^<]*<\/title>/, "");
  return `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid slice" overflow="hidden">${inner}`;
}

/** One line of text, cut with an ellipsis if it would run out of the panel. */
function oneLine(text: string, style: TextStyle): string {
  return wrapWords(text, TEXT_WIDTH, 1, (s) => approxTextWidth(s, style))[0] ?? "";
}

export function shareCardSvg(chapter: ShareCardChapter, locale: Locale, frameSvg: string): string {
  const { width: W, height: H } = CARD;
  const siteTitle = oneLine(t(locale, "site.title"), { fontSize: SITE_TITLE_SIZE });
  const kicker = chapter.kicker ? oneLine(chapter.kicker.toLocaleUpperCase(INTL_TAG[locale]), { fontSize: KICKER_SIZE, bold: true, tracking: KICKER_TRACKING }) : undefined;
  const footer = oneLine(FOOTER[locale], { fontSize: 20 });
  const title = layoutTitle(chapter.title);
  const lineHeight = Math.round(title.fontSize * TITLE_LEADING);
  const kickerY = 180;
  const firstBaseline = (kicker ? kickerY + 22 : kickerY - 20) + title.fontSize;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    nestFrame(frameSvg, PANEL_WIDTH, 0, W - PANEL_WIDTH, H),
    `<rect width="${PANEL_WIDTH}" height="${H}" fill="${COLOURS.paper}"/>`,
    `<rect x="${PANEL_WIDTH}" width="1" height="${H}" fill="${COLOURS.rule}"/>`,
    `<rect x="${PAD_LEFT}" y="52" width="40" height="5" fill="${COLOURS.accent}"/>`,
    `<g font-family="${FONT_FAMILY}">`,
    `<text x="${PAD_LEFT}" y="98" font-size="${SITE_TITLE_SIZE}" fill="${COLOURS.muted}">${escapeXml(siteTitle)}</text>`,
  ];
  if (kicker) {
    out.push(
      `<text x="${PAD_LEFT}" y="${kickerY}" font-size="${KICKER_SIZE}" font-weight="700" letter-spacing="${KICKER_TRACKING}" fill="${COLOURS.accent}">${escapeXml(kicker)}</text>`,
    );
  }
  out.push(`<text font-size="${title.fontSize}" font-weight="700" fill="${COLOURS.ink}">`);
  title.lines.forEach((line, i) => {
    out.push(`<tspan x="${PAD_LEFT}" y="${firstBaseline + i * lineHeight}">${escapeXml(line)}</tspan>`);
  });
  out.push("</text>");
  out.push(`<rect x="${PAD_LEFT}" y="${H - 100}" width="${TEXT_WIDTH}" height="1" fill="${COLOURS.rule}"/>`);
  out.push(`<text x="${PAD_LEFT}" y="${H - 56}" font-size="20" fill="${COLOURS.muted}">${escapeXml(footer)}</text>`);
  out.push("</g></svg>");
  return out.join("");
}

// ---------------------------------------------------------------------------------------------
// A palette PNG (pure). resvg writes 24/32-bit PNGs, whose anti-aliased map lines cost up to
// ~240 KB a card; the card's few flat colours and their blends fit a 256-colour palette with no
// visible change, at a third of the size.

/** Up to `size` colours (`[r, g, b]`) for the opaque RGBA `pixels`: all of them if they are few, else a variance-based median cut. */
export function paletteFor(pixels: Uint8Array, size = 256): [number, number, number][] {
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += 4) {
    const key = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  type Colour = [r: number, g: number, b: number, count: number];
  const colours: Colour[] = [...counts].map(([k, n]) => [k >> 16, (k >> 8) & 255, k & 255, n]);
  if (colours.length <= size) return colours.map(([r, g, b]) => [r, g, b]);

  /** A box's squared error along its worst channel: the box split next is the one with the most. */
  interface Box { colours: Colour[]; error: number; channel: 0 | 1 | 2 }
  const boxOf = (cs: Colour[]): Box => {
    let error = 0;
    let channel: 0 | 1 | 2 = 0;
    for (const ch of [0, 1, 2] as const) {
      let w = 0, sum = 0, sq = 0;
      for (const c of cs) {
        w += c[3];
        sum += c[ch] * c[3];
        sq += c[ch] * c[ch] * c[3];
      }
      const e = sq - (sum * sum) / w;
      if (e > error) [error, channel] = [e, ch];
    }
    return { colours: cs, error: cs.length > 1 ? error : 0, channel };
  };
  const boxes = [boxOf(colours)];
  while (boxes.length < size) {
    let worst = 0;
    for (let i = 1; i < boxes.length; i++) if (boxes[i]!.error > boxes[worst]!.error) worst = i;
    const box = boxes[worst]!;
    if (box.error <= 0) break;
    const ch = box.channel;
    const sorted = box.colours.sort((a, b) => a[ch] - b[ch]);
    let w = 0, sum = 0;
    for (const c of sorted) {
      w += c[3];
      sum += c[ch] * c[3];
    }
    const cut = Math.max(1, sorted.findIndex((c) => c[ch] > sum / w));
    boxes.splice(worst, 1, boxOf(sorted.slice(0, cut)), boxOf(sorted.slice(cut)));
  }
  return boxes.map(({ colours: cs }) => {
    let w = 0, r = 0, g = 0, b = 0;
    for (const c of cs) {
      w += c[3];
      r += c[0] * c[3];
      g += c[1] * c[3];
      b += c[2] * c[3];
    }
    return [Math.round(r / w), Math.round(g / w), Math.round(b / w)];
  });
}

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Opaque RGBA pixels as an 8-bit palette PNG, each pixel given its nearest palette colour. */
export function encodePalettePng(pixels: Uint8Array, width: number, height: number): Buffer {
  if (pixels.length !== width * height * 4) throw new Error(`PNG: ${pixels.length} bytes are not ${width}×${height} RGBA pixels`);
  const palette = paletteFor(pixels);
  const nearest = new Map<number, number>();
  const rows = Buffer.alloc((width + 1) * height); // each row: filter type 0, then one index a pixel
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const r = pixels[i]!, g = pixels[i + 1]!, b = pixels[i + 2]!;
      const key = (r << 16) | (g << 8) | b;
      let index = nearest.get(key);
      if (index === undefined) {
        let best = Number.POSITIVE_INFINITY;
        index = 0;
        for (let j = 0; j < palette.length; j++) {
          const [pr, pg, pb] = palette[j]!;
          const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
          if (d < best) [best, index] = [d, j];
        }
        nearest.set(key, index);
      }
      rows[y * (width + 1) + 1 + x] = index;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // bit depth 8, palette colour, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", ihdr),
    pngChunk("PLTE", Buffer.from(palette.flat())),
    pngChunk("IDAT", deflateSync(rows, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Rasterizing

let fontFiles: string[] | undefined;
/** The card's fonts, from the npm package `@expo-google-fonts/noto-sans` (TTF, OFL-1.1). */
function cardFonts(): string[] {
  if (fontFiles) return fontFiles;
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@expo-google-fonts/noto-sans/package.json"));
  const files = ["400Regular/NotoSans_400Regular.ttf", "400Regular_Italic/NotoSans_400Regular_Italic.ttf", "600SemiBold/NotoSans_600SemiBold.ttf", "700Bold/NotoSans_700Bold.ttf"].map(
    (f) => path.join(dir, f),
  );
  const missing = files.find((f) => !existsSync(f));
  if (missing) throw new Error(`share card: the font ${missing} is missing: run \`npm install\``);
  fontFiles = files;
  return files;
}

/** A card's SVG as a 1200 px wide PNG. */
export function rasterizeCard(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: CARD.width },
    font: {
      loadSystemFonts: false,
      fontFiles: cardFonts(),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
    },
    background: COLOURS.paper, // opaque, so the pixels need no un-premultiplying
    shapeRendering: 2,
    textRendering: 1,
    logLevel: "off",
  });
  const image = resvg.render();
  return encodePalettePng(image.pixels, image.width, image.height);
}

/** The chapter's share card as PNG bytes. Stops the build if it comes out over MAX_CARD_BYTES. */
export function shareCardPng(chapter: ShareCardChapter & Pick<ChapterData, "map">, locale: Locale, name = `${locale}: ${chapter.title}`): Buffer {
  const mapPanel = { width: CARD.width - PANEL_WIDTH, height: CARD.height };
  const png = rasterizeCard(shareCardSvg(chapter, locale, chapterFrameSvg(chapter, locale, mapPanel)));
  if (png.length > MAX_CARD_BYTES) {
    throw new Error(`share card ${name} is ${png.length} bytes, over the ${MAX_CARD_BYTES}-byte limit`);
  }
  return png;
}
