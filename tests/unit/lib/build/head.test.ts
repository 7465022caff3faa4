import { describe, expect, it } from "vitest";
import { shareCardTags, type ShareCard } from "../../../../src/lib/build/head.ts";

const card: ShareCard = {
  title: "Who has an ID card",
  description: "Three in four people in TTS hold a KTP.",
  image: "https://stories.example.org/og/en/ktp.png",
  imageAlt: "A map of Indonesia",
  url: "https://stories.example.org/share/ktp/",
  locale: "en_GB",
  siteName: "Why they leave without papers",
};
const content = (tags: ReturnType<typeof shareCardTags>, key: string) =>
  tags.find((t) => t.attrs.property === key || t.attrs.name === key)?.attrs.content;

describe("a page's card for chat apps and social sites", () => {
  const tags = shareCardTags(card);

  it("asks for the large image card, 1200×630, with its alt text", () => {
    expect(content(tags, "twitter:card")).toBe("summary_large_image");
    expect([content(tags, "og:image:width"), content(tags, "og:image:height")]).toEqual(["1200", "630"]);
    expect(content(tags, "og:image:alt")).toBe(card.imageAlt);
    expect(content(tags, "twitter:image:alt")).toBe(card.imageAlt);
  });

  it("gives Open Graph and Twitter readers the same title, description and image", () => {
    for (const [og, tw] of [
      ["og:title", "twitter:title"],
      ["og:description", "twitter:description"],
      ["og:image", "twitter:image"],
    ] as const) {
      expect(content(tags, og), og).toBeTruthy();
      expect(content(tags, tw)).toBe(content(tags, og));
    }
    expect(content(tags, "og:url")).toBe(card.url);
  });

  it("writes each property once", () => {
    const keys = tags.map((t) => t.attrs.property ?? t.attrs.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
