/**
 * Every internal link and anchor in the built site resolves: hrefs, srcs, meta refreshes and
 * #fragments (against the ids of the target page). Links to other sites are listed, not fetched
 * (no network here). Exits 1 naming each broken link and the page it is on.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pageScriptUrls } from "../src/lib/shared/boot-script.ts";
import { builtPages } from "./dist-files.ts";

const dist = path.resolve(process.argv[2] ?? "dist");
const base = (process.env.SITE_BASE ?? "/").replace(/\/?$/, "/");
if (!process.env.SITE_URL) {
  console.error("check-links: set SITE_URL to the origin the site was built for, e.g. SITE_URL=https://example.org");
  process.exit(1);
}
const site = new URL(process.env.SITE_URL);

const pages = builtPages(dist, "check-links");

const idsCache = new Map<string, Set<string>>();
const idsOf = (file: string): Set<string> => {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
};

/** The file a site path serves, or undefined. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const direct = path.join(dist, rel);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = path.join(direct, "index.html");
  return existsSync(index) ? index : undefined;
}

const broken: string[] = [];
const external = new Set<string>();
let checked = 0;
for (const page of pages) {
  const html = readFileSync(page, "utf8");
  const pageUrl = new URL(
    path
      .relative(dist, page)
      .replace(/index\.html$/, "")
      .replace(/\\/g, "/"),
    new URL(base, site),
  );
  const refs = [
    ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/http-equiv="refresh" content="\d+;\s*url=([^"]+)"/g)].map((m) => m[1]!),
    // The module scripts the boot script starts, listed as JSON rather than in src attributes.
    ...pageScriptUrls(html),
  ];
  for (const raw of refs) {
    const ref = raw.replace(/&amp;/g, "&");
    if (ref === "" || ref.startsWith("data:") || ref.startsWith("mailto:")) continue;
    const url = new URL(ref, pageUrl);
    if (url.origin !== site.origin) {
      external.add(url.origin);
      continue;
    }
    checked++;
    const target = url.pathname === pageUrl.pathname ? page : fileFor(url.pathname);
    const where = `${path.relative(dist, page)}: ${raw}`;
    if (!target) {
      broken.push(`${where} → no such file`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) broken.push(`${where} → no element with id "${fragment}"`);
  }
}

console.log(
  `links: ${checked} internal links and anchors checked on ${pages.length} pages; ${external.size} other sites linked (not fetched)`,
);
if (broken.length > 0) {
  for (const b of broken) console.error(`broken link: ${b}`);
  process.exit(1);
}
