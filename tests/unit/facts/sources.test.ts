import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContextFacts, loadPaperFigures, loadSources } from "../../../src/facts/load.ts";
import { rawDataDir } from "../../../src/paths.ts";

const { sources, datasets } = loadSources();
const byId = new Map(sources.map((s) => [s.id, s]));

describe("sources.json", () => {
  it("cites the paper in full", () => {
    expect(byId.get("usbobo-sogen-2023")).toMatchObject({
      kind: "paper",
      authors: ["Yohanes Victor Lasi Usbobo", "Jasintah Tagang Sogen"],
      journal: "Lumen Veritatis: Jurnal Teologi dan Filsafat",
      publisher: "Universitas Katolik Widya Mandira, Kupang",
      year: 2023,
      firstPage: 87,
      url: "https://journal.unwira.ac.id/index.php/LUMENVERITATIS/article/view/2310",
      license: "CC BY-NC-SA 4.0",
    });
  });

  it("credits the boundaries exactly as the raw data README asks", () => {
    const readme = readFileSync(path.join(rawDataDir(), "README.md"), "utf8");
    const b = byId.get("wilayah-boundaries");
    expect(b?.license).toBe("MIT");
    expect(readme).toContain(`"${b?.attribution}"`);
    expect(readme).toContain(b?.commit);
    expect(readme).toContain(b?.url);
  });

  it("lists every source the facts refer to, and no unused one", () => {
    const used = new Set<string>([
      "usbobo-sogen-2023",
      ...loadContextFacts().map((f) => f.source),
      ...datasets.flatMap((d) => d.sources),
      "kepmendagri-2025-codes", // named in the boundaries attribution
      "natural-earth", // the neighbouring countries' land, drawn by the map (src/pipeline/neighbour-countries.ts)
    ]);
    expect(loadPaperFigures().length).toBeGreaterThan(0);
    expect([...byId.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("points each dataset at an original that exists in the raw data folder", () => {
    for (const d of datasets) expect(() => readFileSync(path.join(rawDataDir(), d.original)), d.id).not.toThrow();
  });
});
