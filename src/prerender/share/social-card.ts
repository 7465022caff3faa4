/**
 * Social cards per chapter and language, for passing the story along in messaging groups: a square
 * one for feeds (1080×1080) and a tall one for status posts (1080×1920). Each shows the chapter's
 * map, its key figure in large type (from the figure registry, formatted as the story prints it)
 * with the label that lets it stand alone, the chapter's title and summary, where the figure comes
 * from (newspaper-style) and the story's address. A chapter whose point is not a number shows its
 * title in the figure's place. Built on the share
 * cards' pieces (prerender/share/image.ts, card-text.ts, card-raster.ts). Text that would not fit stops the
 * build, naming the chapter and language: a card is never cut short.
 */
import type { ChapterData } from "../../content/chapter-schema.ts";
import { INTL_TAG, type Locale } from "../../i18n/locales.ts";
import { UI } from "../../i18n/ui.ts";
import { t } from "../../i18n/translate.ts";
import { formatFigure } from "../../lib/shared/format.ts";
import { lookupFigure, type FigureRegistry, type RegisteredFigure } from "../../lib/build/figure-registry.ts";
import { replaceFigureTokens } from "../../lib/build/figure-tokens.ts";
import { compactPlaces, localizeWhere, splitSourceRef } from "../../lib/build/source-line.ts";
import { escapeXml } from "../../lib/shared/static-map-svg.ts";
import { CARD_FONT_FAMILY } from "./card-raster.ts";
import { approxTextWidth, wrapWords, type TextStyle } from "./card-text.ts";
import { chapterFrameSvg } from "../map/frames.ts";
import { cardPng, COLOURS, nestFrame } from "./image.ts";
import { siteBase } from "../urls.ts";

export const SOCIAL_FORMATS = ["square", "story"] as const;
export type SocialFormat = (typeof SOCIAL_FORMATS)[number];

interface Layout {
  width: number;
  height: number;
  /** the map's height, across the whole width at the top */
  mapHeight: number;
  /** sizes to try for the key figure, largest first */
  figureSizes: readonly number[];
  /** the key figure's label, bold, under it */
  labelSize: number;
  labelLines: number;
  kickerSize: number;
  titleSize: number;
  titleLines: number;
  summarySize: number;
  summaryLines: number;
  smallSize: number;
  sourceLines: number;
}

export const SOCIAL_LAYOUTS: Record<SocialFormat, Layout> = {
  square: {
    width: 1080,
    height: 1080,
    mapHeight: 340,
    figureSizes: [120, 108, 96, 84],
    labelSize: 30,
    labelLines: 3,
    kickerSize: 24,
    titleSize: 36,
    titleLines: 2,
    summarySize: 27,
    summaryLines: 3,
    smallSize: 23,
    sourceLines: 2,
  },
  story: {
    width: 1080,
    height: 1920,
    mapHeight: 760,
    figureSizes: [200, 170, 140, 120],
    labelSize: 40,
    labelLines: 3,
    kickerSize: 30,
    titleSize: 52,
    titleLines: 3,
    summarySize: 38,
    summaryLines: 6,
    smallSize: 28,
    sourceLines: 2,
  },
};

const PAD = 64;
/** Noto Sans's ascent above the baseline and descent below it, in em (cap height, descender), a little generous. */
export const ASCENT = 0.76;
export const DESCENT = 0.26;

export interface SocialCardChapter extends Pick<
  ChapterData,
  "kicker" | "title" | "summary" | "map" | "keyFigure" | "keyLabel" | "sources"
> {
  slug: string;
}

/** What a card says, resolved from the registry and the sources: pure data, before any layout. */
export interface SocialCardText {
  kicker?: string | undefined;
  title: string;
  /** the key figure as the story prints it; none where the chapter has no key figure (the title takes its place) */
  figure?: string | undefined;
  /** what the figure counts, where and when */
  label?: string | undefined;
  summary: string;
  source: string;
  address: string;
}

export class CardOverflowError extends Error {}

/** The chapter's key figure from the registry: a missing or unknown one names the chapter. */
export function keyFigureOf(
  chapter: Pick<SocialCardChapter, "keyFigure" | "slug">,
  locale: Locale,
  registry: FigureRegistry,
): RegisteredFigure {
  const where = `chapter "${chapter.slug}" (${locale})`;
  if (!chapter.keyFigure) throw new Error(`${where} has no key figure: add \`keyFigure: <figure key>\` to its frontmatter`);
  try {
    return lookupFigure(registry, chapter.keyFigure);
  } catch (e) {
    throw new Error(`${where}: keyFigure: ${(e as Error).message}`, { cause: e });
  }
}

