import { describe, expect, it } from "vitest";
import { loadContextFacts, loadPaperFigures } from "../../../src/facts/load.ts";

const facts = loadContextFacts();
const byKey = new Map(facts.map((f) => [f.key, f]));

describe("context-facts.json", () => {
  it("carries the checked facts of the stats README with their confidence", () => {
    expect(byKey.get("population.tts2025")).toMatchObject({ value: 490642, year: 2025, confirm: 1, code: "53.02" });
    expect(byKey.get("birthCertificates.children0to17Indonesia")).toMatchObject({ value: 88.11, year: 2020, confirm: 1 });
    expect(byKey.get("birthCertificates.children0to17Ntt")).toMatchObject({ value: 63.33, year: 2020, confirm: 1 });
    expect(byKey.get("ektp.ntt")).toMatchObject({ value: 88.35, date: "2018-10", confirm: 2 });
    expect(byKey.get("ektp.ttsUpperBound")).toMatchObject({ value: 80, bound: "upper" });
    expect(byKey.get("adelinaSau.deathYear")).toMatchObject({ value: 2018, date: "2018-02-11" });
    expect(byKey.get("adelinaSau.passportBirthYear")?.value).toBe(1992);
    expect(byKey.get("adelinaSau.recordedBirthYear")?.value).toBe(1998);
  });

  it("agrees with the paper on the counts of sub-districts and villages", () => {
    const paper = new Map(loadPaperFigures().map((f) => [f.key, f.value]));
    expect(byKey.get("boundaries.ttsSubDistricts")?.value).toBe(paper.get("tts.subDistricts"));
    expect(byKey.get("boundaries.ttsVillages")?.value).toBe(paper.get("tts.villages"));
  });

  it("shares no key with the paper's figures, so a key names one number everywhere", () => {
    const paperKeys = new Set(loadPaperFigures().map((f) => f.key));
    expect(facts.map((f) => f.key).filter((k) => paperKeys.has(k))).toEqual([]);
  });
});
