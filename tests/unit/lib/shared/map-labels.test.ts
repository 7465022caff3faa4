import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  LIVE_LABEL_METRICS,
  labelsForStep,
  nameLines,
  textLines,
  type LabelSet,
  type MapLabel,
} from "../../../../src/lib/shared/map-labels.ts";

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

describe("LIVE_LABEL_METRICS", () => {
  // The live map places its names with these sizes; story.css draws them. A drift puts names on their dots.
  const css = readFileSync(path.resolve("src/styles/story.css"), "utf8");
  const rule = (selector: string): string => {
    const match = new RegExp(`^${selector.replace(/[.]/g, "\\.")} \\{([^}]*)\\}`, "m").exec(css);
    if (!match) throw new Error(`story.css has no rule for ${selector}`);
    return match[1]!;
  };
  const px = (declarations: string, property: string): number => {
    const match = new RegExp(`(?:^|;)\\s*${property}:\\s*(?:\\d+ )?(\\d+)px`).exec(declarations);
    if (!match) throw new Error(`no ${property} in ${declarations}`);
    return Number(match[1]);
  };
  it("are the sizes story.css draws", () => {
    const dot = px(rule(".map-label__dot"), "width");
    expect(px(rule(".map-label"), "width")).toBe(dot);
    expect(LIVE_LABEL_METRICS.dot).toBe(dot / 2);
    const text = rule(".map-label__text");
    expect(px(text, "font")).toBe(LIVE_LABEL_METRICS.font);
    expect(px(text, "left") - dot / 2).toBe(LIVE_LABEL_METRICS.gap);
  });
});

describe("nameLines and textLines", () => {
  it("cut a name with its official name in brackets, and a distance, into lines that rejoin as the text", () => {
    expect(nameLines("Pene (North Pene)")).toEqual(["Pene", "(North Pene)"]);
    expect(nameLines("Kuanfatu")).toEqual(["Kuanfatu"]);
    const label = { text: "Pene (Pene Utara) · 20 km", lines: [...nameLines("Pene (Pene Utara)"), "20 km"] };
    const parts = textLines(label);
    expect(parts).toEqual([
      { line: "Pene", joint: " " },
      { line: "(Pene Utara)", joint: " · " },
      { line: "20 km", joint: "" },
    ]);
    expect(parts.map((p) => p.line + p.joint).join("")).toBe(label.text);
    expect(textLines({ text: "Soe" })).toEqual([{ line: "Soe", joint: "" }]);
  });
  it("name the label whose lines are not its text", () => {
    expect(() => textLines({ text: "Bone · 22 km", lines: ["Bone", "21 km"] })).toThrow(/"Bone · 22 km" lacks "21 km"/);
    expect(() => textLines({ text: "Bone · 22 km", lines: ["Bone"] })).toThrow(/more than its lines/);
    expect(() => textLines({ text: "Bone · 22 km", lines: ["22 km", "Bone"] })).toThrow(/does not read "22 km" at 0/);
  });
});
