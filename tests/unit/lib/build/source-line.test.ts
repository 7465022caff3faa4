import { describe, expect, it } from "vitest";
import {
  citeSources,
  compactPlaces,
  localizeWhere,
  sourceShortName,
  splitSourceRef,
  storySourceName,
  yearRanges,
} from "../../../../src/lib/build/source-line.ts";
import { loadPaperFigures, loadSources } from "../../../../src/facts/index.ts";
import type { RegisteredFigure } from "../../../../src/lib/build/figure-registry.ts";

const death = (year: number, confirm: number): RegisteredFigure => ({
  key: `deaths.y${year}`,
  value: 1,
  unit: "people",
  year,
  source: "bp3tki-kupang",
  confirm,
});

describe("citeSources", () => {
  it("says which years of a series rest on one source, instead of calling the whole series one source", () => {
    const figures = [2017, 2018, 2019, 2020, 2024].map((y) => death(y, 2)).concat([2021, 2022, 2023].map((y) => death(y, 1)));
    const [c] = citeSources(figures);
    expect(c).toMatchObject({ source: "bp3tki-kupang", confirm: 1, singleSourceYears: [2021, 2022, 2023] });
  });

  it("keeps a plain 'one source' where every figure rests on one", () => {
    const [c] = citeSources([death(2021, 1), death(2022, 1)]);
    expect(c).toMatchObject({ confirm: 1, singleSourceYears: [] });
  });

  it("takes the paper's sections from a chapter's sources after '#'", () => {
    const fig: RegisteredFigure = { key: "k", value: 1, unit: "count", source: "usbobo-sogen-2023", where: "Study Background" };
    const [c] = citeSources([fig], ["usbobo-sogen-2023#Recommendations", "usbobo-sogen-2023#Conclusion", "usbobo-sogen-2023"]);
    expect(c!.where).toEqual(["Study Background", "Recommendations", "Conclusion"]);
  });
});

describe("splitSourceRef and yearRanges", () => {
  it("splits an id from its place", () => {
    expect(splitSourceRef("usbobo-sogen-2023#Research sites")).toEqual({ id: "usbobo-sogen-2023", where: "Research sites" });
    expect(splitSourceRef("antara-kupang")).toEqual({ id: "antara-kupang", where: undefined });
  });

  it("joins consecutive years", () => {
    expect(yearRanges([2023, 2021, 2022])).toBe("2021–2023");
    expect(yearRanges([2017, 2021, 2022, 2024])).toBe("2017, 2021–2022, 2024");
  });
});

describe("localizeWhere", () => {
  it("gives the paper's sections and figures in Indonesian", () => {
    expect(localizeWhere("Figure 4, p. 93", "id")).toBe("Gambar 4, hlm. 93");
    expect(localizeWhere("Main Findings — Low-income household", "id")).toBe("Temuan utama — Rumah tangga berpenghasilan rendah");
    expect(localizeWhere("Recommendations", "id")).toBe("Rekomendasi");
    expect(localizeWhere("Research sites", "en")).toBe("Research sites");
  });

  it("leaves no English section heading in an Indonesian source line", () => {
    for (const section of loadPaperFigures().map((f) => f.section)) {
      expect(localizeWhere(section, "id"), section).not.toMatch(
        /Background|Review|sites|Methodolog|Findings|household|better job|residents|education|Conclusion/,
      );
    }
  });
});

describe("sourceShortName", () => {
  const sources = loadSources().sources;
  const byId = (id: string) => sources.find((s) => s.id === id)!;

  it("names a source in Indonesian on Indonesian pages where its short name is English words", () => {
    expect(sourceShortName(byId("bps-ntt-press-releases"), "en")).toBe("BPS NTT press releases");
    expect(sourceShortName(byId("bps-ntt-press-releases"), "id")).toBe("Berita Resmi Statistik BPS NTT");
  });

  it("keeps a proper name as it is in both languages", () => {
    expect(sourceShortName(byId("usbobo-sogen-2023"), "id")).toBe("Usbobo & Sogen (2023)");
  });

  it("leaves no English description untranslated: every short name of words like these has its Indonesian one", () => {
    const english = /\b(?:press|releases|office|plan|data|via|reports|dataset)\b/i;
    for (const s of sources) if (english.test(s.short)) expect(s.shortId, s.id).toBeTruthy();
  });
});

describe("the story's source lines, newspaper-style", () => {
  const sources = loadSources().sources;
  const byId = (id: string) => sources.find((s) => s.id === id)!;

  it("name the paper's figures and sections, without pages or sub-headings", () => {
    expect(
      compactPlaces([
        "Main Findings — Uang Oko Mama",
        "Figure 4, p. 93",
        "Figure 2",
        "Main Findings — Low-income household",
        "Abstrak, p. 87",
      ]),
    ).toEqual(["Figure 2", "Figure 4", "Main Findings", "Abstract"]);
    expect(compactPlaces(["Research sites"]).map((w) => localizeWhere(w, "id"))).toEqual(["Lokasi penelitian"]);
  });

  it("name an agency, not a repository, a dataset host or a file", () => {
    for (const locale of ["en", "id"] as const) {
      for (const s of sources) {
        expect(storySourceName(s, locale), `${s.id} (${locale})`).not.toMatch(
          /cahyadsn|wilayah_boundaries|Kaggle|world-atlas|\.json|\.csv|github/i,
        );
      }
    }
    expect(storySourceName(byId("wilayah-boundaries"), "en")).toBe("Boundaries: Interior Ministry area codes (2025)");
    expect(storySourceName(byId("kaggle-ermila-poverty"), "id")).toBe(storySourceName(byId("bps-ntt-regency-poverty"), "id"));
  });

  it("give every source an Indonesian citation for the Indonesian data page", () => {
    for (const s of sources) expect(s.citationId, s.id).not.toMatch(/\b(not stated|Used only|press releases|news reports)\b/);
  });
});
