import { describe, expect, it } from "vitest";
import { describeProblem } from "../../../../src/lib/shared/param-problem.ts";
import { hashForChapter, hashWithVillage, readHash, readUrlState, writeUrlState } from "../../../../src/lib/shared/url-state.ts";

describe("URL state", () => {
  it("reads a valid poverty year and writes it back", () => {
    expect(readUrlState("?poverty=2021")).toEqual({ povertyYear: 2021, problems: [] });
    expect(writeUrlState({ povertyYear: 2021 })).toBe("?poverty=2021");
    expect(writeUrlState({ povertyYear: 2024 })).toBe("");
  });

  it.each(["2020", "abc", "2021.0", "<script>alert(1)</script>", ""])("reports %j and falls back to the default", (value) => {
    const state = readUrlState(`?poverty=${encodeURIComponent(value)}`);
    expect(state.povertyYear).toBe(2024);
    expect(state.problems).toHaveLength(1);
    expect(describeProblem(state.problems[0]!, "en")).toBe(`poverty=${JSON.stringify(value)} is not one of 2021, 2024; showing 2024`);
    expect(describeProblem(state.problems[0]!, "id")).toBe(
      `poverty=${JSON.stringify(value)} bukan salah satu dari 2021, 2024; ditampilkan 2024`,
    );
  });
});

describe("the chapter hash and its village", () => {
  it("reads the chapter and the village the address names", () => {
    expect(readHash("#soe?village=53.02.21.2001")).toEqual({ chapter: "soe", village: "53.02.21.2001" });
    expect(readHash("#soe")).toEqual({ chapter: "soe", village: null });
    expect(readHash("")).toEqual({ chapter: "", village: null });
    expect(readHash("#soe?village=")).toEqual({ chapter: "soe", village: "" });
    expect(readHash("#soe?other=1")).toEqual({ chapter: "soe", village: null });
    // A broken escape is read as written, never thrown.
    expect(readHash("#so%e")).toEqual({ chapter: "so%e", village: null });
  });

  it("keeps the village while its chapter stays, and drops it when the chapter changes", () => {
    expect(hashForChapter("#soe?village=53.02.21.2001", "soe")).toBe("#soe?village=53.02.21.2001");
    expect(hashForChapter("#soe?village=53.02.21.2001", "schooling")).toBe("#schooling");
    expect(hashForChapter("#where", "soe")).toBe("#soe");
  });

  it("writes the village into the hash, escaped", () => {
    expect(hashWithVillage("soe", "53.02.21.2001")).toBe("#soe?village=53.02.21.2001");
    expect(hashWithVillage("soe", "a b&c")).toBe("#soe?village=a+b%26c");
    expect(readHash(hashWithVillage("soe", "a b&c")).village).toBe("a b&c");
    expect(hashWithVillage("soe", null)).toBe("#soe");
  });
});
