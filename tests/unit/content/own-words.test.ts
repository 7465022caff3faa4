/**
 * The story is told in our own words: no chapter, in either language, repeats a run of the
 * paper's words long enough to be a copied sentence. Names and short phrases may recur.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPaperText } from "../../../src/facts/paper-text.ts";
import { LOCALES } from "../../../src/i18n/locales.ts";

/** Runs this long are sentences or clauses; names are taken out first. */
const RUN = 6;
/** Proper names the story must spell as the paper does. */
const NAMES = ["Institute of Resource Governance and Social Change"];
const root = path.resolve(import.meta.dirname, "../../../src/content/chapters");
const words = (text: string) =>
  text
    .replace(new RegExp(NAMES.join("|"), "g"), " ")
    .toLowerCase()
    .replace(/\{(fig|year|words):[^}]+\}/g, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
const runs = (ws: string[]) => ws.slice(0, Math.max(0, ws.length - RUN + 1)).map((_, k) => ws.slice(k, k + RUN).join(" "));

const paperRuns = new Set(runs(words(readPaperText())));

describe("our own words", () => {
  it.each(
    LOCALES.flatMap((l) =>
      readdirSync(path.join(root, l))
        .filter((f) => f.endsWith(".md"))
        .map((f) => [l, f] as const),
    ),
  )("%s/%s repeats no run of %i words from the paper".replace("%i", String(RUN)), (locale, file) => {
    const copied = runs(words(readFileSync(path.join(root, locale, file), "utf8"))).filter((r) => paperRuns.has(r));
    expect(copied).toEqual([]);
  });
});
