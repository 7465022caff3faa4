import { describe, expect, it } from "vitest";
import { LABEL_GAP, labelSide, labelsForStep, type LabelSet, type MapLabel } from "../../../src/lib/map-labels.ts";

const label = (id: string, kind: MapLabel["kind"], extra: Partial<MapLabel> = {}): MapLabel => ({
  id,
  lngLat: [124, -9.8],
  text: id,
  kind,
  ...extra,
});
const set: LabelSet = {
  study: [label("Kelle", "study"), label("Neke", "study")],
  studyToSoe: [label("Kelle · 25 km", "study"), label("Neke · 29 km", "study")],
  soe: label("Soe", "town"),
  places: [label("Kupang", "town", { maxZoom: 9 }), label("Timor", "island", { minZoom: 6, maxZoom: 9 })],
  voices: [label("N1", "voice")],
};
const ids = (layers: string[], zoom: number) => labelsForStep(layers, zoom, set).map((l) => l.id);

describe("labelsForStep", () => {
  it("names the study villages, and Soe, where they are drawn", () => {
    expect(ids(["villages", "studyVillages"], 11)).toEqual(["Kelle", "Neke", "Soe"]);
  });
  it("gives each village its distance where the lines to Soe are drawn, and names it once", () => {
    expect(ids(["studyVillages", "toSoe"], 11)).toEqual(["Kelle · 25 km", "Neke · 29 km", "Soe"]);
  });
  it("adds the interviewees only with their layer", () => {
    expect(ids(["studyVillages", "voices"], 11)).toContain("N1");
    expect(ids(["studyVillages"], 11)).not.toContain("N1");
  });
  it("names places only between their zooms", () => {
    expect(ids(["provinces"], 7)).toEqual(["Kupang", "Timor"]);
    expect(ids(["provinces"], 5)).toEqual(["Kupang"]);
    expect(ids(["provinces"], 10)).toEqual([]);
  });
});

describe("labelSide", () => {
  it("puts a name right of its dot where it fits", () => {
    expect(labelSide(100, 80, 360)).toBe("right");
    expect(labelSide(360 - 4 - 80 - LABEL_GAP, 80, 360)).toBe("right");
  });
  it("moves a name left when it would run past the map's right edge", () => {
    expect(labelSide(300, 80, 360)).toBe("left");
    expect(labelSide(360 - 4 - 80 - LABEL_GAP + 1, 80, 360)).toBe("left");
  });
  it("keeps it right when it fits on neither side", () => {
    expect(labelSide(60, 200, 200)).toBe("right");
  });
});
