/**
 * The words a map legend and a source line carry, in a language, for the story's components
 * (MapLegend.astro, SourceLine.astro) and the downloadable graphics alike, and a graphic's credit.
 * Build-time only.
 */
import { loadSources } from "../../facts/index.ts";
import type { Locale } from "../../i18n/locales.ts";
import { UI } from "../../i18n/ui.ts";
import { t } from "../../i18n/translate.ts";
import { formatFigure } from "../../lib/shared/format.ts";
import { lookupFigure, type RegisteredFigure } from "../../lib/build/figure-registry.ts";
import type { LegendTexts } from "../../lib/build/legend.ts";
import { citeSources, compactPlaces, localizeWhere, storySourceName } from "../../lib/build/source-line.ts";
import { figureRegistry } from "../story/figures.ts";
import { DEFAULT_POVERTY_YEAR } from "../../lib/shared/url-state.ts";

/** The legend's texts (with the static poverty year, as the still frames show it; the page's script switches it). */
export function mapLegendTexts(locale: Locale): LegendTexts {
  const registry = figureRegistry();
  const pct = (key: string): string => {
    const f = lookupFigure(registry, key);
    return formatFigure(f.value, f.unit, locale);
  };
  return {
    studyVillage: t(UI, locale, "legend.studyVillage"),
    village: t(UI, locale, "legend.village"),
    district: t(UI, locale, "legend.district"),
    regency: t(UI, locale, "legend.regency"),
    tts: t(UI, locale, "legend.tts"),
    province: t(UI, locale, "legend.province"),
    toSoe: t(UI, locale, "legend.toSoe"),
    voices: t(UI, locale, "legend.voices"),
    soe: t(UI, locale, "legend.soe"),
    ktp: {
      tts: `${t(UI, locale, "legend.ktpTts")}: ${pct("ktp.tts")}`,
      ntt: `${t(UI, locale, "legend.ktpNtt")}: ${pct("ktp.ntt")}`,
      indonesia: `${t(UI, locale, "legend.ktpIndonesia")}: ${pct("ktp.indonesia")}`,
      title: t(UI, locale, "legend.ktp", { year: lookupFigure(registry, "ktp.tts").year! }),
      source: t(UI, locale, "legend.ktpSource"),
    },
    poverty: { title: t(UI, locale, "legend.poverty", { year: DEFAULT_POVERTY_YEAR }), source: t(UI, locale, "legend.povertySource") },
    percent: (value) => formatFigure(value, "percent", locale),
  };
}

/** One source a figure line cites, newspaper-style: its name, its address, and where in it (the paper's figures and sections, another source's years). */
export interface SourceCitation {
  name: string;
  url?: string;
  detail: string;
}

/**
 * The sources behind some figures, in the page's language, as a newspaper names them: the paper
 * with its figures and sections, an agency with the years of its figures. Sources that carry the
 * same agency's table (BPS poverty by regency, from several copies) are named once. Repository
 * names, commits, table ids and file names stay on the data page. SourceLine.astro links them, a
 * graphic writes them out.
 */
export function sourceCitations(figures: readonly RegisteredFigure[], extraSources: readonly string[], locale: Locale): SourceCitation[] {
  const sources = new Map(loadSources().sources.map((s) => [s.id, s]));
  const merged = new Map<string, { url?: string; places: string[]; years: number[] }>();
  for (const c of citeSources(figures, extraSources)) {
    const source = sources.get(c.source);
    if (!source) throw new Error(`unknown source "${c.source}" (not in data/sources.json)`);
    const name = storySourceName(source, locale);
    const entry = merged.get(name) ?? { places: [], years: [] };
    if (!entry.url && source.url && source.kind !== "geodata" && source.kind !== "dataset") entry.url = source.url;
    for (const p of compactPlaces(c.where)) if (!entry.places.includes(p)) entry.places.push(p);
    // the paper's year is in its name; an agency's figures carry theirs
    if (source.kind !== "paper") for (const y of c.years) if (!entry.years.includes(y)) entry.years.push(y);
    merged.set(name, entry);
  }
  return [...merged].map(([name, e]) => ({
    name,
    ...(e.url ? { url: e.url } : {}),
    detail: [...e.places.map((p) => localizeWhere(p, locale)), ...(e.years.length ? [yearSpan(e.years, locale)] : [])].join(", "),
  }));
}

/** A source's years as a newspaper gives them: "2021", "2021 and 2024", "2020, 2021 and 2024", or the span "2018–2024" of a longer series. */
export function yearSpan(years: readonly number[], locale: Locale): string {
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length > 3) return `${sorted[0]}–${sorted.at(-1)}`;
  if (sorted.length === 1) return String(sorted[0]);
  return `${sorted.slice(0, -1).join(", ")} ${locale === "id" ? "dan" : "and"} ${sorted.at(-1)}`;
}

/** "Source: Usbobo & Sogen (2023), Figure 5; BPS NTT, poverty by regency, 2021 and 2024", as SourceLine.astro writes it, without links. */
export function sourceText(figures: readonly RegisteredFigure[], extraSources: readonly string[], locale: Locale): string {
  const parts = sourceCitations(figures, extraSources, locale).map((c) => `${c.name}${c.detail ? `, ${c.detail}` : ""}`);
  return `${t(UI, locale, "chart.source")}: ${parts.join("; ")}`;
}

/** Who made the graphic and where it lives: the story's title and address. */
export function creditText(locale: Locale, storyAddress: string): string {
  return `${t(UI, locale, "site.title")} · ${storyAddress}`;
}

/** figures by key, for a chapter's figureKeys */
export function figuresFor(keys: readonly string[]): RegisteredFigure[] {
  const registry = figureRegistry();
  return keys.map((k) => lookupFigure(registry, k));
}
