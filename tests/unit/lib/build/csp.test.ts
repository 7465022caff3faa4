import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { INLINE_BOOT_SCRIPT } from "../../../../src/lib/shared/boot-script.ts";
import { EMBED_RESIZE_SCRIPT } from "../../../../src/lib/shared/embed-snippet.ts";
import { contentSecurityPolicy, headersFile, headersFor, parseHeadersFile } from "../../../../src/lib/build/csp.ts";

const IDS = ["chart-ktp", "ktp-map", "x"];

describe("content security policy", () => {
  it("allows only the site's scripts and the hashed boot line", () => {
    const policy = contentSecurityPolicy({ framing: "none" });
    const hash = createHash("sha256").update(INLINE_BOOT_SCRIPT).digest("base64");
    const resizer = createHash("sha256").update(EMBED_RESIZE_SCRIPT).digest("base64");
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}' 'sha256-${resizer}';`);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    // A sandboxed embed's map worker starts from a data: URL (MapLibre, on an opaque origin).
    expect(policy).toContain("worker-src 'self' blob: data:");
  });

  it("lets embeds, and only embeds, be framed by any site", () => {
    const rules = parseHeadersFile(headersFile("/", ["en", "id"], IDS));
    const csp = (p: string) =>
      headersFor(rules, p)
        .filter(([k]) => k === "Content-Security-Policy")
        .map(([, v]) => v);
    expect(csp("/embed/chart-ktp/")).toHaveLength(1);
    expect(csp("/embed/chart-ktp/")[0]).toContain("frame-ancestors *");
    expect(csp("/id/embed/ktp-map/")[0]).toContain("frame-ancestors *");
    for (const page of ["/", "/id/", "/share/ktp/", "/id/data/"]) {
      expect(csp(page), page).toHaveLength(1);
      expect(csp(page)[0], page).toContain("frame-ancestors 'none'");
    }
    // The embed builder is a page: one policy, refusing framing.
    for (const builder of ["/embed/", "/id/embed/"]) {
      expect(csp(builder), builder).toHaveLength(1);
      expect(csp(builder)[0], builder).toContain("frame-ancestors 'none'");
    }
  });

  it("follows the site's base path", () => {
    const rules = parseHeadersFile(headersFile("/graphics/tts/", ["en", "id"], IDS));
    expect(headersFor(rules, "/graphics/tts/id/embed/x/").map(([k]) => k)).toContain("Content-Security-Policy");
    expect(headersFor(rules, "/id/embed/x/")).toEqual([]);
  });

  it("lets any origin read every file, sandboxed embeds' scripts and oEmbed JSON included", () => {
    const rules = parseHeadersFile(headersFile("/", ["en", "id"], IDS));
    for (const p of [
      "/_astro/embed.abc123.js",
      "/_astro/story.css",
      "/geo/villages.topo.json",
      "/frames/en/ktp.svg",
      "/oembed/id/ktp-map.json",
      "/embed.js",
      "/no-such-page/",
    ]) {
      expect(headersFor(rules, p), p).toContainEqual(["Access-Control-Allow-Origin", "*"]);
    }
  });

  it("caches content-hashed assets for a year, and nothing else", () => {
    const rules = parseHeadersFile(headersFile("/", ["en", "id"], IDS));
    const cache = (p: string) => headersFor(rules, p).find(([k]) => k === "Cache-Control")?.[1];
    expect(cache("/_astro/embed.abc123.js")).toBe("public, max-age=31536000, immutable");
    for (const p of ["/", "/embed/ktp-map/", "/geo/villages.topo.json", "/frames/en/ktp.svg", "/oembed/en/ktp-map.json"])
      expect(cache(p), p).toBeUndefined();
  });

  it("sends no header twice on any path (hosts would join the two values)", () => {
    const text = headersFile("/", ["en", "id"], IDS);
    const rules = parseHeadersFile(text);
    for (const p of ["/", "/id/", "/404.html", "/embed/x/", "/id/share/ktp/", "/_astro/a.js", "/geo/a.json"]) {
      for (const [name, value] of headersFor(rules, p))
        expect(value, `${p} ${name}`).not.toMatch(/, (nosniff|no-referrer|\*|default-src|public)/);
    }
    expect(headersFor(rules, "/404.html").find(([k]) => k === "Content-Security-Policy")?.[1]).toContain("frame-ancestors 'none'");
  });

  it("joins a header that two rules set, as Cloudflare Pages does", () => {
    const rules = parseHeadersFile("/*\n  X-A: 1\n/a/*\n  X-A: 2\n");
    expect(headersFor(rules, "/a/b")).toEqual([["X-A", "1, 2"]]);
  });

  it("rejects a line that is neither a path nor a header, naming the line", () => {
    expect(() => parseHeadersFile("/a/*\n  no colon here\n")).toThrow(/line 2/);
    expect(() => parseHeadersFile("/a/*/b\n  X: 1\n")).toThrow(/line 1.*"\/a\/\*\/b"/);
    expect(() => parseHeadersFile("  X: 1\n")).toThrow(/line 1/);
  });
});
