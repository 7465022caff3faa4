/**
 * A downloadable graphic of one embeddable view (print, social, a newsroom's own layout): an
 * editable SVG with its title, the map or chart, its legend, source and credit as text, each part
 * a named group (an Inkscape layer, an id elsewhere), and the same SVG as a wide PNG. The map is
 * the story's own frame (frames.ts), rasterized as the share cards are (card-raster.ts).
 */
import type { Locale } from "../../i18n/locales.ts";
import { escapeXml } from "../../lib/shared/static-map-svg.ts";
import { CARD_FONT_FAMILY, rasterizeCard } from "../share/card-raster.ts";
import { approxTextWidth, wrapWords, type TextStyle } from "../share/card-text.ts";
import { nestFrame } from "../share/image.ts";

/** The SVG's width in its own units (px at 100 %); the PNG is drawn at twice that. */
export const GRAPHIC_WIDTH = 1200;
export const GRAPHIC_PNG_WIDTH = 2400;
export const GRAPHIC_PAD = 48;
export const GRAPHIC_COLOURS = {
  paper: "#fffdf8",
  ink: "#1f1c17",
  muted: "#55504a",
  accent: "#b8430c",
  rule: "#ddd5c4",
  bar: "#8a816d",
} as const;
export const TEXT_WIDTH = GRAPHIC_WIDTH - 2 * GRAPHIC_PAD;

/**
 * Print: a graphic is set across two columns of a page at the narrowest (two of three columns of
 * an A4 text width of 170 mm with 5 mm gutters: 2 × 53.3 + 5 ≈ 112 mm), and print wants text of
 * 8 pt or more there. So no text is smaller than PRINT_TEXT units of the GRAPHIC_WIDTH
 * (8 pt / (112 mm in pt / 1200) ≈ 30.2, rounded up); at an A4 text width it reads at 12 pt.
 */
export const PRINT_COLUMN_MM = 112;
export const PRINT_MIN_PT = 8;
export const PRINT_TEXT = Math.ceil(PRINT_MIN_PT / (((PRINT_COLUMN_MM / 25.4) * 72) / GRAPHIC_WIDTH));
export const TITLE_TEXT = Math.round(PRINT_TEXT * 1.6);
const INKSCAPE_NS = "http://www.inkscape.org/namespaces/inkscape";

/** A part of a graphic: its markup drawn from y = 0, and how tall it is. */
export interface GraphicPart {
  svg: string;
  height: number;
}

export interface GraphicInput {
  locale: Locale;
  kind: "map" | "chart";
  title: string;
  body: GraphicPart;
  legend?: GraphicPart | undefined;
  source: string;
  credit: string;
}

/** Lines of `text` that fit `width` in the style given. */
export function wrapText(text: string, style: TextStyle, width: number = TEXT_WIDTH): string[] {
  return wrapWords(text, width, Number.POSITIVE_INFINITY, (s) => approxTextWidth(s, style));
}

/** A block of wrapped text from y = 0 (its first line's top): the <text> element and its height. */
export function textBlock(
  text: string,
  style: TextStyle & { fill: string; lineHeight?: number },
  x = GRAPHIC_PAD,
  width = TEXT_WIDTH,
): GraphicPart {
  const lines = wrapText(text, style, width);
  const step = Math.round(style.fontSize * (style.lineHeight ?? 1.3));
  const weight = style.bold ? ` font-weight="700"` : "";
  // A space ends each wrapped line but the last, so the text copies (and reads) as one sentence.
  const spans = lines
    .map(
      (line, k) =>
        `<tspan x="${x}" y="${Math.round(style.fontSize + k * step)}">${escapeXml(line)}${k < lines.length - 1 ? " " : ""}</tspan>`,
    )
    .join("");
  return {
    svg: `<text font-size="${style.fontSize}"${weight} fill="${style.fill}">${spans}</text>`,
    height: Math.round(style.fontSize * 0.3 + lines.length * step),
  };
}

/** A named group (an Inkscape layer with an id), moved down to `y`. */
export function layer(id: string, label: string, y: number, svg: string): string {
  return `<g id="${id}" inkscape:groupmode="layer" inkscape:label="${escapeXml(label)}" transform="translate(0 ${y})">${svg}</g>`;
}

/** A map frame (frames.ts) fitted into a box, its style groups named after what they draw. */
export function mapPart(frameSvg: string, width: number, height: number, x = GRAPHIC_PAD): GraphicPart {
  const nested = nestFrame(frameSvg, x, 0, width, height)
    .replace(/<g class="([\w-]+)"/g, (_m, name: string) => `<g class="${name}" inkscape:label="${name}"`)
    .replace(
      /<g( class="labels-\d+")?( display="none")? font-family=/g,
      (_m, cls = "", hidden = "") => `<g${cls}${hidden} inkscape:label="names" font-family=`,
    );
  return { svg: nested, height };
}

/** The whole graphic as an SVG document, its parts stacked: title, body, legend, source, credit. */
export function graphicSvg(input: GraphicInput): string {
  const c = GRAPHIC_COLOURS;
  const parts: string[] = [];
  let y = GRAPHIC_PAD;
  const place = (id: string, label: string, part: GraphicPart, gapAfter: number) => {
    parts.push(layer(id, label, y, part.svg));
    y += part.height + gapAfter;
  };
  parts.push(`<rect id="rule" x="${GRAPHIC_PAD}" y="${GRAPHIC_PAD - 20}" width="48" height="6" fill="${c.accent}"/>`);
  place("title", "Title", textBlock(input.title, { fontSize: TITLE_TEXT, bold: true, fill: c.ink, lineHeight: 1.15 }), 28);
  place(input.kind, input.kind === "map" ? "Map" : "Chart", input.body, 28);
  if (input.legend) place("legend", "Legend", input.legend, 24);
  place("source", "Source", textBlock(input.source, { fontSize: PRINT_TEXT, fill: c.muted }), 12);
  place("credit", "Credit", textBlock(input.credit, { fontSize: PRINT_TEXT, fill: c.muted }), 0);
  const height = Math.ceil(y + GRAPHIC_PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="${INKSCAPE_NS}" width="${GRAPHIC_WIDTH}" height="${height}" viewBox="0 0 ${GRAPHIC_WIDTH} ${height}" lang="${input.locale}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect id="background" width="${GRAPHIC_WIDTH}" height="${height}" fill="${c.paper}"/>`,
    `<g font-family="${CARD_FONT_FAMILY}, sans-serif">`,
    ...parts,
    "</g></svg>",
  ].join("");
}

/** The graphic as a PNG GRAPHIC_PNG_WIDTH px wide (the share cards' rasterizer and fonts). */
export function graphicPng(svg: string): Buffer {
  return rasterizeCard(svg, GRAPHIC_PNG_WIDTH, GRAPHIC_COLOURS.paper);
}
