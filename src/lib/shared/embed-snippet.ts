/**
 * The embed code journalists copy: the responsive code newsroom tools give (Datawrapper's shape).
 * An iframe as wide as the host's column, with a fixed starting height tall enough that nothing is
 * cut at any width (for hosts that strip scripts), and a small inline script that sets the iframe's
 * height from the height messages the embed posts (src/client/embed-page.ts), so it fits exactly
 * with nothing else on the host page. Pure; every value is escaped.
 */
import { escapeXml } from "./static-map-svg.ts";

/** The width oEmbed documents declare (the fallback height holds at every width). */
export const EMBED_WIDTH = 640;
/** The widths the fallback height is measured at: the tallest of them is declared. */
export const MEASURED_WIDTHS = [320, 375, 640, 1280] as const;
/** A view with no measured height yet starts at these (tests/e2e/hosts.spec.ts asks for a measurement). */
export const EMBED_HEIGHT = { map: 900, chart: 700 } as const;

/**
 * The host side of the height messages, as pasted: any iframe marked data-tts-embed whose window
 * posted {"datawrapper-height": {id: px}} takes that height. A fixed text (the site's CSP allows it
 * by its hash, for the embed builder's preview); a page with several embeds runs it once per embed,
 * which sets the same height. Plain ES5, as a CMS may paste it anywhere.
 */
export const EMBED_RESIZE_SCRIPT =
  '!function(){"use strict";window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];' +
  'if(!d||typeof d!=="object")return;var f=document.querySelectorAll("iframe[data-tts-embed]");' +
  "for(var i=0;i<f.length;i++){if(f[i].contentWindow!==e.source)continue;" +
  'for(var k in d){var h=Number(d[k]);if(h>0&&h<20000)f[i].style.height=Math.ceil(h)+"px"}}})}();';

/**
 * The height to declare for a view: the tallest it is at MEASURED_WIDTHS (so a host that pastes
 * the iframe and runs no script cuts nothing at any width), else the default of its kind.
 */
export function declaredHeight(
  measured: Readonly<Record<string, Readonly<Record<string, number>>>>,
  id: string,
  kind: keyof typeof EMBED_HEIGHT,
  locale: string,
): number {
  return measured[id]?.[locale] ?? EMBED_HEIGHT[kind];
}

/** The iframe alone (what a host that strips scripts keeps). */
export function embedFrame(src: string, id: string, title: string, height: number): string {
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" data-tts-embed="${escapeXml(id)}" ` +
    `style="width:100%;min-width:100%;border:0;height:${height}px" height="${height}" scrolling="no" loading="lazy"></iframe>`
  );
}

/** The code to paste: the iframe and the inline script that sizes it. */
export function embedSnippet(src: string, id: string, title: string, height: number): string {
  return `${embedFrame(src, id, title, height)}\n<script>${EMBED_RESIZE_SCRIPT}</script>`;
}
