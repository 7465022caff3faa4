/**
 * A query parameter the page could not use, and how to say so in the reader's language. The value
 * is quoted as JSON text (shortened), and pages set it as text, never as markup.
 */
import type { Locale } from "../../i18n/locales.ts";

export interface ParamProblem {
  param: string;
  value: string;
  /** what would have been accepted: a list of values, or a kind of value */
  expected: { oneOf: readonly (string | number)[] } | { kind: "chapter" | "plainId" };
  /** the value used instead */
  fallback: string;
}

const quote = (v: string): string => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

const EXPECTED: Record<Locale, { oneOf: string; chapter: string; plainId: string; showing: string; isNot: string }> = {
  en: { oneOf: "one of", chapter: "a chapter of the story", plainId: "a plain id", showing: "showing", isNot: "is not" },
  id: { oneOf: "salah satu dari", chapter: "bagian dari cerita ini", plainId: "id yang sederhana", showing: "ditampilkan", isNot: "bukan" },
};

export function describeProblem(p: ParamProblem, locale: Locale): string {
  const w = EXPECTED[locale];
  const expected = "oneOf" in p.expected ? `${w.oneOf} ${p.expected.oneOf.join(", ")}` : w[p.expected.kind];
  return `${p.param}=${quote(p.value)} ${w.isNot} ${expected}; ${w.showing} ${p.fallback}`;
}
