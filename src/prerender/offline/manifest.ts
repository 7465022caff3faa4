/**
 * What each edition needs offline, read from the built site itself, so the list can never name a
 * file that does not exist: the edition's story page, then every file it loads, followed through
 * the scripts and stylesheets (static and lazy imports, the map's worker and stylesheet, the map
 * layers named in the page, the still frames). Links (<a href>: other pages, downloads, the social
 * cards) are not followed. A share page is the story with another head: rather than storing each,
 * the worker answers one offline with the story at its chapter (`shares`). The version is a hash
 * of every listed file's path and bytes.
 */
import { createHash } from "node:crypto";
import { localePrefix, type Locale } from "../../i18n/locales.ts";

/** The built site, by paths relative to its root ("index.html", "_astro/x.js"). */
export interface BuiltSite {
  files: readonly string[];
  read(file: string): Buffer;
}

export interface OfflineManifest {
  version: string;
  base: string;
  editions: Record<string, string[]>;
  /** share page path → the story's address at that chapter, e.g. "/id/share/ktp/" → "/id/#ktp" */
  shares: Record<string, string>;
}

const ASSET = String.raw`(?:\.{1,2}/|/|_astro/)[^"'\x60()\s<>]*?\.(?:js|mjs|css|json|svg|png|webp|ico|txt)`;
/** A quoted (or url(…)) path to a file with an asset's extension. */
const ASSET_REF = new RegExp(String.raw`["'\x60(=]\s*(${ASSET})(?=["'\x60)?#])`, "g");
const SCANNED = /\.(html|js|mjs|css)$/;

/** Links, which the page does not load: other pages, downloads. */
const LINK_TAG = /<a\b[^>]*>/g;
const unescapeHtml = (s: string): string => s.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");

/** The site files `text` (the contents of `from`) refers to, as paths relative to the site's root. */
export function referencedFiles(text: string, from: string, base: string, exists: (file: string) => boolean): string[] {
  const out = new Set<string>();
  const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/") + 1) : "";
  const loaded = from.endsWith(".html") ? text.replace(LINK_TAG, "<a>") : text;
  for (const m of unescapeHtml(loaded).matchAll(ASSET_REF)) {
    const ref = m[1]!;
    let file: string | undefined;
    if (ref.startsWith(base)) file = ref.slice(base.length);
    else if (ref.startsWith("_astro/"))
      file = ref; // Vite's preload lists are relative to the base
    else if (ref.startsWith("./") || ref.startsWith("../")) file = new URL(ref, `http://site/${dir}`).pathname.slice(1);
    if (file !== undefined && !file.endsWith(".html") && exists(file)) out.add(file);
  }
  return [...out];
}

/**
 * The files a page's script finds by their folder rather than by name: the sticky map's still
 * frames, one per chapter and poverty year, under its still's `data-frame-base`.
 */
export function folderFiles(html: string, base: string, files: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/data-frame-base="([^"]+)"/g)) {
    const folder = unescapeHtml(m[1]!);
    if (!folder.startsWith(base)) continue;
    const prefix = folder.slice(base.length);
    out.push(...files.filter((f) => f.startsWith(prefix) && f.endsWith(".svg")));
  }
  return out;
}

/** An edition's share pages: their paths under the base, and their chapters. */
export function editionShares(files: readonly string[], locale: Locale): { path: string; slug: string }[] {
  const share = new RegExp(`^${localePrefix(locale)}share/([^/]+)/index\\.html$`);
  return files
    .map((f) => ({ f, m: share.exec(f) }))
    .filter((x) => x.m)
    .map(({ f, m }) => ({ path: f.replace(/index\.html$/, ""), slug: m![1]! }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A page file's address: "id/share/ktp/index.html" → "<base>id/share/ktp/". */
const pageUrl = (file: string, base: string): string => `${base}${file.replace(/index\.html$/, "")}`;

export function buildOfflineManifest(site: BuiltSite, base: string, locales: readonly Locale[]): OfflineManifest {
  const present = new Set(site.files);
  const exists = (f: string): boolean => present.has(f);
  const editions: Record<string, string[]> = {};
  const shares: Record<string, string> = {};
  const everything = new Set<string>();
  for (const locale of locales) {
    const story = `${localePrefix(locale)}index.html`;
    if (!present.has(story)) throw new Error(`offline copy: the built site has no ${story} for the "${locale}" edition`);
    const pages = [story];
    for (const s of editionShares(site.files, locale)) shares[`${base}${s.path}`] = `${base}${localePrefix(locale)}#${s.slug}`;
    const seen = new Set<string>(pages);
    const queue = [...pages];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (!SCANNED.test(file)) continue;
      const text = site.read(file).toString("utf8");
      for (const ref of [...referencedFiles(text, file, base, exists), ...folderFiles(text, base, site.files)]) {
        if (!seen.has(ref)) {
          seen.add(ref);
          queue.push(ref);
        }
      }
    }
    const assets = [...seen].filter((f) => !pages.includes(f)).sort();
    editions[locale] = [...pages.map((p) => pageUrl(p, base)), ...assets.map((f) => `${base}${f}`)];
    [...pages, ...assets].forEach((f) => everything.add(f));
  }
  const hash = createHash("sha256");
  for (const f of [...everything].sort()) hash.update(f).update("\0").update(site.read(f)).update("\0");
  hash.update(JSON.stringify(shares));
  return { version: hash.digest("hex").slice(0, 16), base, editions, shares };
}

/** dist/sw.js: the manifest as one constant, then the worker's code. */
export function serviceWorkerScript(manifest: OfflineManifest, workerCode: string): string {
  return `const PRECACHE = ${JSON.stringify(manifest)};\n${workerCode}`;
}
