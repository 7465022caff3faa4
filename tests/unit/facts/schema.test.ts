// Bad input must be rejected with a message that says what is wrong and where.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  loadContextFacts,
  loadInconsistencies,
  loadInterviews,
  loadPaperFigures,
  loadPlaces,
  loadRegencyPoverty,
  loadSources,
} from "../../../src/facts/load.ts";
import { copyDataDir, errorOf, type DataCopy } from "./helpers.ts";

let data: DataCopy;
beforeEach(() => {
  data = copyDataDir();
});
afterEach(() => data.remove());

const FIGURES = "paper-figures.json";
const REGENCY_CSV = "stats/ntt-poverty-by-regency.csv";

function editFigure(key: string, edit: (f: any) => void): void {
  data.editJson(FIGURES, (json) => edit(json.figures.find((f: any) => f.key === key)));
}

describe("paper-figures.json", () => {
  it("rejects a duplicate key", () => {
    data.editJson(FIGURES, (json) => json.figures.push({ ...json.figures[0] }));
    const n = JSON.parse(data.readText(FIGURES)).figures.length - 1;
    expect(errorOf(() => loadPaperFigures(data.dir))).toContain(
      `paper-figures.json: figures[${n}] (key "abstract.villages").key: duplicate key "abstract.villages" (first used at figures[0])`,
    );
  });

  it("rejects an unknown unit", () => {
    editFigure("ktp.tts", (f) => (f.unit = "percentage"));
    const message = errorOf(() => loadPaperFigures(data.dir));
    expect(message).toMatch(/paper-figures\.json: figures\[\d+\] \(key "ktp\.tts"\)\.unit: Invalid option: expected one of .*"percent"/);
    expect(message).toContain('(got "percentage")');
  });

  it("rejects a percentage of 120", () => {
    editFigure("ktp.tts", (f) => (f.value = 120));
    expect(errorOf(() => loadPaperFigures(data.dir))).toMatch(
      /figures\[\d+\] \(key "ktp\.tts"\)\.value: 120 is not a valid percent value: a percentage must be between 0 and 100/,
    );
  });

  it("rejects an impossible year unless it is kept as `printed`", () => {
    editFigure("background.legalDeclineSince", (f) => {
      f.value = 20014;
      delete f.printed;
    });
    expect(errorOf(() => loadPaperFigures(data.dir))).toContain(
      '(key "background.legalDeclineSince").value: 20014 is not a valid year value',
    );
  });

  it("rejects an unknown source id and an unknown field", () => {
    data.editJson(FIGURES, (json) => (json.source = "somebody-2099"));
    expect(errorOf(() => loadPaperFigures(data.dir))).toContain(
      'paper-figures.json: source: unknown source id "somebody-2099" (not in data/sources.json)',
    );
    data.editJson(FIGURES, (json) => {
      json.source = "usbobo-sogen-2023";
      json.figures[2].pages = 88;
    });
    expect(errorOf(() => loadPaperFigures(data.dir))).toContain('figures[2] (key "abstract.respondents"): Unrecognized key: "pages"');
  });

  it("rejects a bad key and a bad figure name", () => {
    editFigure("ktp.tts", (f) => (f.key = "KTP TTS"));
    editFigure("ktp.ntt", (f) => (f.figure = "Fig. 5"));
    const message = errorOf(() => loadPaperFigures(data.dir));
    expect(message).toMatch(/^2 problems/);
    expect(message).toContain('(key "KTP TTS").key: must be a dotted key');
    expect(message).toContain('(key "ktp.ntt").figure: must be "Figure 1" … "Figure 8" (got "Fig. 5")');
  });
});

describe("context-facts.json", () => {
  it("rejects an unknown source id", () => {
    data.editJson("context-facts.json", (json) => (json.facts[2].source = "rumour"));
    expect(errorOf(() => loadContextFacts(data.dir))).toContain(
      'context-facts.json: facts[2] (key "population.tts2025").source: unknown source id "rumour" (not in data/sources.json)',
    );
  });

  it("rejects a regency code outside NTT", () => {
    data.editJson("context-facts.json", (json) => (json.facts[2].code = "52.02"));
    expect(errorOf(() => loadContextFacts(data.dir))).toContain(
      'facts[2] (key "population.tts2025").code: must be an NTT regency code like "53.02" (got "52.02")',
    );
  });
});

describe("sources.json", () => {
  it("rejects a duplicate id and a dataset that cites an unknown source", () => {
    data.editJson("sources.json", (json) => {
      json.sources.push({ ...json.sources[1] });
      json.datasets[0].sources.push("nobody");
    });
    const message = errorOf(() => loadSources(data.dir));
    expect(message).toContain('(id "wilayah-boundaries").id: duplicate id "wilayah-boundaries" (first used at sources[1])');
    expect(message).toContain('datasets[0] (id "ntt-poverty-by-regency").sources[5]: unknown source id "nobody"');
  });

  it("requires the paper's full citation", () => {
    data.editJson("sources.json", (json) => delete json.sources[0].firstPage);
    expect(errorOf(() => loadSources(data.dir))).toContain('sources[0] (id "usbobo-sogen-2023").firstPage: is required for a paper source');
  });
});

