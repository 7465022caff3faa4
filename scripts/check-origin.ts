/**
 * The built site names only its public origin: no file in dist/ mentions localhost or a loopback
 * address, and every absolute link that other software reads (canonical, hreflang alternates,
 * oEmbed discovery, Open Graph / Twitter URLs, oEmbed documents) is on SITE_URL. Exits 1 naming
 * each file and what it found.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { distFiles } from "./dist-files.ts";

const dist = path.resolve(process.argv[2] ?? "dist");
if (!process.env.SITE_URL) {
  console.error("check-origin: set SITE_URL to the origin the site was built for, e.g. SITE_URL=https://example.org");
  process.exit(1);
}
const origin = new URL(process.env.SITE_URL).origin;
const TEXT = /\.(html|json|svg|js|css|xml|txt|csv|geojson)$|^_headers$/;
const LOOPBACK = /\blocalhost\b|\b127\.0\.0\.1\b|\[::1\]/;
/** Tags whose URL is read by other sites: each must be absolute and on SITE_URL. */
const READ_ELSEWHERE = [
  /<link rel="(?:canonical|alternate)"[^>]*?\shref="([^"]+)"/g,
  /<meta (?:property|name)="(?:og:url|og:image|twitter:image)" content="([^"]+)"/g,
  /"(?:provider_url|thumbnail_url|url)":\s*"([^"]+)"/g,
  /<iframe src=\\?"([^"\\]+)/g,
];

const problems: string[] = [];
let files = 0;
function check(file: string): void {
  files++;
  const text = readFileSync(file, "utf8");
  const where = path.relative(dist, file);
  const loop = LOOPBACK.exec(text);
  if (loop) problems.push(`${where}: names ${loop[0]} ("…${text.slice(Math.max(0, loop.index - 40), loop.index + 30)}…")`);
  if (!/\.(html|json)$/.test(file)) return;
  for (const pattern of READ_ELSEWHERE) {
    for (const [, href] of text.matchAll(pattern)) {
      const url = URL.canParse(href!) ? new URL(href!) : undefined;
      if (!url || url.origin !== origin) problems.push(`${where}: ${href} is not an absolute address on SITE_URL (${origin})`);
    }
  }
}
for (const file of distFiles(dist, (f) => TEXT.test(path.basename(f)))) check(file);
for (const p of problems) console.error(p);
console.log(`check-origin: ${files} files, ${problems.length} problems (SITE_URL ${origin})`);
if (problems.length > 0) process.exit(1);
