import { describe, expect, it } from "vitest";
import { placeLabels, textWidth, type LabelToPlace } from "../../../src/lib/label-placement.ts";
import { LIVE_LABEL_METRICS } from "../../../src/lib/map-labels.ts";

const label = (x: number, y: number, text: string, keep = true, className = "label-study"): LabelToPlace => ({
  x,
  y,
  text,
  className,
  keep,
});
const frame = { width: 800, height: 600, scale: 2 };

describe("placeLabels", () => {
  it("puts a name right of its point where it fits", () => {
    // At scale 2: text 16 units right of the point, its baseline about a third of its size (28) below.
    expect(placeLabels([label(100, 300, "Soe")], frame)).toEqual([
      {
        index: 0,
        x: 100,
        y: 300,
        text: "Soe",
        className: "label-study",
        side: "right",
        textAt: { x: 116, y: 300 - 17.5 + 27.6, anchor: "start" },
        box: [116, 300 - 17.5, 116 + textWidth("Soe", 28, true), 300 + 17.5],
      },
    ]);
  });

  it("moves a name that would run past the right edge to the left", () => {
    expect(placeLabels([label(760, 300, "Kuanfatu")], frame)[0]!.side).toBe("left");
  });

  it("moves a name off a name already placed, and keeps both", () => {
    const placed = placeLabels([label(300, 300, "Kuanfatu · 26 km"), label(300, 318, "Kelle · 25 km")], frame);
    expect(placed.map((p) => p.side)).toEqual(["right", "left"]);
  });

  it("leaves out a place name that fits nowhere, never a name that must stay", () => {
    const crowd = [
      label(300, 300, "Basmuti"),
      label(300, 300, "Kelle"),
      label(300, 300, "Kuanfatu"),
      label(300, 300, "Nowhere", false, "label-town"),
    ];
    const placed = placeLabels(crowd, frame);
    expect(placed.map((p) => p.text)).toEqual(["Basmuti", "Kelle", "Kuanfatu"]);
  });

  it("slides a name written above or below its point inside the frame", () => {
    const placed = placeLabels([label(20, 300, "Pene (North Pene) · 20 km"), label(60, 300, "Soe", false, "label-town")], {
      ...frame,
      marginX: 40,
    });
    const pene = placed[0]!;
    expect(["above", "below"]).toContain(pene.side);
    expect(pene.textAt!.anchor).toBe("middle");
    expect(pene.textAt!.x).toBeGreaterThan(40 + 150);
  });

  it("keeps names clear of edges a cropped frame loses", () => {
    const town = [label(30, 300, "Oinlasi", false, "label-town")];
    expect(placeLabels(town, frame).map((p) => p.side)).toEqual(["right"]);
    const [moved] = placeLabels(town, { ...frame, marginX: 48 });
    expect(moved!.side).toBe("above");
    expect(moved!.textAt!.x - textWidth("Oinlasi", 28, true) / 2).toBeGreaterThanOrEqual(47.9);
  });

  it("draws interviewee badges where they are and names around them", () => {
    const placed = placeLabels([label(300, 300, "N1", true, "label-voice"), label(300, 300, "Bone")], frame);
    expect(placed.map((p) => p.side)).toEqual(["badge", "right"]);
  });

  it("keeps names off what lies over the map, and leaves out a place name with no room", () => {
    // The live map's "Explore the map" button over the top-left corner (as seen at 320 px).
    const button: [number, number, number, number] = [8, 8, 161, 44];
    const live = { width: 270, height: 200, scale: 1, metrics: LIVE_LABEL_METRICS, obstacles: [button] };
    const pene = { ...label(150, 48, "Pene (North Pene)"), width: 128, height: 16 };
    const [placed] = placeLabels([pene], live);
    expect(placed!.side).not.toBe("left");
    const [x0, y0, x1, y1] = placed!.box;
    expect(x1 <= button[0] || x0 >= button[2] || y1 <= button[1] || y0 >= button[3], `${placed!.box} clear of ${button}`).toBe(true);
    const hidden = { ...label(60, 24, "Kupang", false, "label-town"), width: 50, height: 16 };
    expect(placeLabels([hidden], live)).toEqual([]);
  });

  it("places measured names by their measured size, each clear of the others", () => {
    // Three study villages within 20 px of each other, as the live map shows them on a phone.
    const crowd = [
      { ...label(168, 235, "Basmuti"), width: 58, height: 16 },
      { ...label(181, 247, "Kuanfatu"), width: 65, height: 16 },
      { ...label(168, 253, "Kelle"), width: 34, height: 16 },
    ];
    const placed = placeLabels(crowd, { width: 270, height: 200 + 100, scale: 1, metrics: LIVE_LABEL_METRICS });
    expect(placed.map((p) => p.text)).toEqual(["Basmuti", "Kuanfatu", "Kelle"]);
    for (const [k, p] of placed.entries()) {
      expect(p.box[2] - p.box[0]).toBe(crowd[k]!.width);
      for (const q of placed.slice(k + 1)) {
        const apart = p.box[2] <= q.box[0] || q.box[2] <= p.box[0] || p.box[3] <= q.box[1] || q.box[3] <= p.box[1];
        expect(apart, `${p.text} ${p.box} and ${q.text} ${q.box}`).toBe(true);
      }
    }
  });
});
