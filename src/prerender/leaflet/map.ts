/**
 * The leaflet's map: the chapter's still frame from the same renderer as the story's frames,
 * placed in the PDF as vectors by svg-to-pdfkit. The frames give their names a halo with
 * paint-order="stroke", which svg-to-pdfkit does not read (it would paint the halo over the
 * letters), so each halo is written as its own text beneath the name first.
 */
import SVGtoPDF from "svg-to-pdfkit";
import type { ChapterData } from "../../content/chapter-schema.ts";
import type { Locale } from "../../i18n/locales.ts";
import { chapterFrameSvg, type FrameSize } from "../map/frames.ts";
import { svgFont } from "./fonts.ts";

/** Each `<text … paint-order="stroke" stroke=… stroke-width=…>` as a halo copy, then the letters alone. */
export function splitTextHalos(svg: string): string {
  return svg.replace(/<text([^>]*?) paint-order="stroke"([^>]*)>([^<]*)<\/text>/g, (_m, before: string, after: string, text: string) => {
    const attrs = `${before}${after}`;
    const halo = attrs.replace(/\sfill="[^"]*"/, "");
    const letters = attrs.replace(/\sstroke="[^"]*"/, "").replace(/\sstroke-width="[^"]*"/, "");
    const haloColour = /\sstroke="([^"]*)"/.exec(attrs)?.[1] ?? "#fff";
    return `<text${halo} fill="${haloColour}" stroke-linejoin="round">${text}</text><text${letters}>${text}</text>`;
  });
}

export function leafletMapSvg(map: ChapterData["map"], title: string, locale: Locale, size: FrameSize): string {
  return splitTextHalos(chapterFrameSvg({ map, title }, locale, size));
}

type PdfDoc = Parameters<typeof SVGtoPDF>[0];

/** Draws the SVG into the box, as vectors; an SVG feature the converter skips fails the build. */
export function drawSvg(doc: PdfDoc, svg: string, x: number, y: number, width: number, height: number, place: string): void {
  const warnings: string[] = [];
  SVGtoPDF(doc, svg, x, y, {
    width,
    height,
    preserveAspectRatio: "xMidYMid meet",
    fontCallback: svgFont,
    warningCallback: (w: string) => warnings.push(w),
  });
  if (warnings.length > 0) throw new Error(`${place}: the map could not be drawn as it is on screen: ${warnings.slice(0, 3).join("; ")}`);
}
