import { describe, expect, it } from "vitest";
import { figureRegistry } from "../../../../src/prerender/story/figures.ts";
import { lookupFigure } from "../../../../src/lib/build/figure-registry.ts";
import { readVillageList } from "../../../../src/lib/shared/village-search.ts";
import { villageDistances, villageDistancesCsv, villageListJson } from "../../../../src/prerender/map/village-distances.ts";

const SOE_VIEW = {
  fit: ["53.02.11.2008", "53.02.11.2007", "53.02.11.2005", "53.02.05.2009", "53.02.18.2001", "53.02.18.2002", "53.02.01.1001"],
};

describe("every village's distance to Soe", () => {
  const all = villageDistances();

  it("covers the 278 villages of TTS, Soe itself at 0 km", () => {
    expect(all).toHaveLength(278);
    expect(all.find((v) => v.code === "53.02.01.1001")).toMatchObject({ name: "SoE", km: 0 });
  });

  it("measures the study villages exactly as the story's figures do", () => {
    const registry = figureRegistry();
    const study = all.filter((v) => v.study);
    expect(study).toHaveLength(6);
    for (const v of study) expect(v.km, v.name).toBe(lookupFigure(registry, `distanceToSoe.v${v.code.replaceAll(".", "")}`).value);
  });

  it("gives Kualin and the three Oinlasi with their sub-districts, names unescaped", () => {
    expect(all.find((v) => v.name === "Kualin")).toMatchObject({ code: "53.02.21.2001", districtName: "Kualin", km: 30.1 });
    expect(
      all
        .filter((v) => v.name === "Oinlasi")
        .map((v) => v.districtName)
        .sort(),
    ).toEqual(["Amanatun Selatan", "KI'E", "Mollo Selatan"]);
    expect(all.filter((v) => v.name === "Fatumnasi")).toHaveLength(2);
    expect(all.some((v) => v.name === "Oe'ekam")).toBe(true);
    expect(all.some((v) => /\\|''/.test(v.name) || /\\|''/.test(v.districtName))).toBe(false);
  });

  it("writes a list the search reads back, small, each point on the chapter's frame where it shows", () => {
    const json = villageListJson(SOE_VIEW);
    const text = JSON.stringify(json);
    expect(Buffer.byteLength(text)).toBeLessThan(20 * 1024);
    const list = readVillageList(JSON.parse(text), "test");
    expect(list.villages).toHaveLength(278);
    const soe = list.villages.find((v) => v.code === "53.02.01.1001")!;
    expect(soe.frame).not.toBeNull();
    for (const v of list.villages.filter((x) => x.study)) expect(v.frame, v.name).not.toBeNull();
    // The farthest villages lie outside the chapter's view of the study villages and Soe.
    const farthest = [...list.villages].sort((a, b) => b.km - a.km)[0]!;
    expect(farthest.frame).toBeNull();
  });

  it("writes the CSV with a header and one row per village", () => {
    const lines = villageDistancesCsv().trimEnd().split("\r\n");
    expect(lines[0]).toBe("code,name,sub_district_code,sub_district,distance_km");
    expect(lines).toHaveLength(279);
    expect(lines).toContain("53.02.21.2001,Kualin,53.02.21,Kualin,30.1");
    expect(lines).toContain("53.02.10.2009,Oinlasi,53.02.10,KI'E,31.7");
  });
});
