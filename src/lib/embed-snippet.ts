/**
 * The iframe code journalists copy: responsive width, a starting height the embed then corrects
 * by message, lazy loading, and a title that names the graphic for screen readers. Pure; every
 * value is escaped.
 */
import { escapeXml } from "./static-map-svg.ts";

/** The width oEmbed documents declare, and at which the declared heights are measured. */
export const EMBED_WIDTH = 640;
/** A view with no measured height yet starts at these (tests/e2e/hosts.spec.ts asks for a measurement). */
export const EMBED_HEIGHT = { map: 640, chart: 420 } as const;

/**
 * The height to declare for a view: measured at EMBED_WIDTH (so a host that pastes the code and
 * runs no resizer shows the whole graphic there), else the default of its kind.
 */
export function declaredHeight(
  measured: Readonly<Record<string, Readonly<Record<string, number>>>>,
  id: string,
  kind: keyof typeof EMBED_HEIGHT,
  locale: string,
): number {
  return measured[id]?.[locale] ?? EMBED_HEIGHT[kind];
}

export function embedSnippet(src: string, id: string, title: string, height: number): string {
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" data-tts-embed="${escapeXml(id)}" ` +
    `style="width:100%;max-width:100%;border:0" height="${height}" loading="lazy" scrolling="no"></iframe>`
  );
}
