import { describe, expect, it } from "vitest";
import { describeProblem } from "../../../src/lib/param-problem.ts";
import { readUrlState, writeUrlState } from "../../../src/lib/url-state.ts";

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
