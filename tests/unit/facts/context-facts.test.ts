import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rawDataDir } from "../../../src/paths.ts";
import { loadContextFacts, loadPaperFigures } from "../../../src/facts/load.ts";

const facts = loadContextFacts();
const byKey = new Map(facts.map((f) => [f.key, f]));

describe("context-facts.json", () => {
  it("takes every figure as the stats README prints it (the README is where they were checked)", () => {
    const readme = readFileSync(path.join(rawDataDir(), "stats", "README.md"), "utf8");
    // The README writes thousands with commas and drops no decimals: 490,642; 3,995.56; 88.11.
    const asPrinted = (v: number, unit: string) => (unit === "year" ? String(v) : v.toLocaleString("en-US", { maximumFractionDigits: 3 }));
    const missing = facts.filter(
      (f) => f.source !== "wilayah-boundaries" && f.checkedAt === undefined && !readme.includes(asPrinted(f.value, f.unit)),
    );
    expect(facts.length).toBeGreaterThan(10);
    expect(missing.map((f) => `${f.key}: ${asPrinted(f.value, f.unit)}`)).toEqual([]);
  });

  it("a figure checked outside the README names as many pages as the sources it counts", () => {
    const outside = facts.filter((f) => f.checkedAt !== undefined);
    expect(outside.map((f) => f.key)).toEqual(["povertyProvince.p2024m03"]);
    for (const f of outside) expect(f.checkedAt!.length, f.key).toBeGreaterThanOrEqual(f.confirm);
  });

  it("says how many sources confirm each figure, as the README does (one source, or two and more)", () => {
    for (const f of facts) expect([1, 2], f.key).toContain(f.confirm);
    expect(byKey.get("ektp.ntt")?.confirm).toBe(2); // "(Bawaslu NTT via Antara, two sources)"
    expect(byKey.get("population.tts2025")?.confirm).toBe(1); // "(Kemendagri 2025 data, one source)"
  });

  it("agrees with the paper on the counts of sub-districts and villages", () => {
    const paper = new Map(loadPaperFigures().map((f) => [f.key, f.value]));
    expect(byKey.get("boundaries.ttsSubDistricts")?.value).toBe(paper.get("tts.subDistricts"));
    expect(byKey.get("boundaries.ttsVillages")?.value).toBe(paper.get("tts.villages"));
  });

  it("shares no key with the paper's figures, so a key names one number everywhere", () => {
    const paperKeys = new Set(loadPaperFigures().map((f) => f.key));
    expect(facts.map((f) => f.key).filter((k) => paperKeys.has(k))).toEqual([]);
  });
});
