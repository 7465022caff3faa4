import { describe, expect, it } from "vitest";
import { headerRules } from "../../../../src/lib/build/csp.ts";
import { MIME_TYPES, nginxServerBlock } from "../../../../src/lib/build/nginx-conf.ts";

const IDS = ["poverty-map", "ktp-map", "chart-ktp"];

/** The add_header lines of one location block. */
function location(conf: string, match: string): string[] {
  const start = conf.indexOf(`location ${match} {\n`);
  if (start < 0) throw new Error(`no location ${match}`);
  return conf
    .slice(start, conf.indexOf("\n}", start))
    .split("\n")
    .filter((l) => l.includes("add_header"));
}

describe("nginxServerBlock", () => {
  const conf = nginxServerBlock(headerRules("/", ["en", "id"], IDS), "/");

  it("sends the story's policy, refusing framing, on the story and its index file", () => {
    for (const at of ["= /", "= /index.html", "= /id/", "/share/", "/id/data/", "= /404.html", "= /embed/", "= /id/embed/index.html"]) {
      const lines = location(conf, at);
      expect(lines.join("\n"), at).toContain("frame-ancestors 'none'");
      // nginx drops inherited add_header lines in a location that has its own: every one is repeated.
      expect(lines.join("\n"), at).toContain('add_header Access-Control-Allow-Origin "*" always;');
    }
  });

  it("lets any site frame an embed, and caches hashed assets for a year", () => {
    expect(location(conf, "/embed/poverty-map/").join("\n")).toContain("frame-ancestors *");
    expect(location(conf, "/id/embed/ktp-map/").join("\n")).not.toContain("frame-ancestors 'none'");
    const assets = location(conf, "/_astro/").join("\n");
    expect(assets).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(assets).not.toContain("Content-Security-Policy");
  });

  it("sends one policy per location: the embed builder's refuses framing and no other", () => {
    for (const at of ["= /embed/", "= /embed/index.html", "= /id/embed/"]) {
      const csp = location(conf, at).filter((l) => l.includes("Content-Security-Policy"));
      expect(csp, at).toHaveLength(1);
      expect(csp[0]!.match(/frame-ancestors/g), at).toHaveLength(1);
    }
  });

  it("names its own MIME types, .mjs and .geojson among them, whatever nginx's mime.types knows", () => {
    const types = conf.slice(conf.indexOf("types {"), conf.indexOf("}", conf.indexOf("types {")));
    expect(types).toMatch(/text\/javascript js mjs;/);
    expect(types).toContain("application/geo+json geojson;");
    expect(types).toContain("application/manifest+json webmanifest;");
    expect(Object.values(MIME_TYPES).flat()).toContain("json");
  });

  it("serves the 404 page and gzips text", () => {
    expect(conf).toContain("error_page 404 /404.html;");
    expect(conf).toMatch(/gzip_types [^;]*image\/svg\+xml/);
  });

  it("puts every route under a sub-path", () => {
    const sub = nginxServerBlock(headerRules("/desk/tts", ["en", "id"], IDS), "/desk/tts");
    expect(sub).toContain("error_page 404 /desk/tts/404.html;");
    expect(location(sub, "/desk/tts/embed/chart-ktp/").join("\n")).toContain("frame-ancestors *");
    expect(sub).not.toMatch(/location (= )?\/(embed|_astro|share)\//);
  });

  it("names a header that is not one", () => {
    expect(() => nginxServerBlock([{ pattern: "/*", headers: ["nonsense"] }], "/")).toThrow(/"nonsense" under \/\*/);
  });
});
