import { describe, expect, it } from "vitest";
import { AXIS, layoutChart, tickLabelBox, ticksCollide, type ChartRowInput } from "../../../../src/lib/build/chart-spec.ts";

const row = (value: number, key = String(value)): ChartRowInput => ({ key, label: key, value, display: String(value), emphasis: false });

describe("layoutChart's axis", () => {
  it("spaces a percent axis's labels so that none touch on the narrowest track", () => {
    const spec = layoutChart("c", "t", undefined, "percent", [row(77.8), row(1.7)], (v) => `${v}%`);
    expect(spec.ticks.map((t) => t.label)).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
    expect(ticksCollide(spec.ticks)).toBe(false);
  });

  it("keeps the end labels inside the track: the first starts at its tick, the last ends at its tick", () => {
    const { ticks } = layoutChart("c", "t", undefined, "percent", [row(50)], (v) => `${v}%`);
    expect(ticks[0]).toMatchObject({ x: 0, align: "start" });
    expect(ticks.at(-1)).toMatchObject({ x: 100, align: "end" });
    for (const tick of ticks) {
      const [left, right] = tickLabelBox(tick, AXIS.minTrackPx);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(AXIS.minTrackPx);
    }
  });

  it("drops to fewer ticks when long labels would run together", () => {
    const long = (v: number) => `Rp ${v.toLocaleString("id-ID")} ribu`;
    const spec = layoutChart("c", "t", undefined, "linear", [row(1500), row(160)], long);
    expect(spec.ticks.length).toBeGreaterThan(1);
    expect(spec.ticks.length).toBeLessThan(4);
    expect(ticksCollide(spec.ticks)).toBe(false);
    const longer = layoutChart("c", "t", undefined, "linear", [row(1500)], (v) => `${long(v)} per bulan per orang`);
    expect(longer.ticks.map((t) => t.x)).toEqual([100]);
  });

  it("finds labels that touch", () => {
    const touching = [
      { x: 0, label: "1000000", align: "start" as const },
      { x: 20, label: "2000000", align: "middle" as const },
    ];
    expect(ticksCollide(touching)).toBe(true);
  });

  it("gives a log axis powers of ten", () => {
    const spec = layoutChart("c", "t", undefined, "log", [row(150_000), row(6_000_000)], (v) => String(v));
    expect(spec.ticks.length).toBeGreaterThan(1);
    for (const t of spec.ticks) expect(Math.log10(Number(t.label)) % 1).toBe(0);
    expect(ticksCollide(spec.ticks)).toBe(false);
  });
});
