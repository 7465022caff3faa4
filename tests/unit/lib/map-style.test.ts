import { describe, expect, it } from "vitest";
import { highlightLayers, visibleStyleLayers } from "../../../src/lib/map-style.ts";

describe("highlightLayers", () => {
  it("outlines each code on the layer of its level, and nothing else", () => {
    expect(highlightLayers(["53.02"])).toEqual(new Set(["highlight-regencies"]));
    expect(highlightLayers(["53.02.11", "53.02.05"])).toEqual(new Set(["highlight-districts"]));
    expect(highlightLayers(["53", "53.02.01.1001"])).toEqual(new Set(["highlight-provinces", "highlight-villages"]));
    expect(highlightLayers([])).toEqual(new Set());
  });

  it("names a code that fits no level", () => {
    expect(() => highlightLayers(["53.02.01.1001.7"])).toThrow('area code "53.02.01.1001.7"');
  });
});

describe("visibleStyleLayers", () => {
  it("shows the poverty fill with the regency outlines it is read against", () => {
    const visible = visibleStyleLayers(["poverty"]);
    expect(visible.has("poverty-fill")).toBe(true);
    expect(visible.has("regencies-line")).toBe(true);
    expect(visible.has("villages-fill")).toBe(false);
  });

  it("refuses a story layer it does not know", () => {
    expect(() => visibleStyleLayers(["rainfall"])).toThrow('unknown story layer "rainfall"');
  });
});
