import { describe, expect, it } from "vitest";
import { placeLabels, textWidth, type LabelToPlace } from "../../../../src/lib/shared/label-placement.ts";
import { LIVE_LABEL_METRICS } from "../../../../src/lib/shared/map-labels.ts";

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

  it("places measured names by their measured size, clear of each other and of each other's dots, where the first order fails", () => {
    // Three study villages within 20 px of each other on a 320 px phone's map, their distances on a
    // second line, the map's credits button at the bottom right: placed in the given order, Kelle
    // lands on Basmuti's name and dot; placed first, it leaves room for all three.
    const named = (x: number, y: number, text: string, width: number) => ({ ...label(x, y, text), width, height: 31 });
    const crowd = [named(143, 155, "Basmuti · 21 km", 60), named(156, 167, "Kuanfatu · 26 km", 67), named(143, 173, "Kelle · 25 km", 45)];
    const credits: [number, number, number, number] = [238, 170, 262, 194];
    const placed = placeLabels(crowd, { width: 272, height: 204, scale: 1, metrics: LIVE_LABEL_METRICS, marginX: 4, obstacles: [credits] });
    expect(placed.map((p) => p.text)).toEqual(crowd.map((c) => c.text));
    const apart = (a: number[], b: number[]): boolean => a[2]! <= b[0]! || b[2]! <= a[0]! || a[3]! <= b[1]! || b[3]! <= a[1]!;
    const dot = (c: { x: number; y: number }) => [c.x - 5, c.y - 5, c.x + 5, c.y + 5];
    for (const [k, p] of placed.entries()) {
      expect(p.box[2] - p.box[0]).toBe(crowd[k]!.width);
      expect(apart(p.box, credits), `${p.text} clear of the credits`).toBe(true);
      for (const [j, c] of crowd.entries()) if (j !== k) expect(apart(p.box, dot(c)), `${p.text} ${p.box} off ${c.text}'s dot`).toBe(true);
      for (const q of placed.slice(k + 1)) expect(apart(p.box, q.box), `${p.text} ${p.box} and ${q.text} ${q.box}`).toBe(true);
    }
  });

  it("leaves out a town whose dot a name that must stay already covers", () => {
    const placed = placeLabels([label(300, 300, "Kuanfatu · 26 km"), label(400, 312, "Kupang", false, "label-town")], frame);
    expect(placed.map((p) => p.text)).toEqual(["Kuanfatu · 26 km"]);
  });
});
