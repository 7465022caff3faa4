import { describe, expect, it } from "vitest";
import { chaptersTelling, type ChapterText } from "../../../../src/lib/build/told-in.ts";

const chapter = (slug: string, body: string, figureKeys: string[] = []): ChapterText => ({ slug, title: slug, body, figureKeys });

describe("chaptersTelling", () => {
  const inc = { id: "tts.area", values: [{ figure: "tts.areaKm2" }, { context: "area.ttsBig2024" }] };

  it("finds the chapters that link a note to the row or print one of its values", () => {
    const chapters = [
      chapter("tts", "Large.{note inc=tts.area: …}"),
      chapter("study", "Nothing here.", ["study.villages"]),
      chapter("where", "Area.", ["area.ttsBig2024"]),
    ];
    expect(chaptersTelling(inc, chapters).map((c) => c.slug)).toEqual(["tts", "where"]);
  });

  it("does not take a note linked to another row", () => {
    expect(chaptersTelling(inc, [chapter("x", "{note inc=tts.areaOther: …}")])).toEqual([]);
  });
});
