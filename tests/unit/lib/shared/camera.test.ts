import { describe, expect, it } from "vitest";
import { boundsForCamera, cameraForBounds, sameView } from "../../../../src/lib/shared/camera.ts";

describe("camera arithmetic", () => {
  it("fits the whole world's width into 512 px at zoom 0", () => {
    const cam = cameraForBounds(
      [
        [-180, -60],
        [180, 60],
      ],
      512,
      10_000,
      0,
    );
    expect(cam.zoom).toBeCloseTo(0, 5);
    expect(cam.center[0]).toBeCloseTo(0, 5);
  });

  it("round-trips a camera through the box it shows", () => {
    const camera = { center: [124.4, -9.9] as [number, number], zoom: 9.3 };
    const box = boundsForCamera(camera, 800, 600);
    const back = cameraForBounds(box, 800, 600, 0);
    expect(back.zoom).toBeCloseTo(9.3, 6);
    expect(back.center[0]).toBeCloseTo(124.4, 6);
    expect(back.center[1]).toBeCloseTo(-9.9, 6);
  });

  it("moves the centre away from the padded side", () => {
    const box: [[number, number], [number, number]] = [
      [124, -10],
      [125, -9],
    ];
    const even = cameraForBounds(box, 800, 600, 20);
    const left = cameraForBounds(box, 800, 600, { top: 20, right: 20, bottom: 20, left: 300 });
    expect(left.center[0]).toBeLessThan(even.center[0]);
    expect(left.zoom).toBeLessThan(even.zoom);
  });

  it("tells a view the map already shows from one a pixel away", () => {
    const here = { center: [124.4, -9.9] as [number, number], zoom: 9.3 };
    // At zoom 9.3 a pixel is 360 / (512 × 2^9.3) ≈ 0.00112° of longitude.
    const pixel = 360 / (512 * 2 ** 9.3);
    expect(sameView(here, { ...here })).toBe(true);
    expect(sameView(here, { center: [124.4 + pixel / 4, -9.9], zoom: 9.3 })).toBe(true);
    expect(sameView(here, { center: [124.4 + pixel, -9.9], zoom: 9.3 })).toBe(false);
    expect(sameView(here, { center: [124.4, -9.9 - pixel], zoom: 9.3 })).toBe(false);
    expect(sameView(here, { ...here, zoom: 9.31 })).toBe(false);
    // The same box fitted twice into the same screen is the same view.
    const box = boundsForCamera(here, 412, 600);
    expect(sameView(cameraForBounds(box, 412, 600, 24), cameraForBounds(box, 412, 600, 24))).toBe(true);
  });
});
