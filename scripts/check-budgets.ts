/**
 * Size budgets, checked on the built site (bytes are deterministic, timings are not):
 * - each story page before any map code: HTML + CSS + JS ≤ 100 KB gzipped, of which JS ≤ 30 KB,
 *   and no MapLibre code among it;
 * - all map geometry ≤ 100 KB gzipped: every layer in public/geo, the ones the live map fetches
 *   later too;
 * - no single image over 150 KB; the downloadable print graphics (graphics/, never loaded by a page) 400 KB.
 * Prints a table and exits 1 on the first budget broken, naming it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const dist = path.resolve(process.argv[2] ?? "dist");
const KB = 1024;
const BUDGET = { page: 100 * KB, js: 30 * KB, geometry: 100 * KB, image: 150 * KB, graphic: 400 * KB };
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
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) visit(distFile(m[1]!));
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) visit(distFile(m[1]!));
  return [...seen];
}

console.log("page budgets (gzipped, before any map code):");
for (const page of ["index.html", "id/index.html"]) {
  const file = path.join(dist, page);
  const html = readFileSync(file, "utf8");
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => distFile(m[1]!));
  const js = eagerScripts(html);
  const htmlBytes = gz(file);
  const cssBytes = css.reduce((s, f) => s + gz(f), 0);
  const jsBytes = js.reduce((s, f) => s + gz(f), 0);
  const total = htmlBytes + cssBytes + jsBytes;
  console.log(
    `  ${page.padEnd(16)} html ${kb(htmlBytes)}  css ${kb(cssBytes)}  js ${kb(jsBytes)} (${js.length} files)  total ${kb(total)}`,
  );
  if (total > BUDGET.page) failures.push(`${page}: ${kb(total)} of HTML+CSS+JS exceeds ${kb(BUDGET.page)}`);
  if (jsBytes > BUDGET.js) failures.push(`${page}: ${kb(jsBytes)} of JS exceeds ${kb(BUDGET.js)}`);
  for (const f of js) {
    if (/MapLibre GL JS|maplibregl-canvas/.test(readFileSync(f, "utf8")))
      failures.push(`${page}: ${path.relative(dist, f)} holds MapLibre code but loads with the page`);
  }
}

const manifest = JSON.parse(readFileSync(path.join(dist, "geo/manifest.json"), "utf8")) as { files: Record<string, { file: string }> };
const layerSizes = Object.entries(manifest.files).map(([name, f]) => [name, gz(path.join(dist, "geo", f.file))] as const);
const geometry = layerSizes.reduce((s, [, bytes]) => s + bytes, 0);
console.log(`geometry: ${kb(geometry)} gzipped (budget ${kb(BUDGET.geometry)}): ${layerSizes.map(([n, b]) => `${n} ${kb(b)}`).join(", ")}`);
if (geometry > BUDGET.geometry) failures.push(`geometry: ${kb(geometry)} exceeds ${kb(BUDGET.geometry)}`);

let largest = { file: "", bytes: 0 };
const walk = (dir: string): void => {
  for (const name of readdirSync(dir)) {
    const f = path.join(dir, name);
    if (statSync(f).isDirectory()) walk(f);
    else if (/\.(png|jpe?g|webp|gif|svg|avif)$/.test(name)) {
      const bytes = statSync(f).size;
      const rel = path.relative(dist, f);
      const budget = rel.startsWith(`graphics${path.sep}`) ? BUDGET.graphic : BUDGET.image;
      if (budget === BUDGET.image && bytes > largest.bytes) largest = { file: rel, bytes };
      if (bytes > budget) failures.push(`image ${rel}: ${kb(bytes)} exceeds ${kb(budget)}`);
    }
  }
};
walk(dist);
console.log(`largest image: ${largest.file} ${kb(largest.bytes)} (budget ${kb(BUDGET.image)} each)`);
const fonts = readdirSync(dist, { recursive: true }).filter((f) => /\.(woff2?|ttf|otf)$/.test(String(f)));
console.log(`font files: ${fonts.length} (system fonts only)`);

if (failures.length > 0) {
  for (const f of failures) console.error(`budget broken: ${f}`);
  process.exit(1);
}
console.log("budgets: all met");
