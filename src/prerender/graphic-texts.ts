/**
 * The words a downloadable graphic carries, in its language: the map legend's texts (as the
 * story's legend shows them), the source line as plain text, and the credit. Build-time only.
 */
import { loadSources } from "../facts/index.ts";
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/ui.ts";
import { formatFigure } from "../lib/format.ts";
import { lookupFigure, type RegisteredFigure } from "../lib/figure-registry.ts";
import type { LegendTexts } from "../lib/legend.ts";
import { citeSources, localizeWhere, yearRanges } from "../lib/source-line.ts";
import { figureRegistry } from "./figures.ts";
import { STATIC_POVERTY_YEAR } from "./frames.ts";

/** The legend's texts, as MapLegend.astro gives them (the graphic shows the static year, as the frames do). */
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

/** "Source: Usbobo & Sogen (2023), Figure 5; BPS NTT (one source)", as SourceLine.astro writes it, without links. */
export function sourceText(figures: readonly RegisteredFigure[], extraSources: readonly string[], locale: Locale): string {
  const sources = new Map(loadSources().sources.map((s) => [s.id, s]));
  const parts = citeSources(figures, extraSources).map((c) => {
    const source = sources.get(c.source);
    if (!source) throw new Error(`graphic: unknown source "${c.source}" (not in data/sources.json)`);
    const confirm =
      c.singleSourceYears.length > 0
        ? ` (${t(locale, "chapter.sourceConfirm1")}: ${yearRanges(c.singleSourceYears)})`
        : c.confirm === 1
          ? ` (${t(locale, "chapter.sourceConfirm1")})`
          : "";
    const detail = c.where.map((w) => localizeWhere(w, locale)).join("; ");
    return `${source.short}${detail ? `, ${detail}` : ""}${confirm}`;
  });
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
