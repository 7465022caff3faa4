import { describe, expect, it } from "vitest";
import { pointInFittedImage, sameShape } from "../../../../src/lib/shared/image-fit.ts";

const frame = { width: 800, height: 600 };

describe("a point of an image fitted in its box", () => {
  it("fills the box exactly at the image's own shape", () => {
    expect(pointInFittedImage([0.5, 0.5], { width: 400, height: 300 }, frame, "contain")).toEqual([200, 150]);
    expect(pointInFittedImage([0.25, 0.75], { width: 400, height: 300 }, frame, "cover")).toEqual([100, 225]);
  });

  it("contain: letterboxed, the image centred in a taller box", () => {
    // 320 × 480: the 4:3 image is 320 × 240, 120 px from the top.
    expect(pointInFittedImage([0, 0], { width: 320, height: 480 }, frame, "contain")).toEqual([0, 120]);
    expect(pointInFittedImage([1, 1], { width: 320, height: 480 }, frame, "contain")).toEqual([320, 360]);
  });

  it("cover: cropped at the sides, a point cut away is null", () => {
    // 300 × 300: the image is 400 × 300, 50 px cut off each side.
    expect(pointInFittedImage([0.5, 0.5], { width: 300, height: 300 }, frame, "cover")).toEqual([150, 150]);
    expect(pointInFittedImage([0.05, 0.5], { width: 300, height: 300 }, frame, "cover")).toBeNull();
  });

  it("has nothing to say for an image or box with no size", () => {
    expect(pointInFittedImage([0.5, 0.5], { width: 0, height: 300 }, frame, "contain")).toBeNull();
    expect(pointInFittedImage([0.5, 0.5], { width: 300, height: 300 }, { width: 0, height: 0 }, "contain")).toBeNull();
  });

  it("tells a frame of another shape", () => {
    expect(sameShape({ width: 400, height: 300 }, frame)).toBe(true);
    expect(sameShape({ width: 800, height: 800 }, frame)).toBe(false);
  });
});
