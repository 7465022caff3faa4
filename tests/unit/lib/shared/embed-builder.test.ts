import { describe, expect, it } from "vitest";
import { buildEmbed, type BuilderView } from "../../../../src/lib/shared/embed-builder.ts";

const views: BuilderView[] = [
  {
    id: "poverty-map",
    kind: "map",
    chapter: "poverty",
    frameTitle: { en: "Map: Poor <regencies>", id: "Peta: Kabupaten miskin" },
    height: { en: 973, id: 950 },
  },
  { id: "chart-deaths", kind: "chart", frameTitle: { en: "Deaths", id: "Kematian" }, height: { en: 639, id: 683 } },
];
const site = "https://news.example/stories/tts/";
const base = { view: "poverty-map", locale: "en" as const, interactive: true, width: 600 as const };

describe("buildEmbed", () => {
  it("points an English map at the embed under the site's path, with its declared height and escaped title", () => {
    const out = buildEmbed(base, views, site);
    expect(out.src).toBe("https://news.example/stories/tts/embed/poverty-map/");
    expect(out.code).toContain('src="https://news.example/stories/tts/embed/poverty-map/"');
    expect(out.code).toContain('height="973"');
    expect(out.code).toContain('title="Map: Poor &lt;regencies&gt;"');
    expect(out.oembed).toBe("https://news.example/stories/tts/oembed/en/poverty-map.json");
  });

  it("follows the language in the path, the title, the height and the oEmbed address", () => {
    const out = buildEmbed({ ...base, locale: "id" }, views, site);
    expect(out.src).toBe("https://news.example/stories/tts/id/embed/poverty-map/");
    expect(out.code).toContain('height="950"');
    expect(out.title).toBe("Peta: Kabupaten miskin");
    expect(out.oembed).toBe("https://news.example/stories/tts/oembed/id/poverty-map.json");
  });

  it("asks for a still map and another chapter's view in the query, and drops the default chapter", () => {
    expect(buildEmbed({ ...base, interactive: false, chapter: "soe" }, views, site).src).toBe(
      "https://news.example/stories/tts/embed/poverty-map/?interactive=0&view=soe",
    );
    expect(buildEmbed({ ...base, chapter: "poverty" }, views, site).src).toBe("https://news.example/stories/tts/embed/poverty-map/");
  });

  it("leaves map-only options off a chart", () => {
    const out = buildEmbed({ ...base, view: "chart-deaths", interactive: false, chapter: "soe" }, views, site);
    expect(out.src).toBe("https://news.example/stories/tts/embed/chart-deaths/");
    expect(out.code).toContain('data-tts-embed="chart-deaths"');
  });

  it("names what is wrong with bad options", () => {
    expect(() => buildEmbed({ ...base, view: "nope" }, views, site)).toThrow(/no view "nope"/);
    expect(() => buildEmbed({ ...base, width: 700 as 600 }, views, site)).toThrow(/width 700/);
  });
});
