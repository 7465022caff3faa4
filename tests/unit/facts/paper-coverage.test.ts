// Guards against a number of the paper slipping through: every number in the text must sit inside
// the quote of a recorded figure, or be one we leave out on purpose (listed here with the reason).
import { describe, expect, it } from "vitest";
import { loadPaperFigures } from "../../../src/facts/load.ts";
import { findPaperNumbers } from "../../../src/facts/paper-number.ts";
import { collapseWhitespace, readPaperText } from "../../../src/facts/paper-text.ts";

const text = collapseWhitespace(readPaperText());

/** Runs of the paper's text whose numbers we deliberately do not record as figures. */
const LEFT_OUT: readonly (readonly [string, string])[] = [
  ["dari 6 desa", "repeats the six villages (recorded as abstract.villages)"],
  ["early 2000s", "a decade, not a figure (Nirmala Bonat case; rise of legal sending)"],
  ["three distinct", "counts of concepts in the literature review"],
  ["two forms", "counts of concepts in the literature review"],
  ["the 2000 protocol", "repeats the protocol year (literature.unProtocolYear)"],
  ["the 2000 Protocol", "repeats the protocol year (literature.unProtocolYear)"],
  ["these six areas", "repeats the six villages"],
  ["the six communities", "repeats the six villages"],
  ["IDR 250,000 to 500,000", "income bracket bounds, named in the labels of Figure 2's shares"],
  ["IDR 100,000 to 250,000", "income bracket bounds, named in the labels of Figure 2's shares"],
  ["aged 15 and above", "defines the unemployment rate; named in the label of tts.unemployment"],
  ["In 2020, the poverty", "the year of Figure 3, recorded as `year`"],
  ["District NTT 93", "the running header with the page number (used for `page`)"],
  ["76.0 percent in 2020", "the year of Figure 5, recorded as `year`"],
  ["ID Card % 2020", "Figure 5's caption year, recorded as `year`"],
  ["aged 13–15", "the age group of Figure 7, named in its labels"],
  ["in TTS 2020", "Figure 7's caption year, recorded as `year`"],
  ["account for 8% of", "repeats work.unpaid"],
  ["Some receive IDR 200,000, some IDR 500,000, and yet others IDR 1,000,000", "N4's amounts, recorded from his next sentences"],
];

/** Citations such as "(Elias 2010; Williams 2003)", "(Aronowitz 2001, p. 165)" or "Gallagher (2010)". */
function citationSpans(): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    const inner = m[1] ?? "";
    if (/^\d{4}$/.test(inner) || (/[A-Z]/.test(inner) && /\b(19|20)\d{2}\b/.test(inner))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function spansOf(needle: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) spans.push([at, at + needle.length]);
  return spans;
}

describe("coverage of the paper's numbers", () => {
  const quoteSpans = loadPaperFigures().flatMap((f) => spansOf(collapseWhitespace(f.quote)));
  const leftOutSpans = LEFT_OUT.flatMap(([run]) => spansOf(run));
  const citations = citationSpans();
  const inside = (spans: [number, number][], at: number, end: number) => spans.some(([a, b]) => at >= a && end <= b);

  it("records or deliberately leaves out every number in the paper", () => {
    const missed = findPaperNumbers(text)
      .filter((n) => !/^one$/i.test(n.text)) // "one of", "on the one hand": rarely a count; counted ones are quoted
      .filter((n) => !text.slice(0, n.index).endsWith("Figure "))
      .filter((n) => {
        const end = n.index + n.text.length;
        return !inside(quoteSpans, n.index, end) && !inside(leftOutSpans, n.index, end) && !inside(citations, n.index, end);
      })
      .map((n) => text.slice(Math.max(0, n.index - 30), n.index + n.text.length + 15));
    expect(missed).toEqual([]);
  });

  it("lists only runs that occur in the paper", () => {
    for (const [run] of LEFT_OUT) expect(text, run).toContain(run);
  });
});
