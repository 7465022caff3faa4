import { describe, expect, it } from "vitest";
import { figure } from "../../../src/facts/figure.ts";
import { loadPaperFigures } from "../../../src/facts/load.ts";
import { parsePaperNumber } from "../../../src/facts/paper-number.ts";
import { quoteOccurs, readPaperText } from "../../../src/facts/paper-text.ts";

const figures = loadPaperFigures();
const paper = readPaperText();

describe("paper-figures.json against the paper", () => {
  it.each(figures.map((f) => [f.key, f] as const))("%s: the quote occurs in the paper and states the value", (_key, f) => {
    expect(quoteOccurs(paper, f.quote), `quote ${JSON.stringify(f.quote)} not found in the paper`).toBe(true);
    expect(parsePaperNumber(f.quote)).toBe(f.printed ?? f.value);
  });

  it("records the figures the story is built on", () => {
    const expected: Record<string, number> = {
      "abstract.noBirthCertificate": 42,
      "abstract.ktpHomeArea": 67,
      "abstract.docsMadeElsewhere": 33,
      "abstract.cashHolders": 28.3,
      "abstract.cashPerMonth": 100000,
      "abstract.respondents": 360,
      "abstract.villages": 6,
      "income.under100k": 28.3,
      "income.from250kTo500k": 23,
      "income.from100kTo250k": 19,
      "poverty.tts": 27.49,
      "poverty.ntt": 20.5,
      "ktp.tts": 76,
      "ktp.ntt": 88.1,
      "ktp.indonesia": 96,
      "docs.birthCertificate": 57,
      "docs.ktp": 66,
      "docs.baptism": 88,
      "enrolment.tts": 89.4,
      "enrolment.ntt": 94.3,
      "enrolment.indonesia": 94.1,
      "education.elementaryOnly": 44.5,
      "education.completedPrimary": 25.6,
      "education.juniorHighNotCompleted": 7.2,
      "education.elementaryNotCompleted": 10,
      "okoMama.min": 200000,
      "okoMama.max": 5000000,
      "conclusion.weeklyCash": 100000,
      "tts.areaKm2": 3955.35,
      // the structural side of the argument (Study Background) and the smaller omissions
      "background.nttTopTen": 10,
      "background.placementLawNumber": 39,
      "background.placementLawYear": 2004,
      "background.protectionLawNumber": 18,
      "background.protectionLawYear": 2017,
      "background.legalDeclineYears": 5,
      "background.moratoriumYear": 2018,
      "background.legalDeclineSince": 2014,
      "income.veryLowEarners": 98.98,
      "tts.unemployment": 1.11,
      "tts.poorestDistrictsGroup": 13,
    };
    for (const [key, value] of Object.entries(expected)) expect(figure(key).value, key).toBe(value);
  });

  it("keeps the year printed as 20014 as printed, and reads it as 2014", () => {
    expect(figure("background.legalDeclineSince")).toMatchObject({ value: 2014, printed: 20014, section: "Study Background" });
  });

  it("places the new chapters' figures in the sections they come from", () => {
    for (const key of [
      "background.placementLawNumber",
      "background.protectionLawNumber",
      "background.legalDeclineYears",
      "background.moratoriumYear",
    ]) {
      expect(figure(key).section, key).toBe("Study Background");
    }
    for (const key of ["income.veryLowEarners", "tts.unemployment"])
      expect(figure(key).section, key).toBe("Main Findings — Low-income household");
  });

  it("gives a page only where the text establishes it", () => {
    // The abstract opens the paper (p. 87); the running header "93" stands right before Figure 4
    // and N1's account. Nothing else can be placed on a page.
    for (const f of figures) {
      const page = f.section === "Abstrak" ? 87 : f.figure === "Figure 4" || f.key.startsWith("interview.n1") ? 93 : undefined;
      expect(f.page, f.key).toBe(page);
    }
  });

  it("dates the survey's own findings to 2018 and the paper's BPS comparisons to 2020", () => {
    for (const key of ["poverty.tts", "poverty.ntt", "ktp.tts", "enrolment.tts"]) expect(figure(key).year, key).toBe(2020);
    for (const key of ["income.under100k", "docs.ktp", "education.elementaryOnly"]) expect(figure(key).year, key).toBe(2018);
  });
});

describe("figure()", () => {
  it("returns a figure by key", () => {
    expect(figure("ktp.tts")).toMatchObject({ value: 76, unit: "percent", year: 2020, figure: "Figure 5" });
  });

  it("throws on an unknown key", () => {
    expect(() => figure("ktp.nowhere")).toThrow('Unknown figure key "ktp.nowhere"');
  });
});
