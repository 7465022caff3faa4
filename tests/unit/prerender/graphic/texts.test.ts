/** The story's source lines, newspaper-style: agencies with their years, the paper with its figures and sections. */
import { describe, expect, it } from "vitest";
import { figuresFor, sourceText, yearSpan } from "../../../../src/prerender/graphic/texts.ts";

describe("source lines", () => {
  it("give a source's years as a reader says them", () => {
    expect(yearSpan([2024], "en")).toBe("2024");
    expect(yearSpan([2024, 2021], "en")).toBe("2021 and 2024");
    expect(yearSpan([2020, 2021, 2024], "id")).toBe("2020, 2021 dan 2024");
    expect(yearSpan([2018, 2021, 2023, 2024], "en")).toBe("2018–2024");
  });

  it("name BPS's poverty table once, however many copies carry it, and no file or repository", () => {
    const figures = figuresFor(["povertyRegency.r5302.y2021", "povertyRegency.r5302.y2024", "povertyProvince.p2024m03", "ktp.tts"]);
    expect(sourceText(figures, ["kaggle-ermila-poverty", "databoks", "wilayah-boundaries"], "en")).toBe(
      "Source: BPS NTT, poverty by regency, 2021 and 2024; BPS NTT, poverty in NTT, 2024; Usbobo & Sogen (2023), Figure 5; Boundaries: Interior Ministry area codes (2025)",
    );
    expect(sourceText(figures, [], "id")).toBe(
      "Sumber: BPS NTT, kemiskinan menurut kabupaten/kota, 2021 dan 2024; BPS NTT, kemiskinan di NTT, 2024; Usbobo & Sogen (2023), Gambar 5",
    );
  });
});
