/**
 * What makes a one-file edition fit to pass on: it asks for nothing (no script, no linked file,
 * no outside image, font or stylesheet) and it stays small enough for a phone and a chat app. Pure.
 */
import type { Locale } from "../../i18n/locales.ts";

/** What a phone can still be asked to keep and a chat app to pass on. */
export const ONE_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** The file's own policy: nothing may be fetched, not even by a browser that ignores this check. */
export const ONE_FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

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
  if (bytes > ONE_FILE_MAX_BYTES) {
    throw new Error(
      `${where}: ${(bytes / 1048576).toFixed(2)} MB, over the ${ONE_FILE_MAX_BYTES / 1048576} MB a phone should be asked to keep`,
    );
  }
}
