/**
 * The words a map legend and a source line carry, in a language, for the story's components
 * (MapLegend.astro, SourceLine.astro) and the downloadable graphics alike, and a graphic's credit.
 * Build-time only.
 */
import { loadSources } from "../facts/index.ts";
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/ui.ts";
import { formatFigure } from "../lib/format.ts";
import { lookupFigure, type RegisteredFigure } from "../lib/figure-registry.ts";
import type { LegendTexts } from "../lib/legend.ts";
import { citeSources, localizeWhere, sourceShortName, yearRanges } from "../lib/source-line.ts";
import { figureRegistry } from "./figures.ts";
import { STATIC_POVERTY_YEAR } from "./frames.ts";

/** The legend's texts (with the static poverty year, as the still frames show it; the page's script switches it). */
export function mapLegendTexts(locale: Locale): LegendTexts {
  const registry = figureRegistry();
  const pct = (key: string): string => {
    const f = lookupFigure(registry, key);
    return formatFigure(f.value, f.unit, locale);
  };
  return {
    studyVillage: t(locale, "legend.studyVillage"),
    village: t(locale, "legend.village"),
    district: t(locale, "legend.district"),
    regency: t(locale, "legend.regency"),
    tts: t(locale, "legend.tts"),
    province: t(locale, "legend.province"),
    toSoe: t(locale, "legend.toSoe"),
    voices: t(locale, "legend.voices"),
    soe: t(locale, "legend.soe"),
    ktp: {
      tts: `${t(locale, "legend.ktpTts")}: ${pct("ktp.tts")}`,
      ntt: `${t(locale, "legend.ktpNtt")}: ${pct("ktp.ntt")}`,
      indonesia: `${t(locale, "legend.ktpIndonesia")}: ${pct("ktp.indonesia")}`,
      title: t(locale, "legend.ktp", { year: lookupFigure(registry, "ktp.tts").year! }),
      source: t(locale, "legend.ktpSource"),
    },
    poverty: { title: t(locale, "legend.poverty", { year: STATIC_POVERTY_YEAR }), source: t(locale, "legend.povertySource") },
    percent: (value) => formatFigure(value, "percent", locale),
  };
}

/** One source a figure line cites: its short name, its address, where in it, and a note when one source alone gives it. */
export interface SourceCitation {
  name: string;
  url?: string;
  detail: string;
  confirm: string;
}

/** The sources behind some figures, in the page's language: SourceLine.astro links them, a graphic writes them out. */
export function sourceCitations(figures: readonly RegisteredFigure[], extraSources: readonly string[], locale: Locale): SourceCitation[] {
  const sources = new Map(loadSources().sources.map((s) => [s.id, s]));
  return citeSources(figures, extraSources).map((c) => {
    const source = sources.get(c.source);
    if (!source) throw new Error(`unknown source "${c.source}" (not in data/sources.json)`);
    const confirm =
      c.singleSourceYears.length > 0
        ? ` (${t(locale, "chapter.sourceConfirm1")}: ${yearRanges(c.singleSourceYears)})`
        : c.confirm === 1
          ? ` (${t(locale, "chapter.sourceConfirm1")})`
          : "";
    return {
      name: sourceShortName(source, locale),
      url: source.url,
      detail: c.where.map((w) => localizeWhere(w, locale)).join("; "),
      confirm,
    };
  });
}

/** "Source: Usbobo & Sogen (2023), Figure 5; BPS NTT (one source)", as SourceLine.astro writes it, without links. */
export function sourceText(figures: readonly RegisteredFigure[], extraSources: readonly string[], locale: Locale): string {
  const parts = sourceCitations(figures, extraSources, locale).map((c) => `${c.name}${c.detail ? `, ${c.detail}` : ""}${c.confirm}`);
  return `${t(locale, "chart.source")}: ${parts.join("; ")}`;
}

/** Who made the graphic and where it lives: the story's title and address. */
export function creditText(locale: Locale, storyAddress: string): string {
  return `${t(locale, "site.title")} · ${storyAddress}`;
}

/** figures by key, for a chapter's figureKeys */
export function figuresFor(keys: readonly string[]): RegisteredFigure[] {
  const registry = figureRegistry();
  return keys.map((k) => lookupFigure(registry, k));
}
