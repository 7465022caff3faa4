/**
 * Share cards (Open Graph / Twitter `summary_large_image`), 1200×630 PNG, made at build time: one
 * per chapter, from the chapter's static map frame, and a cover card per language for the story
 * itself. The map is drawn to the shape of the card's right-hand side; a paper-coloured panel on
 * the left carries a heading, the kicker and title, and the study the story is based on. Text is
 * set by card-text.ts, rasterized by card-raster.ts.
 */
import type { ChapterData } from "../../content/chapter-schema.ts";
import { INTL_TAG, type Locale } from "../../i18n/locales.ts";
import { UI } from "../../i18n/ui.ts";
import { t } from "../../i18n/translate.ts";
import { escapeXml } from "../../lib/shared/static-map-svg.ts";
import { CARD_FONT_FAMILY, rasterizeCard } from "./card-raster.ts";
import { approxTextWidth, balancedWidth, wrapWords, type TextStyle } from "./card-text.ts";
import { chapterFrameSvg } from "../map/frames.ts";

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

export const COLOURS = { paper: "#fffdf8", ink: "#1f1c17", muted: "#55504a", accent: "#b8430c", rule: "#ddd5c4" } as const;

/** The footer: the field study the story is based on. */
const FOOTER: Record<Locale, string> = {
  en: "Field study: Usbobo & Sogen (2023)",
  id: "Studi lapangan: Usbobo & Sogen (2023)",
};

/** The cover card's heading and kicker above the site's title. */
const COVER: Record<Locale, { heading: string; kicker: string }> = {
  en: { heading: "A story map", kicker: "Timor Tengah Selatan" },
  id: { heading: "Peta cerita", kicker: "Timor Tengah Selatan" },
};

export interface TitleLayout {
  fontSize: number;
  lines: string[];
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

/**
 * A card as SVG: the map frame on the right; on the left, `heading` (the site's name by default),
 * the kicker and title, and the study the story is based on.
 */
export function shareCardSvg(chapter: ShareCardChapter, locale: Locale, frameSvg: string, heading = t(UI, locale, "site.title")): string {
  const { width: W, height: H } = CARD;
  const siteTitle = oneLine(heading, { fontSize: SITE_TITLE_SIZE });
  const kicker = chapter.kicker
    ? oneLine(chapter.kicker.toLocaleUpperCase(INTL_TAG[locale]), { fontSize: KICKER_SIZE, bold: true, tracking: KICKER_TRACKING })
    : undefined;
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
    `<g font-family="${CARD_FONT_FAMILY}">`,
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

export type CardMap = Pick<ChapterData, "map" | "title">;

/** A card's SVG as PNG bytes, `width` px wide. Stops the build if it comes out over MAX_CARD_BYTES. */
export function cardPng(svg: string, name: string, width: number = CARD.width): Buffer {
  const png = rasterizeCard(svg, width, COLOURS.paper);
  if (png.length > MAX_CARD_BYTES) throw new Error(`card ${name} is ${png.length} bytes, over the ${MAX_CARD_BYTES}-byte limit`);
  return png;
}

const MAP_PANEL = { width: CARD.width - PANEL_WIDTH, height: CARD.height };

/** The chapter's share card as PNG bytes. Stops the build if it comes out over MAX_CARD_BYTES. */
export function shareCardPng(
  chapter: ShareCardChapter & Pick<ChapterData, "map">,
  locale: Locale,
  name = `${locale}: ${chapter.title}`,
): Buffer {
  return cardPng(shareCardSvg(chapter, locale, chapterFrameSvg(chapter, locale, MAP_PANEL)), name);
}

/** The story's cover card: its title over the map of the chapter it opens with. */
export function coverCardSvg(locale: Locale, opening: CardMap): string {
  const { heading, kicker } = COVER[locale];
  return shareCardSvg({ title: t(UI, locale, "site.title"), kicker }, locale, chapterFrameSvg(opening, locale, MAP_PANEL), heading);
}

export function coverCardPng(locale: Locale, opening: CardMap): Buffer {
  return cardPng(coverCardSvg(locale, opening), `${locale} (cover)`);
}
