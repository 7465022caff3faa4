/**
 * Serves the built site (dist/) on localhost: for the end-to-end tests and the benchmark. Static
 * files only, with the right types, gzip when asked (--gzip) and the site's base path. Every
 * response, the 404 page included, carries exactly the headers dist/_headers gives its path (as
 * Netlify and Cloudflare Pages apply them) and no other policy or caching of its own, so the
 * tests see the headers a deployment sends. Unlike `astro preview` it takes no project lock, so
 * it can run beside a dev server.
 *
 *   node scripts/serve-dist.ts [--port 4400] [--gzip] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { createGzip } from "node:zlib";
import { headersFor, parseHeadersFile } from "../src/lib/build/csp.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const k = args.indexOf(`--${name}`);
  return k >= 0 && args[k + 1] ? args[k + 1]! : fallback;
};
const port = Number(option("port", "4400"));
const root = path.resolve(option("dir", "dist"));
const gzip = args.includes("--gzip");
const base = (process.env.SITE_BASE ?? "/").replace(/\/?$/, "/");
// The headers a static host would send, from the site's own _headers file.
if (!existsSync(path.join(root, "_headers"))) {
  console.error(`serve-dist: ${root} has no _headers file: run \`npm run build\` first`);
  process.exit(1);
}
const headerRules = parseHeadersFile(readFileSync(path.join(root, "_headers"), "utf8"));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".geojson": "application/geo+json",
  ".xml": "application/xml",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".csv", ".geojson", ".xml"]);

if (!existsSync(path.join(root, "index.html"))) {
  console.error(`serve-dist: ${root} has no index.html: run \`npm run build\` first`);
  process.exit(1);
}

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base)) return notFound();
  pathname = pathname.slice(base.length - 1);
  let file = path.join(root, pathname);
  if (!file.startsWith(root)) return notFound();
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!existsSync(file)) return notFound();
  send(file, 200);

  function notFound(): void {
    const page = path.join(root, "404.html");
    if (existsSync(page)) send(page, 404);
    else {
      res.statusCode = 404;
      res.end("not found");
    }
  }
  function send(f: string, status: number): void {
    const ext = path.extname(f);
    res.statusCode = status;
    // The rules of the requested path, also for the 404 page served in its place (as those hosts do).
    for (const [name, value] of headersFor(headerRules, url.pathname)) res.setHeader(name, value);
    res.setHeader("Content-Type", TYPES[ext] ?? "application/octet-stream");
    const accepts = String(req.headers["accept-encoding"] ?? "").includes("gzip");
    if (gzip && accepts && COMPRESSIBLE.has(ext)) {
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Vary", "Accept-Encoding");
      createReadStream(f)
        .pipe(createGzip({ level: 9 }))
        .pipe(res);
    } else createReadStream(f).pipe(res);
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}${gzip ? " (gzip)" : ""}`));
