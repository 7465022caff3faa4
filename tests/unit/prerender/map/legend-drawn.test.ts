/**
 * A chapter's key lists what its frames draw: judged on the frames' own projection of the view,
 * so a close-up of the study villages lists no province border, and Soe only where it is on the map.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { chapterSchema } from "../../../../src/content/chapter-schema.ts";
import { drawnLegendIds } from "../../../../src/prerender/map/legend-drawn.ts";
import { FRAME, SQUARE_FRAME } from "../../../../src/prerender/map/views.ts";

function chapterMap(file: string) {
  const source = readFileSync(`src/content/chapters/en/${file}`, "utf8");
  return chapterSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!)).map;
}
const drawn = (file: string) => drawnLegendIds(chapterMap(file), "en", [FRAME, SQUARE_FRAME]);

describe("what a chapter's key lists", () => {
  it("lists no province border on a close-up of the villages, whose frame shows none", () => {
    const ids = drawn("15-oko-mama.md");
    expect(chapterMap("15-oko-mama.md").layers).toContain("provinces");
    expect(ids.has("province")).toBe(false);
    expect(ids.has("study")).toBe(true);
    expect(ids.has("voices")).toBe(true);
  });

  it("lists Soe and the lines to it where the view takes in Soe", () => {
    const ids = drawn("13-soe.md");
    expect(ids.has("soe")).toBe(true);
    expect(ids.has("to-soe")).toBe(true);
  });

  it("leaves out Soe where the view does not reach it", () => {
    // Oko Mama looks at two villages in the far south of TTS; Soe is well north of them.
    expect(drawn("15-oko-mama.md").has("soe")).toBe(false);
  });

  it("lists the borders between provinces where the view takes in several (Java and NTT)", () => {
    expect(drawn("05-uncounted.md").has("province")).toBe(true);
  });

  it("lists TTS's outline and the regency borders on the province's map", () => {
    const ids = drawn("09-poverty.md");
    expect(ids.has("tts")).toBe(true);
    expect(ids.has("regency")).toBe(true);
  });
});
