import { describe, expect, it } from "vitest";
import { staticMapSvg, type PathStyle } from "../../../../src/lib/shared/static-map-svg.ts";
import type { StaticMapOutput } from "../../../../src/lib/shared/static-map.ts";

const styles: Record<string, PathStyle> = {
  fill: { fill: "#eee", stroke: "none", strokeWidth: 0 },
  line: { fill: "none", stroke: "#333", strokeWidth: 1 },
};
const square = "M0,0L10,0L10,10Z";
const triangle = "M0,0L5,8L10,0Z";

function frame(paths: StaticMapOutput["paths"], labels: StaticMapOutput["labels"] = []): string {
  return staticMapSvg({ width: 100, height: 80, paths, labels }, styles, "#def", "A <test> map");
}

describe("staticMapSvg", () => {
  it("writes a shape drawn twice once, and draws it again by reference in the later group", () => {
    const svg = frame([
      { id: "a", d: square, className: "fill" },
      { id: "b", d: triangle, className: "fill" },
      { id: "a", d: square, className: "line" },
    ]);
    expect(svg.split(square).length - 1).toBe(1);
    expect(svg).toContain(`<path id="s0" d="${square}"/>`);
    expect(svg).toMatch(/<g class="line"[^>]*><use href="#s0"\/><\/g>/);
    // A shape drawn once needs no id.
    expect(svg).toContain(`<path d="${triangle}"/>`);
  });

  it("writes the features that the same groups draw as one path, drawn again by one reference", () => {
    const other = "M20,20L30,20L30,30Z";
    const svg = frame([
      { id: "a", d: square, className: "fill" },
      { id: "b", d: triangle, className: "fill" },
      { id: "c", d: other, className: "fill" },
      { id: "a", d: square, className: "line" },
      { id: "c", d: other, className: "line" },
    ]);
    // a and c are filled and outlined: one path, outlined by one reference; b is filled only.
    expect(svg).toContain(`<path id="s0" d="${square}${other}"/>`);
    expect(svg).toContain(`<path d="${triangle}"/>`);
    expect(svg).toMatch(/<g class="line"[^>]*><use href="#s0"\/><\/g>/);
    expect(svg.split("<path").length - 1).toBe(2);
  });

  it("names a path that does not start with an absolute move, which would shift when merged", () => {
    expect(() => frame([{ id: "x", d: "m1,1l2,2z", className: "fill" }])).toThrow(
      'the path of "x" (fill) does not start with an absolute move',
    );
  });

  it("escapes the title and the labels", () => {
    const svg = frame([], [{ x: 10, y: 10, text: "Soe & <Kupang>", className: "label-town" }]);
    expect(svg).toContain("<title>A &lt;test&gt; map</title>");
    expect(svg).toContain("Soe &amp; &lt;Kupang&gt;</text>");
  });

  it("names a path class that has no style", () => {
    expect(() => frame([{ id: "x", d: square, className: "rivers" }])).toThrow('no style for "rivers"');
  });

  it("writes a set of names per width: the widest shown by default, the others by media query", () => {
    const tier = (minWidth: number, maxWidth: number | undefined, scale: number) => ({
      minWidth,
      maxWidth,
      scale,
      labels: [{ x: 10, y: 10, text: "Soe", className: "label-town", side: "right" as const }],
    });
    const svg = staticMapSvg(
      { width: 100, height: 80, paths: [], labels: [], labelTiers: [tier(640, undefined, 1), tier(0, 640, 3)] },
      styles,
      "#def",
      "t",
    );
    expect(svg).toContain("@media (max-width: 639.98px) { .labels-0 { display: none; } }");
    expect(svg).toContain("@media (max-width: 639.98px) { .labels-1 { display: inline; } }");
    expect(svg).toMatch(/<g class="labels-0" font-family="[^"]+" font-size="14"/);
    expect(svg).toMatch(/<g class="labels-1" display="none" font-family="[^"]+" font-size="42"/);
  });
});
