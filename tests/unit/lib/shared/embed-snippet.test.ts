import { describe, expect, it } from "vitest";
import { declaredHeight, EMBED_HEIGHT, EMBED_RESIZE_SCRIPT, embedFrame, embedSnippet } from "../../../../src/lib/shared/embed-snippet.ts";

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
    expect(iframe.attr("style")).toContain("height:379px");
    expect(code).not.toMatch(/title="[^"]*"[^ ]/);
  });

  it("is the iframe followed by the resizing script, one fixed text whatever the view", () => {
    const code = embedSnippet("https://x.example/embed/a/", "a", "A", 300);
    expect(code).toBe(`${embedFrame("https://x.example/embed/a/", "a", "A", 300)}\n<script>${EMBED_RESIZE_SCRIPT}</script>`);
    expect(EMBED_RESIZE_SCRIPT).not.toMatch(/=>|\blet\b|\bconst\b|<\//);
  });

  it("sizes only the iframe whose window sent the height, from a Datawrapper-shaped message", () => {
    const listeners: ((e: { data: unknown; source: unknown }) => void)[] = [];
    const frames = [
      { contentWindow: "w1", style: { height: "" } },
      { contentWindow: "w2", style: { height: "" } },
    ];
    const window = { addEventListener: (_: string, f: (typeof listeners)[number]) => listeners.push(f) };
    const document = { querySelectorAll: (sel: string) => (sel === "iframe[data-tts-embed]" ? frames : []) };
    new Function("window", "document", EMBED_RESIZE_SCRIPT)(window, document);
    listeners[0]!({ data: { "datawrapper-height": { a: 512.3 } }, source: "w2" });
    listeners[0]!({ data: "pymxPYMx…", source: "w1" });
    listeners[0]!({ data: { "datawrapper-height": { a: 1e9 } }, source: "w1" });
    expect(frames.map((f) => f.style.height)).toEqual(["", "513px"]);
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