/**
 * The card's words. `sourceName` gives a source id's name as the story's source lines print it;
 * `address` is the story's public address at the chapter (shown without its scheme). The source
 * is the key figure's, newspaper-style (the paper with its figure or section, an agency with the
 * year); without a key figure, the chapter's first source.
 */
export function socialCardText(
  chapter: SocialCardChapter,
  locale: Locale,
  registry: FigureRegistry,
  sourceName: (id: string) => string,
  address: string,
): SocialCardText {
  const base = {
    kicker: chapter.kicker?.toLocaleUpperCase(INTL_TAG[locale]),
    title: chapter.title,
    summary: chapter.summary,
    address: address.replace(/^https?:\/\//, ""),
  };
  if (!chapter.keyFigure) {
    const first = chapter.sources[0];
    if (!first) throw new Error(`chapter "${chapter.slug}" (${locale}) names no source for its card`);
    const { id, where } = splitSourceRef(first);
    const place = where ? `, ${localizeWhere(where, locale)}` : "";
    return { ...base, source: `${t(UI, locale, "chart.source")}: ${sourceName(id)}${place}` };
  }
  const figure = keyFigureOf(chapter, locale, registry);
  if (!chapter.keyLabel) throw new Error(`chapter "${chapter.slug}" (${locale}) has a key figure without a keyLabel saying what it counts`);
  const label = replaceFigureTokens(chapter.keyLabel, registry, locale, `chapter "${chapter.slug}" (${locale}) keyLabel`).text;
  const places = figure.where ? compactPlaces([figure.where]).map((w) => localizeWhere(w, locale)) : [];
  const year = figure.source === "usbobo-sogen-2023" || figure.year === undefined ? [] : [String(figure.year)];
  const detail = [...places, ...year].join(", ");
  return {
    ...base,
    figure: formatFigure(figure.value, figure.unit, locale),
    label,
    source: `${t(UI, locale, "chart.source")}: ${sourceName(figure.source)}${detail ? `, ${detail}` : ""}`,
  };
}

/** `text` wrapped to at most `maxLines`, or a CardOverflowError naming the card and what overflowed. */
function fit(text: string, style: TextStyle, maxWidth: number, maxLines: number, what: string, card: string): string[] {
  const lines = wrapWords(text, maxWidth, Number.POSITIVE_INFINITY, (s) => approxTextWidth(s, style));
  if (lines.length > maxLines)
    throw new CardOverflowError(`${card}: the ${what} needs ${lines.length} lines, the card has room for ${maxLines}: shorten it`);
  if (lines.some((l) => approxTextWidth(l, style) > maxWidth))
    throw new CardOverflowError(`${card}: the ${what} has a word too wide for the card`);
  return lines;
}

/**
 * The card as SVG: the chapter's map across the top, then the kicker, the key figure, the title
 * (tall card only), the summary, and at the foot the source and the address. `card` names the
 * card in errors, e.g. "social card id/ktp (story)".
 */
export function socialCardSvg(text: SocialCardText, format: SocialFormat, frameSvg: string, card: string): string {
  const L = SOCIAL_LAYOUTS[format];
  const width = L.width - 2 * PAD;
  const figureSize = text.figure
    ? L.figureSizes.find((size) => approxTextWidth(text.figure!, { fontSize: size, bold: true }) <= width)
    : undefined;
  if (text.figure && !figureSize) throw new CardOverflowError(`${card}: the key figure "${text.figure}" is too wide for the card`);
  if (text.figure && !text.label)
    throw new CardOverflowError(`${card}: the key figure "${text.figure}" has no label saying what it counts`);
  const kicker = text.kicker ? fit(text.kicker, { fontSize: L.kickerSize, bold: true, tracking: 1.6 }, width, 1, "kicker", card) : [];
  const label = text.label ? fit(text.label, { fontSize: L.labelSize, bold: true }, width, L.labelLines, "figure's label", card) : [];
  // Without a key figure the title takes its place, large.
  const titleSize = text.figure ? L.titleSize : L.figureSizes.at(-1)! * (format === "square" ? 0.6 : 0.5);
  const title = fit(text.title, { fontSize: titleSize, bold: true }, width, text.figure ? L.titleLines : 3, "title", card);
  // A square card with a key figure carries the summary only where it fits whole under the figure, its label and the title.
  const squareWithFigure = format === "square" && text.figure !== undefined;
  const wrappedSummary = wrapWords(text.summary, width, Number.POSITIVE_INFINITY, (t) => approxTextWidth(t, { fontSize: L.summarySize }));
  const summary = squareWithFigure
    ? wrappedSummary
    : fit(text.summary, { fontSize: L.summarySize }, width, L.summaryLines + (text.figure ? 0 : 1), "summary", card);
  const source = fit(text.source, { fontSize: L.smallSize }, width, L.sourceLines, "source line", card);
  const address = fit(text.address, { fontSize: L.smallSize, bold: true }, width, 1, "address", card);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}">`,
    `<rect width="${L.width}" height="${L.height}" fill="${COLOURS.paper}"/>`,
    nestFrame(frameSvg, 0, 0, L.width, L.mapHeight),
    `<rect y="${L.mapHeight}" width="${L.width}" height="2" fill="${COLOURS.rule}"/>`,
    `<g font-family="${CARD_FONT_FAMILY}">`,
  ];
  const lines = (rows: string[], size: number, leading: number, y: number, attrs: string): number => {
    rows.forEach((row, k) =>
      out.push(
        `<text x="${PAD}" y="${y + k * Math.round(size * leading)}" font-size="${Math.round(size)}" ${attrs}>${escapeXml(row)}</text>`,
      ),
    );
    return y + (rows.length - 1) * Math.round(size * leading);
  };
  // Each block's first baseline clears the one above: its descenders (DESCENT) and its own ascent (ASCENT), plus a gap.
  let y = L.mapHeight + 16;
  let below = 0; // how far the last line above reaches under its baseline
  const next = (size: number, gap: number): number => y + below + Math.round(size * ASCENT) + gap;
  const block = (rows: string[], size: number, leading: number, gap: number, attrs: string): void => {
    if (!rows.length) return;
    y = lines(rows, size, leading, next(size, gap), attrs);
    below = Math.round(size * DESCENT);
  };
  block(kicker, L.kickerSize, 1.2, 24, `font-weight="700" letter-spacing="1.6" fill="${COLOURS.accent}"`);
  if (text.figure && figureSize) {
    block([text.figure], figureSize, 1, 8, `font-weight="700" fill="${COLOURS.accent}"`);
    block(label, L.labelSize, 1.2, 8, `font-weight="700" fill="${COLOURS.ink}"`);
    block(title, titleSize, 1.15, 20, `font-weight="700" fill="${COLOURS.muted}"`);
  } else {
    block(title, titleSize, 1.12, 12, `font-weight="700" fill="${COLOURS.accent}"`);
  }
  // The foot, from the bottom up: the address on the last line, the source above it, a rule.
  const addressY = L.height - PAD + 16;
  const sourceTop = addressY - Math.round(L.smallSize * 1.6) - (source.length - 1) * Math.round(L.smallSize * 1.3);
  const ruleY = sourceTop - Math.round(L.smallSize * 1.4);
  const summaryBottom = next(L.summarySize, 14) + (summary.length - 1) * Math.round(L.summarySize * 1.3) + Math.round(L.summarySize * 0.5);
  if (!squareWithFigure || summaryBottom <= ruleY) block(summary, L.summarySize, 1.3, 14, `fill="${COLOURS.ink}"`);
  if (y + Math.round(L.summarySize * 0.5) > ruleY)
    throw new CardOverflowError(`${card}: the text runs into the source line: shorten the summary or the label`);
  out.push(`<rect x="${PAD}" y="${ruleY}" width="${width}" height="1" fill="${COLOURS.rule}"/>`);
  lines(source, L.smallSize, 1.3, sourceTop, `fill="${COLOURS.muted}"`);
  lines(address, L.smallSize, 1, addressY, `font-weight="700" fill="${COLOURS.ink}"`);
  out.push("</g></svg>");
  return out.join("");
}

/**
 * The card as PNG bytes. The map is drawn at half the card's size and scaled up, so its names
 * read at twice the size they have in the story's frames.
 */
export function socialCardPng(chapter: SocialCardChapter, locale: Locale, format: SocialFormat, text: SocialCardText): Buffer {
  const L = SOCIAL_LAYOUTS[format];
  const card = `social card ${locale}/${chapter.slug} (${format})`;
  const frame = chapterFrameSvg(chapter, locale, { width: L.width / 2, height: L.mapHeight / 2 });
  return cardPng(socialCardSvg(text, format, frame, card), card, L.width);
}

/** Where a chapter's card lives: /cards/<locale>/<chapter>-<format>.png under the site's base. */
export function socialCardUrl(locale: Locale, slug: string, format: SocialFormat): string {
  return `${siteBase()}cards/${locale}/${slug}-${format}.png`;
}

/** The file name a downloaded card is saved under. */
export const socialCardFileName = (locale: Locale, slug: string, format: SocialFormat): string =>
  `tts-migration-${locale}-${slug}-${format}.png`;
