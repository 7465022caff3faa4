/**
 * The one-file edition: the whole story in one language as a single HTML file that opens from a
 * phone's file manager or a chat attachment, with no connection. Rendered from the same
 * components as the story (chapters, charts, legends, sources) with the still frames written
 * into the page; this module makes it and refuses a file that would make any request.
 */
import { experimental_AstroContainer } from "astro/container";
import globalCss from "../styles/global.css?raw";
import storyCss from "../styles/story.css?raw";
import OneFileEdition from "../components/OneFileEdition.astro";
import type { Locale } from "../i18n/locales.ts";
import { siteBase } from "./urls.ts";

/** What a phone can still be asked to keep and a chat app to pass on. */
export const ONE_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** Nothing may be fetched: no scripts, no styles, fonts or images from anywhere, no connections. */
export const ONE_FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

export function oneFileEditionUrl(locale: Locale): string {
  return `${siteBase()}download/tts-migration-story-${locale}.html`;
}

/** The story's own styles, then what differs when every frame is in the flow of the text. */
export function oneFileCss(): string {
  const css = `${globalCss}\n${storyCss}\n${EDITION_CSS}`;
  const external = /url\(|@import/.exec(css);
  if (external) throw new Error(`one-file edition: the story's CSS loads a file ("${external[0]}"), which a file opened offline cannot`);
  return css;
}

const EDITION_CSS = `
.edition-note { max-width: var(--measure); margin: 1rem 0 0; padding: 0.75rem 1rem; border-left: 4px solid var(--accent); background: #f6efe2; font-size: 0.95rem; }
.edition-note a { overflow-wrap: anywhere; }
.edition-contents ol { padding-left: 1.5rem; }
.chapter__map svg.chapter__frame { display: block; width: 100%; height: auto; }
.edition .chapter { max-width: 44rem; margin: 0 auto 3rem; }
.edition .story-header, .edition .story-footer { max-width: 44rem; margin-left: auto; margin-right: auto; }
`;

/** Every way an HTML file could ask for something: a file that does any of these is refused. */
const REQUESTS: [RegExp, string][] = [
  [/<script\b(?![^>]*type="application\/(?:ld\+)?json")/i, "a script"],
  [/<link\b[^>]*rel="?(?:stylesheet|icon|preload|modulepreload|prefetch|manifest)/i, "a linked file"],
  [/<(?:img|source|video|audio|iframe|embed|object|track|input)\b[^>]*\s(?:src|srcset|data)="(?!data:|#)/i, "an outside image or media"],
  [/url\((?!\s*["']?(?:data:|#))/i, "a CSS url()"],
  [/@import\b/i, "a CSS @import"],
  [/<(?:use|image)\b[^>]*href="(?!#)/i, "an SVG reference to another file"],
];

/** Throws, naming the language and what is wrong, unless the file stands alone and is small enough. */
export function checkOneFileEdition(html: string, locale: Locale): void {
  const where = `one-file edition (${locale})`;
  for (const [pattern, what] of REQUESTS) {
    const hit = pattern.exec(html);
    if (hit) throw new Error(`${where}: ${what} would be requested near "${html.slice(hit.index, hit.index + 80)}"`);
  }
  const bytes = Buffer.byteLength(html, "utf8");
  if (bytes > ONE_FILE_MAX_BYTES) throw new Error(`${where}: ${(bytes / 1048576).toFixed(2)} MB, over the ${ONE_FILE_MAX_BYTES / 1048576} MB a phone should be asked to keep`);
}

export async function renderOneFileEdition(locale: Locale, storyAddress: string): Promise<string> {
  const container = await experimental_AstroContainer.create();
  const html = await container.renderToString(OneFileEdition, { props: { locale, storyAddress, css: oneFileCss() } });
  const doc = html.startsWith("<!DOCTYPE") || html.startsWith("<!doctype") ? html : `<!doctype html>${html}`;
  checkOneFileEdition(doc, locale);
  return doc;
}
