/**
 * Replaces figure tokens in a chapter's text with formatted values: `{fig:ktp.tts}` → "76%",
 * `{year:ktp.tts}` → "2020", `{words:fgd.groups}` → "three" / "tiga" (a count under ten spelled out,
 * as running text writes it; larger counts as numbers). An unknown key or a figure without a year stops the build, naming
 * the file and line.
 */
import { formatFigure } from "../shared/format.ts";
import type { FigureRegistry } from "./figure-registry.ts";
import type { Locale } from "../../i18n/locales.ts";

const TOKEN = /\{(fig|year|words):([A-Za-z0-9.]+)\}/g;

/** Counts under ten as running text spells them. */
const SMALL_NUMBERS: Record<Locale, readonly string[]> = {
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  id: ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
};

export interface TokenResult {
  text: string;
  keys: Set<string>;
}

export function replaceFigureTokens(text: string, registry: FigureRegistry, locale: Locale, place: string): TokenResult {
  const keys = new Set<string>();
  const replaced = text.replace(TOKEN, (_match, kind: "fig" | "year" | "words", key: string, offset: number) => {
    const line = text.slice(0, offset).split("\n").length;
    const figure = registry.get(key);
    if (!figure) throw new Error(`${place}:${line}: unknown figure key "${key}" in {${kind}:${key}}`);
    keys.add(key);
    if (kind === "year") {
      if (figure.year === undefined) throw new Error(`${place}:${line}: figure "${key}" has no year, so {year:${key}} cannot be written`);
      return String(figure.year);
    }
    if (kind === "words") {
      if (
        figure.unit !== "count" &&
        figure.unit !== "people" &&
        figure.unit !== "years" &&
        figure.unit !== "hours" &&
        figure.unit !== "days"
      )
        throw new Error(`${place}:${line}: figure "${key}" is not a count (${figure.unit}), so {words:${key}} cannot spell it`);
      const n = figure.value;
      return Number.isInteger(n) && n >= 0 && n < 10 ? SMALL_NUMBERS[locale][n]! : formatFigure(n, figure.unit, locale);
    }
    return formatFigure(figure.value, figure.unit, locale);
  });
  const stray = /\{(?:fig|year|words):[^}]*\}?/.exec(replaced) ?? /\{[a-z]+:[A-Za-z0-9.]+\}/.exec(replaced);
  if (stray) {
    const line = replaced.slice(0, stray.index).split("\n").length;
    throw new Error(`${place}:${line}: malformed figure token "${stray[0]}"`);
  }
  return { text: replaced, keys };
}
