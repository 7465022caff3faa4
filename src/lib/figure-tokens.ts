/**
 * Replaces figure tokens in a chapter's text with formatted values: `{fig:ktp.tts}` → "76%",
 * `{year:ktp.tts}` → "2020". An unknown key or a figure without a year stops the build, naming
 * the file and line.
 */
import { formatFigure } from "./format.ts";
import type { FigureRegistry } from "./figure-registry.ts";
import type { Locale } from "../i18n/locales.ts";

const TOKEN = /\{(fig|year):([A-Za-z0-9.]+)\}/g;

export interface TokenResult {
  text: string;
  keys: Set<string>;
}

export function replaceFigureTokens(text: string, registry: FigureRegistry, locale: Locale, place: string): TokenResult {
  const keys = new Set<string>();
  const replaced = text.replace(TOKEN, (_match, kind: "fig" | "year", key: string, offset: number) => {
    const line = text.slice(0, offset).split("\n").length;
    const figure = registry.get(key);
    if (!figure) throw new Error(`${place}:${line}: unknown figure key "${key}" in {${kind}:${key}}`);
    keys.add(key);
    if (kind === "year") {
      if (figure.year === undefined) throw new Error(`${place}:${line}: figure "${key}" has no year, so {year:${key}} cannot be written`);
      return String(figure.year);
    }
    return formatFigure(figure.value, figure.unit, locale);
  });
  const stray = /\{(?:fig|year):[^}]*\}?/.exec(replaced) ?? /\{[a-z]+:[A-Za-z0-9.]+\}/.exec(replaced);
  if (stray) {
    const line = replaced.slice(0, stray.index).split("\n").length;
    throw new Error(`${place}:${line}: malformed figure token "${stray[0]}"`);
  }
  return { text: replaced, keys };
}
