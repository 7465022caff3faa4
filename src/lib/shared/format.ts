/**
 * Numbers as each language writes them, through Intl (never string tricks): 27.49% / 27,49%,
 * IDR 200,000 / Rp200.000, 1,234 / 1.234. One function per kind of figure, keyed by its unit.
 */
import { INTL_TAG, type Locale } from "../../i18n/locales.ts";

export type FigureUnit = "percent" | "idr" | "count" | "people" | "rank" | "km2" | "km" | "year" | "years" | "days" | "hours";

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[locale], options);
    cache.set(key, f);
  }
  return f;
}

/** Digits after the point as the source printed them (27.49 → 2, 76 → 0), at most 2. */
function fractionDigits(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(2, text.length - dot - 1);
}

export function formatPercent(value: number, locale: Locale): string {
  const digits = fractionDigits(value);
  return numberFormat(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value / 100);
}

export function formatRupiah(value: number, locale: Locale): string {
  // "IDR 200,000" in English and "Rp200.000" in Indonesian: the currency display each locale expects.
  const f = numberFormat(locale, {
    style: "currency",
    currency: "IDR",
    currencyDisplay: locale === "en" ? "code" : "symbol",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  if (locale === "en") return f.format(value);
  // Indonesian spelling (PUEBI) joins the symbol to the amount: drop Intl's literal space part.
  return f
    .formatToParts(value)
    .filter((p) => !(p.type === "literal" && p.value.trim() === ""))
    .map((p) => p.value)
    .join("");
}

export function formatNumber(value: number, locale: Locale, digits = fractionDigits(value)): string {
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatFigure(value: number, unit: FigureUnit, locale: Locale): string {
  switch (unit) {
    case "percent":
      return formatPercent(value, locale);
    case "idr":
      return formatRupiah(value, locale);
    case "year":
      return String(value); // years are never grouped: 2018, not 2,018
    case "km2":
      return `${formatNumber(value, locale)}\u00a0km²`;
    case "km":
      return `${formatNumber(value, locale, 0)}\u00a0km`;
    default:
      return formatNumber(value, locale);
  }
}

/** "May 2018" / "Mei 2018" */
export function formatMonthYear(year: number, month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(
    Date.UTC(year, month - 1, 1),
  );
}
