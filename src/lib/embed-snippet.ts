/**
 * The iframe code journalists copy: responsive width, a starting height the embed then corrects
 * by message, lazy loading, and a title for screen readers. Pure; every value is escaped.
 */
import { escapeXml } from "./static-map-svg.ts";

export const EMBED_HEIGHT = { map: 640, chart: 420 } as const;

export function embedSnippet(src: string, id: string, title: string, height: number): string {
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" data-tts-embed="${escapeXml(id)}" ` +
    `style="width:100%;max-width:100%;border:0" height="${height}" loading="lazy" scrolling="no"></iframe>`
  );
}
