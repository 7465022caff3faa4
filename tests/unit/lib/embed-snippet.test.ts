import { describe, expect, it } from "vitest";
import { declaredHeight, EMBED_HEIGHT, embedSnippet } from "../../../src/lib/embed-snippet.ts";

describe("the embed code journalists copy", () => {
  it("names the graphic, escapes what it quotes, and takes the whole column", () => {
    const code = embedSnippet(
      "https://stories.example.org/embed/chart-ktp/?a=1&b=2",
      "chart-ktp",
      'Chart: "Who has an ID card" & more',
      379,
    );
    const iframe = new DOMParserLike(code);
    expect(iframe.attr("title")).toBe('Chart: "Who has an ID card" & more');
    expect(iframe.attr("src")).toBe("https://stories.example.org/embed/chart-ktp/?a=1&b=2");
    expect(iframe.attr("height")).toBe("379");
    expect(iframe.attr("style")).toContain("width:100%");
    expect(code).not.toMatch(/title="[^"]*"[^ ]/);
  });

  it("declares the height measured for the view in the page's language, else its kind's default", () => {
    const measured = { "chart-deaths": { en: 639, id: 683 } };
    expect(declaredHeight(measured, "chart-deaths", "chart", "id")).toBe(683);
    expect(declaredHeight(measured, "chart-deaths", "chart", "en")).toBe(639);
    expect(declaredHeight(measured, "new-map", "map", "en")).toBe(EMBED_HEIGHT.map);
  });
});

/** Reads one attribute back from the iframe tag the way an HTML parser would (entities decoded). */
class DOMParserLike {
  private readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
  attr(name: string): string | undefined {
    const m = new RegExp(`\\s${name}="([^"]*)"`).exec(this.html);
    return m?.[1]
      ?.replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  }
}
