import { describe, expect, it } from "vitest";
import { buildFigureRegistry } from "../../../../src/lib/build/figure-registry.ts";
import { replaceFigureTokens } from "../../../../src/lib/build/figure-tokens.ts";

const registry = buildFigureRegistry({
  paperSourceId: "paper",
  paperFigures: [
    { key: "ktp.tts", value: 76, unit: "percent", year: 2020, figure: "Figure 5", section: "Findings" },
    { key: "okoMama.min", value: 200000, unit: "idr", section: "Oko Mama" },
    { key: "fgd.groups", value: 3, unit: "count", section: "Methodologies" },
    { key: "study.respondents", value: 360, unit: "people", section: "Methodologies" },
  ],
  contextFacts: [],
  deaths: [{ year: 2023, count: 143, confirm: 1 }],
  deathsSource: "agency",
  regencyPoverty: [{ code: "53.02", p0: { 2024: 24.68 }, confirm: { 2024: 2 } }],
  regencyPovertySource: "bps",
  provincePoverty: [{ year: 2020, month: 3, p0: 20.9, confirm: 2 }],
  provincePovertySource: "bps",
  distancesToSoe: new Map([["53.02.11.2008", 21.26]]),
  boundariesSource: "boundaries",
});

describe("figure tokens", () => {
  it("formats each figure for the page's language", () => {
    const text = "TTS: {fig:ktp.tts} in {year:ktp.tts}; Oko Mama from {fig:okoMama.min}; {fig:povertyRegency.r5302.y2024}.";
    expect(replaceFigureTokens(text, registry, "en", "x.md").text).toBe("TTS: 76% in 2020; Oko Mama from IDR\u00a0200,000; 24.68%.");
    expect(replaceFigureTokens(text, registry, "id", "x.md").text).toBe("TTS: 76% in 2020; Oko Mama from Rp200.000; 24,68%.");
  });

  it("provides derived figures: deaths by year, province poverty by period, distances", () => {
    const r = replaceFigureTokens(
      "{fig:deaths.y2023} {fig:povertyProvince.p2020m03} {fig:distanceToSoe.v5302112008}",
      registry,
      "en",
      "x.md",
    );
    expect(r.text).toBe("143 20.9% 21\u00a0km");
    expect([...r.keys].sort()).toEqual(["deaths.y2023", "distanceToSoe.v5302112008", "povertyProvince.p2020m03"]);
  });

  it("names the file and line of an unknown key", () => {
    expect(() => replaceFigureTokens("one\ntwo {fig:ktp.ttz}", registry, "en", "07-ktp.md")).toThrow(
      '07-ktp.md:2: unknown figure key "ktp.ttz" in {fig:ktp.ttz}',
    );
  });

  it("rejects a year token for a figure without a year, and a malformed token", () => {
    expect(() => replaceFigureTokens("{year:okoMama.min}", registry, "en", "x.md")).toThrow(/has no year/);
    expect(() => replaceFigureTokens("{fig:ktp.tts", registry, "en", "x.md")).toThrow(/malformed figure token/);
  });

  it("spells a count under ten in the reader's language, and leaves larger ones as numbers", () => {
    expect(replaceFigureTokens("{words:fgd.groups} groups", registry, "en", "x.md").text).toBe("three groups");
    expect(replaceFigureTokens("{words:fgd.groups} kelompok", registry, "id", "x.md").text).toBe("tiga kelompok");
    expect(replaceFigureTokens("{words:study.respondents}", registry, "en", "x.md").text).toBe("360");
    expect(() => replaceFigureTokens("{words:ktp.tts}", registry, "en", "x.md")).toThrow(/is not a count \(percent\)/);
  });
});
