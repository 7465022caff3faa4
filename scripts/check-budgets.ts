/**
 * Size budgets, checked on the built site (bytes are deterministic, timings are not):
 * - each story page before any map code: HTML + CSS + JS ≤ 100 KB gzipped, of which JS ≤ 30 KB,
 *   and no MapLibre code among it;
 * - all map geometry ≤ 100 KB gzipped: every layer in public/geo, the ones the live map fetches
 *   later too;
 * - no single image over 150 KB; the downloadable print graphics (graphics/, never loaded by a page) 400 KB;
 * - the first screen in the first round trip: no page links a render-blocking stylesheet, and the
 *   HTML up to the end of what a reader sees first (a story's first chapter, a whole embed) is at
 *   most 14 KB gzipped, what a server sends before its first acknowledgement (TCP's initial window
 *   of ten packets); a share page's chapter within the first two round trips; the first screen's
 *   still map preloaded from the head; no module script that would start before the first screen
 *   is drawn (the boot script starts the listed ones, src/lib/shared/boot-script.ts).
 * Prints a table and exits 1 on the first budget broken, naming it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { pageScriptUrls } from "../src/lib/shared/boot-script.ts";
import { distFiles } from "./dist-files.ts";

const dist = path.resolve(process.argv[2] ?? "dist");
const KB = 1024;
const BUDGET = {
  page: 100 * KB,
  js: 30 * KB,
  geometry: 100 * KB,
  image: 150 * KB,
  graphic: 400 * KB,
  firstScreen: 14 * KB,
  twoRoundTrips: (14 + 28) * KB,
};
const failures: string[] = [];
const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`;

function distFile(url: string): string {
  const clean = url.split(/[?#]/)[0]!.replace(/^https?:\/\/[^/]+/, "");
  const base = (process.env.SITE_BASE ?? "/").replace(/\/?$/, "/");
  return path.join(dist, clean.startsWith(base) ? clean.slice(base.length) : clean);
}

/** The JS a page runs at load: its module scripts and, recursively, their static imports. */
function eagerScripts(html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    // Static imports only: `import(` (dynamic, lazy) is not followed.
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      visit(path.resolve(path.dirname(file), m[1]!));
    }
  };
  for (const src of pageScriptUrls(html)) visit(distFile(src));
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) visit(distFile(m[1]!));
  return [...seen];
}

console.log("page budgets (gzipped, before any map code):");
for (const page of ["index.html", "id/index.html"]) {
  const file = path.join(dist, page);
  const html = readFileSync(file, "utf8");
  const js = eagerScripts(html);
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].reduce((s, m) => s + m[1]!.length, 0);
  const htmlBytes = gz(file);
  const jsBytes = js.reduce((s, f) => s + gz(f), 0);
  const total = htmlBytes + jsBytes;
  console.log(
    `  ${page.padEnd(16)} html ${kb(htmlBytes)} (with ${kb(inlineCss)} of CSS, raw)  js ${kb(jsBytes)} (${js.length} files)  total ${kb(total)}`,
  );
  if (total > BUDGET.page) failures.push(`${page}: ${kb(total)} of HTML+CSS+JS exceeds ${kb(BUDGET.page)}`);
  if (jsBytes > BUDGET.js) failures.push(`${page}: ${kb(jsBytes)} of JS exceeds ${kb(BUDGET.js)}`);
  for (const f of js) {
    if (/MapLibre GL JS|maplibregl-canvas/.test(readFileSync(f, "utf8")))
      failures.push(`${page}: ${path.relative(dist, f)} holds MapLibre code but loads with the page`);
  }
}

/**
 * Where the first screen of a page ends in its HTML, and the bytes it may take gzipped: a page
 * that opens at its top, to the end of its first chapter (or the whole page: an embed) in the first
 * round trip; a share page, to the end of the chapter it opens at in the first two (14 + 28 KB:
 * the window doubles), as the chapters before it come first in the reading order.
 */
