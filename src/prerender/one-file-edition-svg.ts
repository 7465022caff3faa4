/**
 * A still frame placed inside an HTML page rather than loaded as an image. Each frame names the
 * shapes it reuses s0, s1, …; thirteen frames in one document would share those names and a
 * frame's <use> would draw another frame's shape, so every id gets the frame's own prefix. Pure.
 */
import { escapeXml } from "../lib/static-map-svg.ts";

export interface InlineSvgOptions {
  /** unique in the document, e.g. the chapter's slug */
  idPrefix: string;
  className: string;
  /** the text alternative, read instead of the drawing */
  label: string;
}

export function inlineSvg(svg: string, { idPrefix, className, label }: InlineSvgOptions): string {
  if (!/^<svg\s/.test(svg)) throw new Error(`inline SVG "${idPrefix}": not an <svg> document`);
  if (/\b(?:href|src)="(?!#)/.test(svg)) throw new Error(`inline SVG "${idPrefix}": refers to an outside file, which would be a request`);
  return svg
    .replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${idPrefix}-${id}"`)
    .replace(/\bhref="#([^"]+)"/g, (_m, id: string) => `href="#${idPrefix}-${id}"`)
    .replace(/^<svg\s/, `<svg class="${escapeXml(className)}" aria-label="${escapeXml(label)}" focusable="false" `);
}