describe("paper-inconsistencies.json", () => {
  it("rejects a reference to an unknown figure key", () => {
    data.editJson("paper-inconsistencies.json", (json) => (json.inconsistencies[0].values[1].figure = "docs.ktpp"));
    expect(errorOf(() => loadInconsistencies(data.dir))).toContain(
      'inconsistencies[0] (id "docs.ktpAbstractVsFigure6").values[1].figure: unknown figure key "docs.ktpp" (not in data/paper-figures.json)',
    );
  });

  it("rejects a value that differs from its figure", () => {
    data.editJson("paper-inconsistencies.json", (json) => (json.inconsistencies[0].values[1].value = 65));
    expect(errorOf(() => loadInconsistencies(data.dir))).toContain(
      'paper-inconsistencies.json: inconsistencies[0] (id "docs.ktpAbstractVsFigure6").values[1]: value 65 does not match figure "docs.ktp" (66)',
    );
  });

  it("rejects a table reference to a missing row", () => {
    data.editJson("paper-inconsistencies.json", (json) => {
      const c = json.inconsistencies.find((x: any) => x.id === "poverty.ntt2020");
      c.values[1].stat.row = "2020-06";
    });
    expect(errorOf(() => loadInconsistencies(data.dir))).toMatch(
      /\(id "poverty\.ntt2020"\)\.values\[1\]: ntt-province-poverty row "2020-06" column "p0": no row "2020-06" in .*ntt-province-poverty\.csv/,
    );
  });

  it("rejects a value with no origin or several", () => {
    data.editJson("paper-inconsistencies.json", (json) => (json.inconsistencies[0].values[0].derived = true));
    expect(errorOf(() => loadInconsistencies(data.dir))).toContain(
      'inconsistencies[0] (id "docs.ktpAbstractVsFigure6").values[0]: must name exactly one origin of figure, stat, context, derived; found 2',
    );
  });
});

describe("data/stats CSV files", () => {
  it("rejects a row with a missing column", () => {
    const lines = data.readText(REGENCY_CSV).split("\n");
    lines[2] = "53.02,Kabupaten Timor Tengah Selatan,26.64,24.68,1";
    data.writeText(REGENCY_CSV, lines.join("\n"));
    expect(errorOf(() => loadRegencyPoverty(data.dir))).toMatch(
      /ntt-poverty-by-regency\.csv line 3: expected 6 columns but found 5; missing column "confirm_2024"$/,
    );
  });

  it("rejects a non-numeric value", () => {
    data.writeText(REGENCY_CSV, data.readText(REGENCY_CSV).replace("26.64", "26,64"));
    expect(errorOf(() => loadRegencyPoverty(data.dir))).toMatch(/ntt-poverty-by-regency\.csv line 3: expected 6 columns but found 7/);
    data.writeText(REGENCY_CSV, data.readText(REGENCY_CSV).replace("26,64", "n/a"));
    expect(errorOf(() => loadRegencyPoverty(data.dir))).toMatch(
      /ntt-poverty-by-regency\.csv line 3: column "p0_2021": "n\/a" is not a number$/,
    );
  });

  it("rejects a percentage out of range and a bad code, naming line and column", () => {
    const original = data.readText(REGENCY_CSV);
    data.writeText(REGENCY_CSV, original.replace("26.64", "126.64"));
    expect(errorOf(() => loadRegencyPoverty(data.dir))).toMatch(
      /line 3: column "p0_2021": Too big: expected number to be <=100 \(got 126\.64\)$/,
    );
    data.writeText(REGENCY_CSV, original.replace("53.71,", "5371,"));
    expect(errorOf(() => loadRegencyPoverty(data.dir))).toMatch(
      /line 23: column "code": must be an NTT regency code like "53\.02" \(got "5371"\)$/,
    );
  });
});

describe("the map's names files", () => {
  it("stops on an interview badge moved off its village, naming the file and field", () => {
    data.editJson("interviews.json", (json) => {
      json.interviews[0].badgeNudge = 0.5;
    });
    expect(() => loadInterviews(data.dir)).toThrow(/interviews\.json: interviews\[0\] \(id "N1"\)\.badgeNudge: Too big/);
  });

  it("stops on a place with its coordinates the wrong way round", () => {
    data.editJson("places.json", (json) => {
      json.places[0].lngLat = [json.places[0].lngLat[1], json.places[0].lngLat[0]];
    });
    expect(() => loadPlaces(data.dir)).toThrow(/places\.json: places\[0\] \(id "kupang"\)\.lngLat\[0\]: Too small/);
  });
});