function firstScreen(html: string): { end: number; budget: number; kind: "top" | "share" } {
  const at = /<html[^>]*data-story-at="[^"#]*#([^"]+)"/.exec(html)?.[1];
  const chapter = at ? html.indexOf(`id="${at}"`) : html.search(/<section class="chapter"/);
  if (at && chapter < 0) throw new Error(`a share page opens at "${at}", which it does not contain`);
  const kind = at ? "share" : "top";
  const budget = at ? BUDGET.twoRoundTrips : BUDGET.firstScreen;
  if (chapter < 0) return { end: html.length, budget, kind };
  const end = html.indexOf("</section>", chapter);
  if (end < 0) throw new Error(`the chapter at ${chapter} has no end`);
  return { end: end + "</section>".length, budget, kind };
}

const pages = distFiles(dist, (f) => f.endsWith(".html") && !f.startsWith(`download${path.sep}`)).map((f) => path.relative(dist, f));
const worst = { top: { page: "", bytes: 0 }, share: { page: "", bytes: 0 } };
for (const page of pages) {
  const html = readFileSync(path.join(dist, page), "utf8");
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g))
    if (!/\bmedia="print"/.test(m[0])) failures.push(`${page}: a render-blocking stylesheet ${m[0]}`);
  // The still map on the first screen is fetched from the head, before the body is parsed.
  const still = /<img class="story-map__still" src="([^"]+)"/.exec(html)?.[1];
  if (still && !html.includes(`<link rel="preload" as="image" href="${still}" fetchpriority="high">`))
    failures.push(`${page}: its first still map ${still} is not preloaded from the head`);
  if (/<script\b[^>]*\btype="module"/.test(html)) failures.push(`${page}: a module script that starts before its first screen is drawn`);
  const { end, budget, kind } = firstScreen(html);
  // Level 6, what hosts' on-the-fly gzip uses (brotli does better still).
  const bytes = gzipSync(Buffer.from(html.slice(0, end)), { level: 6 }).length;
  if (bytes > worst[kind].bytes) worst[kind] = { page, bytes };
  if (bytes > budget) failures.push(`${page}: its first screen needs ${kb(bytes)} of HTML, over ${kb(budget)}`);
}
console.log(
  `first screen, HTML gzipped: at most ${kb(worst.top.bytes)} (${worst.top.page}; budget ${kb(BUDGET.firstScreen)}); ` +
    `a share page's chapter at most ${kb(worst.share.bytes)} (${worst.share.page}; budget ${kb(BUDGET.twoRoundTrips)}); no render-blocking stylesheet, the still maps preloaded, no script before first paint`,
);

const manifest = JSON.parse(readFileSync(path.join(dist, "geo/manifest.json"), "utf8")) as { files: Record<string, { file: string }> };
const layerSizes = Object.entries(manifest.files).map(([name, f]) => [name, gz(path.join(dist, "geo", f.file))] as const);
const geometry = layerSizes.reduce((s, [, bytes]) => s + bytes, 0);
console.log(`geometry: ${kb(geometry)} gzipped (budget ${kb(BUDGET.geometry)}): ${layerSizes.map(([n, b]) => `${n} ${kb(b)}`).join(", ")}`);
if (geometry > BUDGET.geometry) failures.push(`geometry: ${kb(geometry)} exceeds ${kb(BUDGET.geometry)}`);

let largest = { file: "", bytes: 0 };
for (const f of distFiles(dist, (rel) => /\.(png|jpe?g|webp|gif|svg|avif)$/.test(rel))) {
  const bytes = statSync(f).size;
  const rel = path.relative(dist, f);
  const budget = rel.startsWith(`graphics${path.sep}`) ? BUDGET.graphic : BUDGET.image;
  if (budget === BUDGET.image && bytes > largest.bytes) largest = { file: rel, bytes };
  if (bytes > budget) failures.push(`image ${rel}: ${kb(bytes)} exceeds ${kb(budget)}`);
}
console.log(`largest image: ${largest.file} ${kb(largest.bytes)} (budget ${kb(BUDGET.image)} each)`);
const fonts = distFiles(dist, (rel) => /\.(woff2?|ttf|otf)$/.test(rel));
console.log(`font files: ${fonts.length} (system fonts only)`);

if (failures.length > 0) {
  for (const f of failures) console.error(`budget broken: ${f}`);
  process.exit(1);
}
console.log("budgets: all met");
