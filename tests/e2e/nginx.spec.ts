/**
 * Self-hosting: Debian's nginx (its stock mime.types, which know no .mjs) serves dist/ with the
 * generated dist/nginx.conf (as the README's Deploy section says), on a free localhost port with
 * its own temporary prefix. The site works there, in Chromium: the story's live map starts and
 * "Explore the map" hands it to the reader, and an embed pasted on another origin takes its
 * graphic's height. Each route gets the headers _headers promises (one policy each: the story
 * and the embed builder refuse framing, an embed allows it), every file its MIME type, a hashed
 * asset is cached for good and readable cross-origin, and a missing page gets the 404 page.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test.ts";
import { startHostServer } from "./support/host-server.ts";
import { wakeMap } from "./support/story.ts";
import { freePort } from "./support/free-port.ts";
import { builtManifest, expectEditionStored } from "./support/offline-copy.ts";

// As a reader meets the site there, with its offline worker (the suite blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

const dist = path.resolve("dist");
const NGINX = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
let prefix = "";
let origin = "";

test.beforeAll(async () => {
  const port = await freePort();
  prefix = mkdtempSync(path.join(tmpdir(), "tts-nginx-"));
  const conf = [
    "daemon on;",
    "worker_processes 1;",
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    "events { worker_connections 64; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    `  access_log off; client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;`,
    `  server { listen 127.0.0.1:${port}; root ${dist}; include ${dist}/nginx.conf; }`,
    "}",
  ].join("\n");
  writeFileSync(path.join(prefix, "nginx.conf"), conf);
  execFileSync(NGINX, ["-p", prefix, "-c", path.join(prefix, "nginx.conf")], { stdio: "pipe" });
  origin = `http://127.0.0.1:${port}`;
});

test.afterAll(() => {
  if (!prefix) return;
  const pidFile = path.join(prefix, "nginx.pid");
  if (existsSync(pidFile)) process.kill(Number(readFileSync(pidFile, "utf8").trim()), "SIGQUIT");
  rmSync(prefix, { recursive: true, force: true });
});

test("the story (and the embed builder) refuses framing and carries its CSP", async ({ request }) => {
  for (const url of ["/", "/id/", "/share/soe/", "/embed/"]) {
    const res = await request.get(`${origin}${url}`);
    expect(res.status(), url).toBe(200);
    const h = res.headers();
    console.log(`nginx ${url}:`, JSON.stringify(h));
    expect(h["content-security-policy"], url).toContain("frame-ancestors 'none'");
    // One policy: nginx joins two add_header lines of one name into one comma-separated header.
    expect(h["content-security-policy"]!.match(/default-src/g), url).toHaveLength(1);
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["access-control-allow-origin"]).toBe("*");
  }
});

test("an embed may be framed by any site", async ({ request }) => {
  const res = await request.get(`${origin}/embed/poverty-map/`);
  expect(res.status()).toBe(200);
  const h = res.headers();
  console.log("nginx /embed/poverty-map/:", JSON.stringify(h));
  expect(h["content-security-policy"]).toContain("frame-ancestors *");
  expect(h["content-security-policy"]).not.toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]!.match(/default-src/g)).toHaveLength(1);
  expect(h["access-control-allow-origin"]).toBe("*");
});

test("every kind of file the build writes goes out with its type, whatever nginx's mime.types knows", async ({ request }) => {
  const expected: Record<string, RegExp> = {
    ".mjs": /^text\/javascript/,
    ".js": /^text\/javascript/,
    ".geojson": /^application\/geo\+json/,
    ".topo.json": /^application\/json/,
    ".json": /^application\/json/,
    ".css": /^text\/css/,
    ".svg": /^image\/svg\+xml/,
    ".png": /^image\/png$/,
    ".csv": /^text\/csv/,
    ".pdf": /^application\/pdf$/,
    ".html": /^text\/html/,
  };
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const seen = new Set<string>();
  for (const file of files(dist)) {
    const name = path.basename(file);
    const ending = Object.keys(expected).find((e) => name.endsWith(e)) ?? path.extname(name);
    if (seen.has(ending) || !ending) continue;
    seen.add(ending);
    const url = `/${path.relative(dist, file).split(path.sep).join("/")}`;
    const type = (await request.get(`${origin}${url}`)).headers()["content-type"] ?? "";
    console.log(`nginx ${ending}: ${url} → ${type}`);
    expect(type, url).not.toMatch(/octet-stream/);
    if (expected[ending]) expect(type, url).toMatch(expected[ending]);
  }
  for (const ending of [".mjs", ".geojson", ".topo.json"]) expect([...seen], ending).toContain(ending);
});

test("the story works under nginx: the live map starts, the reader can explore it, and the edition is stored for offline reading", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${origin}/`);
  await wakeMap(page);
  const map = page.locator("[data-story-map]");
  await expect(map).toHaveAttribute("data-map-state", "ready", { timeout: 60_000 });
  await page.locator("[data-explore-chapter]").first().click();
  await expect(map).toHaveClass(/is-exploring/);
  await page.screenshot({ path: test.info().outputPath("nginx-story.png") });
  // The offline copy too: nginx's types and headers let the worker install and store the edition.
  const manifest = builtManifest(dist);
  await expectEditionStored(page, manifest.version, manifest.editions.en!);
  expect(errors).toEqual([]);
});

test("an embed served by nginx, pasted on another origin, takes its graphic's height", async ({ page }) => {
  test.setTimeout(120_000);
  const doc = (await (await page.request.get(`${origin}/oembed/en/chart-okomama.json`)).json()) as { html: string };
  const code = doc.html.replaceAll(new URL(process.env.SITE_URL ?? "https://tts-migration.example").origin, origin);
  const host = await startHostServer({
    "/": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body style="margin:0">${code}</body></html>`,
  });
  try {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(host.origin);
    const iframe = page.locator("iframe");
    const frame = iframe.contentFrame();
    await expect(frame.locator(".embed__back")).toBeVisible();
    await expect
      .poll(async () => {
        const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
        const inner = await frame.locator("html").evaluate((h) => h.getBoundingClientRect().height);
        return Math.abs(outer - inner);
      })
      .toBeLessThanOrEqual(4);
  } finally {
    await host.close();
  }
});

test("a hashed asset is cached for a year, gzipped, readable cross-origin", async ({ request }) => {
  const asset = readdirSync(path.join(dist, "_astro")).find((f) => f.endsWith(".js"))!;
  const res = await request.get(`${origin}/_astro/${asset}`, { headers: { "Accept-Encoding": "gzip" } });
  expect(res.status()).toBe(200);
  const h = res.headers();
  console.log(`nginx /_astro/${asset}:`, JSON.stringify(h));
  expect(h["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(h["access-control-allow-origin"]).toBe("*");
  expect(h["content-type"]).toContain("javascript");
  expect(h["content-encoding"]).toBe("gzip");
  expect(h["content-security-policy"]).toBeUndefined();
});

test("a missing page gets the 404 page with the story's policy", async ({ request }) => {
  const res = await request.get(`${origin}/no-such-page/`);
  expect(res.status()).toBe(404);
  const h = res.headers();
  console.log("nginx /no-such-page/:", JSON.stringify(h));
  expect(await res.text()).toContain(readFileSync(path.join(dist, "404.html"), "utf8").match(/<title>([^<]*)<\/title>/)![1]!);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("the graphics are served with their types", async ({ request }) => {
  const svg = await request.get(`${origin}/graphics/en/poverty-map.svg`);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const png = await request.get(`${origin}/graphics/id/chart-deaths.png`);
  expect(png.headers()["content-type"]).toBe("image/png");
});
