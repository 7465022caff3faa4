import { describe, expect, it } from "vitest";
import { chapterLanguageSearch, languageSwitchHref, triggerLine } from "../../../src/client/story-reading.ts";
import { otherLanguageAddress } from "../../../src/client/embed-address.ts";

describe("the story's reading rules", () => {
  it("puts the line that makes a chapter active half-way down, lower under a map on top", () => {
    expect(triggerLine(800, false)).toBe(400);
    expect(triggerLine(800, true)).toBe(576);
  });

  it("sends the language switch to the same chapter, with the older year only when chosen", () => {
    expect(languageSwitchHref("/id/", 2021, "ktp")).toBe("/id/?poverty=2021#ktp");
    expect(languageSwitchHref("/id/", 2024, "ktp")).toBe("/id/#ktp");
    expect(chapterLanguageSearch(2021)).toBe("?poverty=2021");
    expect(chapterLanguageSearch(2024)).toBe("");
  });

  it("opens an embed in the language asked for, every other option kept", () => {
    expect(otherLanguageAddress("/id/embed/ktp-map/", "?lang=id&interactive=0&poverty=2021")).toBe(
      "/id/embed/ktp-map/?interactive=0&poverty=2021",
    );
    expect(otherLanguageAddress("/id/embed/ktp-map/", "?lang=id")).toBe("/id/embed/ktp-map/");
  });
});
