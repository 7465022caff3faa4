import { describe, expect, it } from "vitest";
import { cameraText, canvasNeedsResize, showsView } from "../../../src/client/live-map-view.ts";

describe("the live map's view arithmetic", () => {
  it("resizes the canvas only when its box is a pixel or more off", () => {
    expect(canvasNeedsResize({ width: "375px", height: "300px" }, { width: 375.4, height: 300 })).toBe(false);
    expect(canvasNeedsResize({ width: "375px", height: "300px" }, { width: 376, height: 300 })).toBe(true);
    expect(canvasNeedsResize({ width: "375px", height: "300px" }, { width: 375, height: 420 })).toBe(true);
  });

  it("writes the camera rounded as the page's data-camera carries it", () => {
    expect(JSON.parse(cameraText({ lng: 124.285714, lat: -9.876543 }, 8.123456))).toEqual({ lng: 124.2857, lat: -9.8765, zoom: 8.12 });
  });

  it("knows the view already shown, and not one that is moving, turned, tilted or elsewhere", () => {
    const here = { moving: false, bearing: 0, pitch: 0, center: [124.3, -9.85] as [number, number], zoom: 8 };
    const camera = { center: [124.3, -9.85] as [number, number], zoom: 8 };
    expect(showsView(here, camera)).toBe(true);
    expect(showsView({ ...here, moving: true }, camera)).toBe(false);
    expect(showsView({ ...here, bearing: 10 }, camera)).toBe(false);
    expect(showsView({ ...here, pitch: 20 }, camera)).toBe(false);
    expect(showsView(here, { ...camera, zoom: 9 })).toBe(false);
    expect(showsView(here, { ...camera, center: [124.4, -9.85] })).toBe(false);
  });
});
