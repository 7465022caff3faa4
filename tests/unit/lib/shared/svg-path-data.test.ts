import { describe, expect, it } from "vitest";
import { compactPathData } from "../../../../src/lib/shared/svg-path-data.ts";

/** The absolute vertices a path visits, per subpath, read as a browser reads the data. */
function vertices(d: string): number[][][] {
  const rings: number[][][] = [];
  let x = 0;
  let y = 0;
  // Coordinate pairs, each read with the last command given (a command repeats implicitly).
  let command = "";
  const numbers: string[] = [];
  for (const token of d.match(/[MLZmlz]|-?\d+/g) ?? []) {
    if (/[A-Za-z]/.test(token)) {
      command = token;
      if (token === "Z" || token === "z") rings.at(-1)!.push(rings.at(-1)![0]!);
      continue;
    }
    numbers.push(token);
    if (numbers.length < 2) continue;
    const [a, b] = numbers.splice(0, 2).map(Number) as [number, number];
    if (command === "M") rings.push([[(x = a), (y = b)]]);
    else if (command === "L") rings.at(-1)!.push([(x = a), (y = b)]);
    else if (command === "l") rings.at(-1)!.push([(x += a), (y += b)]);
    else throw new Error(`unexpected command ${command}`);
  }
  return rings;
}

const dedupe = (rings: number[][][]) => rings.map((r) => r.filter((p, k) => k === 0 || p[0] !== r[k - 1]![0] || p[1] !== r[k - 1]![1]));

describe("compactPathData", () => {
  const d3Path = "M681,261L681,264L679,271L679,271L675,280L800,270L790,273Z" + "M49,137L54,140L-5,145L51,151Z";

  it("visits the same vertices, less the repeated ones", () => {
    expect(vertices(compactPathData(d3Path))).toEqual(dedupe(vertices(d3Path)));
  });

  it("is shorter: relative steps with the command implied", () => {
    expect(compactPathData("M681,261L681,264L679,271L675,280Z")).toBe("M681,261l0,3-2,7-4,9z");
    expect(compactPathData(d3Path).length).toBeLessThan(d3Path.length * 0.7);
  });

  it("leaves any other path data as it is (a point's circle, decimals)", () => {
    const circle = "M10,10m0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z";
    expect(compactPathData(circle)).toBe(circle);
    expect(compactPathData("M1.5,2L3,4Z")).toBe("M1.5,2L3,4Z");
  });
});
