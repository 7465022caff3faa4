import { describe, expect, it } from "vitest";
import { storyHead } from "../../../../src/prerender/share/head.ts";
import { shareCardTags } from "../../../../src/lib/build/head.ts";

const site = new URL("https://stories.example.org");

describe("storyHead", () => {
  it.each([
    ["en", "/", "https://stories.example.org/og/en.png", "en_GB"],
    ["id", "/id/", "https://stories.example.org/og/id.png", "id_ID"],
  ] as const)("gives the story in %s its cover card, canonical address and alternates", (locale, path, image, ogLocale) => {
    const head = storyHead(locale, site);
    expect(head.canonical).toBe(path);
    expect(head.alternates.map((a) => a.href)).toEqual(["/", "/id/"]);
    expect(head.share.image).toBe(image);
    expect(head.share.url).toBe(new URL(path, site).href);
    expect(head.share.locale).toBe(ogLocale);
    const tags = Object.fromEntries(shareCardTags(head.share).map((t) => [t.attrs.property ?? t.attrs.name, t.attrs.content]));
    expect(tags["twitter:card"]).toBe("summary_large_image");
    expect(tags["og:image:width"]).toBe("1200");
    expect(tags["og:title"]).toBe(head.title);
  });

  it("titles and describes each language in that language", () => {
    expect(storyHead("en", site).title).not.toBe(storyHead("id", site).title);
    expect(storyHead("en", site).description).not.toBe(storyHead("id", site).description);
  });
});
