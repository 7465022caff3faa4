import { describe, expect, it } from "vitest";
import { boxInFrame, indicesOnMap, textAlignFor, textOffset, writesStacked } from "../../../src/client/label-layout.ts";

describe("the live map's label arithmetic", () => {
  it("labels only the places inside the map", () => {
    const points = [
      { x: 10, y: 10 },
      { x: -1, y: 10 },
      { x: 300, y: 200 },
      { x: 301, y: 50 },
      { x: 50, y: 201 },
    ];
    expect(indicesOnMap(points, 300, 200)).toEqual([0, 2]);
  });

  it("writes a label's parts on lines of their own on a narrow map", () => {
    expect(writesStacked(375)).toBe(true);
    expect(writesStacked(479)).toBe(true);
    expect(writesStacked(480)).toBe(false);
    expect(writesStacked(1280)).toBe(false);
  });

  it("takes a control's box into the map's pixels, and ignores a control that takes no room", () => {
    const frame = { left: 100, top: 50 };
    expect(boxInFrame({ left: 110, top: 60, right: 150, bottom: 80, width: 40, height: 20 }, frame)).toEqual([10, 10, 50, 30]);
    expect(boxInFrame({ left: 110, top: 60, right: 110, bottom: 80, width: 0, height: 20 }, frame)).toBeNull();
  });

  it("places the text from its marker's corner, in whole pixels", () => {
    // A dot of radius 5 at (100, 100): the marker's corner is (95, 95).
    expect(textOffset([109.4, 92.6, 180, 108], { x: 100, y: 100 }, 5)).toEqual({ left: 14, top: -2 });
  });

  it("lines up two lines on the side facing the dot", () => {
    expect(textAlignFor("left")).toBe("right");
    expect(textAlignFor("above-left")).toBe("right");
    expect(textAlignFor("above")).toBe("center");
    expect(textAlignFor("below")).toBe("center");
    expect(textAlignFor("right")).toBe("left");
    expect(textAlignFor("below-right")).toBe("left");
  });
});
