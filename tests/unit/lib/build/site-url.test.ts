import { describe, expect, it } from "vitest";
import { parseSiteUrl } from "../../../../src/lib/build/site-url.ts";

describe("parseSiteUrl", () => {
  it("takes a public http(s) origin", () => {
    expect(parseSiteUrl("https://stories.example.org")).toEqual({ url: "https://stories.example.org/" });
  });
  it.each([
    [undefined, /SITE_URL is not set/],
    ["  ", /SITE_URL is not set/],
    ["stories.example.org", /not an absolute URL/],
    ["ftp://example.org", /not an http\(s\) address/],
    ["http://localhost:4321", /is this machine/],
    ["http://127.0.0.1:4321", /is this machine/],
  ])("refuses %s in one line that says how to set it", (value, message) => {
    const result = parseSiteUrl(value);
    expect("error" in result && result.error).toMatch(message);
    expect("error" in result && result.error).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
    expect("error" in result && result.error.includes("\n")).toBe(false);
  });
});
