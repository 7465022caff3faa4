/**
 * Social cards per chapter and language, for passing the story along in messaging groups: a square
 * one for feeds (1080×1080) and a tall one for status posts (1080×1920). Each shows the chapter's
 * map, its key figure in large type (from the figure registry, formatted as the story prints it),
 * the chapter's summary, where the figure comes from and the story's address. Built on the share
 * cards' pieces (share-image.ts, card-text.ts, card-raster.ts). Text that would not fit stops the
 * build, naming the chapter and language: a card is never cut short.
 */
import type { ChapterData } from "../content/chapter-schema.ts";
import { INTL_TAG, type Locale } from "../i18n/locales.ts";
import { t } from "../i18n/ui.ts";
import { formatFigure } from "../lib/format.ts";
import { lookupFigure, type FigureRegistry, type RegisteredFigure } from "../lib/figure-registry.ts";
import { localizeWhere } from "../lib/source-line.ts";
import { escapeXml } from "../lib/static-map-svg.ts";
import { CARD_FONT_FAMILY } from "./card-raster.ts";
import { approxTextWidth, wrapWords, type TextStyle } from "./card-text.ts";
import { chapterFrameSvg } from "./frames.ts";
import { cardPng, COLOURS, nestFrame } from "./share-image.ts";
import { siteBase } from "./urls.ts";

export const SOCIAL_FORMATS = ["square", "story"] as const;
export type SocialFormat = (typeof SOCIAL_FORMATS)[number];

interface Layout {
  width: number;
  height: number;
  /** the map's height, across the whole width at the top */
  mapHeight: number;
  /** sizes to try for the key figure, largest first */
  figureSizes: readonly number[];
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
    mapHeight: 400,
    figureSizes: [150, 130, 110, 96],
    kickerSize: 26,
    titleSize: 0,
    titleLines: 0,
    summarySize: 30,
    summaryLines: 4,
    smallSize: 24,
    sourceLines: 2,
  },
  story: {
    width: 1080,
    height: 1920,
    mapHeight: 820,
    figureSizes: [200, 170, 140, 120],
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

export interface SocialCardChapter extends Pick<ChapterData, "kicker" | "title" | "summary" | "map" | "keyFigure"> {
  slug: string;
}

/** What a card says, resolved from the registry and the sources: pure data, before any layout. */
export interface SocialCardText {
  kicker?: string | undefined;
  title: string;
  figure: string;
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
 * The card's words. `sourceName` gives a source id's short name; `address` is the story's public
 * address at the chapter (shown without its scheme).
 */
export function socialCardText(
  chapter: SocialCardChapter,
  locale: Locale,
  registry: FigureRegistry,
  sourceName: (id: string) => string,
  address: string,
): SocialCardText {
  const figure = keyFigureOf(chapter, locale, registry);
  const where = figure.where ? `, ${localizeWhere(figure.where, locale)}` : "";
  return {
    kicker: chapter.kicker?.toLocaleUpperCase(INTL_TAG[locale]),
    title: chapter.title,
    figure: formatFigure(figure.value, figure.unit, locale),
    summary: chapter.summary,
    source: `${t(locale, "chart.source")}: ${sourceName(figure.source)}${where}`,
    address: address.replace(/^https?:\/\//, ""),
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
  const figureSize = L.figureSizes.find((size) => approxTextWidth(text.figure, { fontSize: size, bold: true }) <= width);
  if (!figureSize) throw new CardOverflowError(`${card}: the key figure "${text.figure}" is too wide for the card`);
  const kicker = text.kicker ? fit(text.kicker, { fontSize: L.kickerSize, bold: true, tracking: 1.6 }, width, 1, "kicker", card) : [];
  const title = L.titleLines > 0 ? fit(text.title, { fontSize: L.titleSize, bold: true }, width, L.titleLines, "title", card) : [];
  const summary = fit(text.summary, { fontSize: L.summarySize }, width, L.summaryLines, "summary", card);
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
      out.push(`<text x="${PAD}" y="${y + k * Math.round(size * leading)}" font-size="${size}" ${attrs}>${escapeXml(row)}</text>`),
    );
    return y + (rows.length - 1) * Math.round(size * leading);
  };
  // Each block's first baseline clears the one above: its descenders (DESCENT) and its own ascent (ASCENT), plus a gap.
  let y = L.mapHeight + 24;
  let below = 0; // how far the last line above reaches under its baseline
  const next = (size: number, gap: number): number => y + below + Math.round(size * ASCENT) + gap;
  if (kicker.length) {
    y = lines(kicker, L.kickerSize, 1.2, next(L.kickerSize, 24), `font-weight="700" letter-spacing="1.6" fill="${COLOURS.accent}"`);
    below = Math.round(L.kickerSize * DESCENT);
  }
  y = lines([text.figure], figureSize, 1, next(figureSize, 8), `font-weight="700" fill="${COLOURS.accent}"`);
  below = Math.round(figureSize * DESCENT);
  if (title.length) {
    y = lines(title, L.titleSize, 1.15, next(L.titleSize, 12), `font-weight="700" fill="${COLOURS.ink}"`);
    below = Math.round(L.titleSize * DESCENT);
  }
  y = lines(summary, L.summarySize, 1.35, next(L.summarySize, 16), `fill="${COLOURS.ink}"`);

  // The foot, from the bottom up: the address on the last line, the source above it, a rule.
  const addressY = L.height - PAD;
  const sourceTop = addressY - Math.round(L.smallSize * 1.8) - (source.length - 1) * Math.round(L.smallSize * 1.3);
  const ruleY = sourceTop - Math.round(L.smallSize * 1.6);
  if (y + Math.round(L.summarySize * 0.6) > ruleY)
    throw new CardOverflowError(`${card}: the text runs into the source line: shorten the summary`);
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
