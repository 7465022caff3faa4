/**
 * A still frame carried inside the page as a data: URL image, so the one-file edition shows each
 * frame exactly as the story's <img> does (its names chosen by the width the image is drawn at,
 * its ids its own) and no file is fetched. Encoded the compact way for SVG: double quotes become
 * single (the frames escape every quote in their text), and only what a URL cannot carry is
 * percent-encoded. Pure.
 */

export const SVG_DATA_PREFIX = "data:image/svg+xml,";

export function svgDataUrl(svg: string, place: string): string {
  if (!/^<svg\s/.test(svg)) throw new Error(`${place}: not an <svg> document`);
  if (svg.includes("'")) throw new Error(`${place}: the SVG holds a single quote, which its data: URL needs for attributes`);
  if (/\b(?:href|src)="(?!#)/.test(svg)) throw new Error(`${place}: the SVG refers to an outside file, which would be a request`);
  const encoded = svg
    .replace(/"/g, "'")
    .replace(/\s+/g, " ")
    // A space is not allowed in a URL (the HTML checker says so, and some readers' parsers agree).
    .replace(/[ %#<>?[\\\]^`{|}]|[^\x20-\x7e]/gu, (c) => encodeURIComponent(c));
  return `${SVG_DATA_PREFIX}${encoded}`;
}
