/**
 * Self-hosting: Debian's nginx serves dist/ with the generated dist/nginx.conf (as the README's
 * Deploy section says), on a free localhost port with its own temporary prefix, and sends each
 * route the headers _headers promises: the story refuses framing, an embed allows it, a hashed
 * asset is cached for good and readable cross-origin, and a missing page gets the 404 page.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test.ts";

const dist = path.resolve("dist");
const NGINX = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
let prefix = "";
let origin = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

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
  expect(h["access-control-allow-origin"]).toBe("*");
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
