import { describe, expect, it } from "vitest";
import { figureRegistry } from "../../../src/prerender/figures.ts";
import { lookupFigure } from "../../../src/lib/figure-registry.ts";
import { citeSources, localizeWhere } from "../../../src/lib/source-line.ts";

const registry = figureRegistry();
const figures = (...keys: string[]) => keys.map((k) => lookupFigure(registry, k));

describe("a source line", () => {
  it("cites the paper once for the KTP chart, with its figure, however many bars come from it", () => {
    const lines = citeSources(figures("ktp.tts", "ktp.ntt", "ktp.indonesia"));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.source).toBe("usbobo-sogen-2023");
    expect(lines[0]!.where.join(" ")).toMatch(/Figure 5/);
  });

  it("names each source of a mixed set in the order first seen, and the weakest confirmation", () => {
    const deaths = [...registry.values()].filter((f) => f.key.startsWith("deaths."));
    expect(deaths.length).toBeGreaterThan(1);
    const lines = citeSources([lookupFigure(registry, "ktp.tts"), ...deaths]);
    expect(lines.map((l) => l.source)[0]).toBe("usbobo-sogen-2023");
    const deathLine = lines.find((l) => l.source === deaths[0]!.source)!;
    const weakest = Math.min(...deaths.filter((d) => d.source === deathLine.source && d.confirm !== undefined).map((d) => d.confirm!));
    expect(deathLine.confirm).toBe(weakest);
  });

  it("adds a chapter's other sources once, after those of its figures", () => {
    const lines = citeSources(figures("ktp.tts"), ["news-adelina-sau", "usbobo-sogen-2023", "news-adelina-sau"]);
    expect(lines.map((l) => l.source)).toEqual(["usbobo-sogen-2023", "news-adelina-sau"]);
  });

  it("gives the paper's places in Indonesian on Indonesian pages", () => {
    expect(localizeWhere("Figure 5, p. 93", "id")).toBe("Gambar 5, hlm. 93");
    expect(localizeWhere("Figure 5, p. 93", "en")).toBe("Figure 5, p. 93");
  });
});
