import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile, headersFor, INLINE_BOOT_SCRIPT, parseHeadersFile } from "../../../src/lib/csp.ts";

describe("content security policy", () => {
  it("allows only the site's scripts and the hashed boot line", () => {
    const policy = contentSecurityPolicy({ framing: "none" });
    const hash = createHash("sha256").update(INLINE_BOOT_SCRIPT).digest("base64");
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("lets embeds, and only embeds, be framed by any site", () => {
    const rules = parseHeadersFile(headersFile("/", ["en", "id"]));
    const csp = (p: string) => headersFor(rules, p).filter(([k]) => k === "Content-Security-Policy").map(([, v]) => v);
    expect(csp("/embed/chart-ktp/")).toHaveLength(1);
    expect(csp("/embed/chart-ktp/")[0]).toContain("frame-ancestors *");
    expect(csp("/id/embed/ktp-map/")[0]).toContain("frame-ancestors *");
    for (const page of ["/", "/id/", "/share/ktp/", "/id/data/"]) {
      expect(csp(page), page).toHaveLength(1);
      expect(csp(page)[0], page).toContain("frame-ancestors 'none'");
    }
  });

  it("follows the site's base path", () => {
    const rules = parseHeadersFile(headersFile("/graphics/tts/", ["en", "id"]));
    expect(headersFor(rules, "/graphics/tts/id/embed/x/").length).toBeGreaterThan(0);
    expect(headersFor(rules, "/id/embed/x/")).toEqual([]);
  });
});
