import { describe, expect, it } from "vitest";
import { parsePovertyYear, povertyYearView, stillFrameUrl } from "../../../../src/lib/shared/poverty-year.ts";
import { withPovertyYear } from "../../../../src/lib/shared/url-state.ts";

const poverty = {
  slug: "poverty",
  layers: ["provinces", "regencies", "poverty"],
  frameBase: "/frames/en/",
  titleTemplate: "Share of people below the poverty line, March {year}",
};

describe("the poverty-year control", () => {
  it("switched to 2021: that button pressed, the legend's title and the 2021 still frame all say 2021", () => {
    const view = povertyYearView(2021, poverty);
    expect(view.pressed).toEqual({ 2021: true, 2024: false });
    expect(view.legendTitle).toBe("Share of people below the poverty line, March 2021");
    expect(view.stillFrame).toBe("/frames/en/2021/poverty.svg");
  });

  it("back on 2024 (the default): the plain frame", () => {
    const view = povertyYearView(2024, poverty);
    expect(view.pressed).toEqual({ 2021: false, 2024: true });
    expect(view.legendTitle).toBe("Share of people below the poverty line, March 2024");
    expect(view.stillFrame).toBe("/frames/en/poverty.svg");
  });

  it("a view without the poverty layer keeps its one still frame in any year", () => {
    expect(stillFrameUrl({ slug: "ktp", layers: ["provinces", "ktp"], frameBase: "/frames/id/" }, 2021)).toBe("/frames/id/ktp.svg");
  });

  it("refuses a title without {year} and a year that is not one", () => {
    expect(() => povertyYearView(2021, { ...poverty, titleTemplate: "Poverty, March 2024" })).toThrow(/has no \{year\}/);
    expect(parsePovertyYear("2021", "button")).toBe(2021);
    expect(() => parsePovertyYear("2020", "the year button")).toThrow('the year button: "2020" is not a poverty year (2021, 2024)');
    expect(() => parsePovertyYear(undefined, "button")).toThrow(/not a poverty year/);
  });

  it("writes the year into a query, keeping the rest", () => {
    expect(withPovertyYear("?poverty=abc", 2024)).toBe("");
    expect(withPovertyYear("?view=soe", 2021)).toBe("?view=soe&poverty=2021");
  });
});
