import { describe, expect, it } from "vitest";
import {
  lookupVillageCode,
  matchVillages,
  nameKey,
  placeVillage,
  readVillageList,
  villagesByDistrict,
  type VillageEntry,
  type VillageListJson,
} from "../../../../src/lib/shared/village-search.ts";

const json: VillageListJson = {
  prefix: "53.02.",
  frame: { width: 800, height: 600 },
  districts: { "01": "Kota Soe", "05": "Amanuban Tengah", "08": "Amanatun Selatan", "10": "KI'E", "21": "Kualin", "02": "Mollo Selatan" },
  villages: [
    ["01.1001", "SoE", 0, 124.27, -9.87, 0.5, 0.3, 0],
    ["21.2001", "Kualin", 30.1, 124.09, -10.11, null, null, 0],
    ["08.2001", "Oinlasi", 33.6, 124.5, -10.1, 0.8, 0.9, 0],
    ["10.2009", "Oinlasi", 31.7, 124.5, -9.9, 0.7, 0.5, 0],
    ["02.2008", "Oinlasi", 4.3, 124.3, -9.84, 0.5, 0.25, 0],
    ["05.2003", "Oe'ekam", 22.7, 124.4, -9.9, 0.6, 0.4, 1],
    ["05.2009", "Bone", 20.3, 124.4, -9.95, 0.6, 0.5, 1],
    ["10.2004", "Belle", 62.5, 124.6, -10.2, null, null, 0],
    ["08.2010", "Pene Utara", 28.7, 124.2, -9.98, 0.4, 0.5, 1],
  ],
};
const list = readVillageList(json, "test list");
const byName = (name: string, district?: string): VillageEntry =>
  list.villages.find((v) => v.name === name && (!district || v.districtName === district))!;

describe("the village list", () => {
  it("expands short codes and names each village's sub-district", () => {
    expect(byName("Kualin")).toMatchObject({ code: "53.02.21.2001", district: "53.02.21", districtName: "Kualin", km: 30.1, frame: null });
    expect(byName("SoE").frame).toEqual([0.5, 0.3]);
    expect(byName("Bone").study).toBe(true);
  });

  it("refuses a malformed list, saying where and what", () => {
    expect(() => readVillageList({ villages: [] }, "/village-distances.json")).toThrow(/\/village-distances\.json: not a village list/);
    const bad = { ...json, villages: [["99.2001", "X", 1, 0, 0, null, null, 0]] };
    expect(() => readVillageList(bad, "list")).toThrow(/village 0 \(99\.2001\) names an unknown sub-district 99/);
    const noSoe = { ...json, villages: json.villages.filter((v) => v[2] !== 0) };
    expect(() => readVillageList(noSoe, "list")).toThrow(/list: no village at 0 km/);
  });
});

describe("matching names", () => {
  it("ignores case, accents and apostrophes", () => {
    expect(nameKey("Oe'ekam")).toBe("oeekam");
    expect(nameKey("KI’E")).toBe("kie");
    expect(nameKey("Kot olin")).toBe("kotolin");
    expect(nameKey("Fatumnasí")).toBe("fatumnasi");
    expect(matchVillages(list.villages, "oeekam").shown.map((v) => v.name)).toEqual(["Oe'ekam"]);
    expect(matchVillages(list.villages, "OE'E").shown.map((v) => v.name)).toEqual(["Oe'ekam"]);
    expect(matchVillages(list.villages, "kuálin").shown.map((v) => v.code)).toEqual(["53.02.21.2001"]);
  });

  it("offers every village of a repeated name, told apart by sub-district", () => {
    const { shown, total } = matchVillages(list.villages, "Oinlasi");
    expect(total).toBe(3);
    expect(shown.map((v) => v.districtName)).toEqual(["Amanatun Selatan", "KI'E", "Mollo Selatan"]);
  });

  it("ranks names that begin with the query, then words that do, then names that hold it", () => {
    expect(matchVillages(list.villages, "o").shown.map((v) => `${v.name}/${v.districtName}`)).toEqual([
      "Oe'ekam/Amanuban Tengah",
      "Oinlasi/Amanatun Selatan",
      "Oinlasi/KI'E",
      "Oinlasi/Mollo Selatan",
      "Bone/Amanuban Tengah",
      "SoE/Kota Soe",
    ]);
    expect(matchVillages(list.villages, "utara").shown.map((v) => v.name)).toEqual(["Pene Utara"]);
    expect(matchVillages(list.villages, "ne").shown.map((v) => v.name)).toEqual(["Bone", "Pene Utara"]);
    expect(matchVillages(list.villages, "pe").shown.map((v) => v.name)).toEqual(["Pene Utara"]);
  });

  it("offers nothing for an empty query and counts what it leaves out", () => {
    expect(matchVillages(list.villages, "  '' ")).toEqual({ shown: [], total: 0 });
    const some = matchVillages(list.villages, "o", 2);
    expect(some.shown).toHaveLength(2);
    expect(some.total).toBeGreaterThan(2);
    expect(matchVillages(list.villages, "zzz")).toEqual({ shown: [], total: 0 });
  });
});

describe("where a village stands", () => {
  it("against the study villages and the whole regency", () => {
    const kualin = placeVillage(list.villages, byName("Kualin"));
    expect(kualin).toMatchObject({ studyMin: 20.3, studyMax: 28.7, studyNearer: 3, studyCount: 3, farther: 3, total: 9 });
    expect(kualin.farthest.map((v) => v.name)).toEqual(["Belle"]);
    expect(placeVillage(list.villages, byName("SoE")).studyNearer).toBe(0);
    expect(placeVillage(list.villages, byName("Belle")).studyNearer).toBe(3);
  });

  it("refuses a list with no study village", () => {
    expect(() => placeVillage([byName("Kualin")], byName("Kualin"))).toThrow(/no study village/);
  });
});

describe("the address's village code", () => {
  it("finds a known code, and tells a malformed code from an unknown one", () => {
    expect(lookupVillageCode(list.villages, "53.02.21.2001")).toEqual({ village: byName("Kualin") });
    expect(lookupVillageCode(list.villages, "53.02.99.9999")).toEqual({ problem: "unknown", code: "53.02.99.9999" });
    expect(lookupVillageCode(list.villages, "kualin")).toEqual({ problem: "format", code: "kualin" });
    expect(lookupVillageCode(list.villages, "<b>53.02.21.2001</b>")).toMatchObject({ problem: "format" });
  });
});

describe("the table by sub-district", () => {
  it("groups by sub-district, both sorted by name", () => {
    const groups = villagesByDistrict(list.villages);
    expect(groups.map((g) => g.districtName)).toEqual([
      "Amanatun Selatan",
      "Amanuban Tengah",
      "KI'E",
      "Kota Soe",
      "Kualin",
      "Mollo Selatan",
    ]);
    expect(groups[1]!.villages.map((v) => v.name)).toEqual(["Bone", "Oe'ekam"]);
  });
});
