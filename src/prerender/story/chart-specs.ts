/** Chart specs for a language: the chart definitions (content) resolved against the figures. */
import type { ChartId } from "../../content/chapter-schema.ts";
import { CHART_DEFS } from "../../content/chart-definitions.ts";
import type { Locale } from "../../i18n/locales.ts";
import { formatFigure, formatNumber } from "../../lib/shared/format.ts";
import { layoutChart, type ChartSpec } from "../../lib/build/chart-spec.ts";
import { lookupFigure, type RegisteredFigure } from "../../lib/build/figure-registry.ts";
import { replaceFigureTokens } from "../../lib/build/figure-tokens.ts";
import { figureRegistry } from "./figures.ts";

export interface BuiltChart extends ChartSpec {
  /** the figures behind the chart, for its source line */
  figures: RegisteredFigure[];
}

export function buildChart(id: ChartId, locale: Locale): BuiltChart {
  const def = CHART_DEFS[id];
  const registry = figureRegistry();
  const place = `src/content/chart-definitions.ts (${id})`;
  const text = (s: string): string => replaceFigureTokens(s, registry, locale, place).text;
  const figures: RegisteredFigure[] = [];
  const rows = def.rows.map((row) => {
    const from = lookupFigure(registry, row.key);
    const to = row.to ? lookupFigure(registry, row.to) : undefined;
    figures.push(from, ...(to ? [to] : []));
    const display = to
      ? `${formatFigure(from.value, from.unit, locale)} – ${formatFigure(to.value, to.unit, locale)}`
      : formatFigure(from.value, from.unit, locale);
    return { key: row.key, label: text(row.label[locale]), value: from.value, to: to?.value, display, emphasis: row.emphasis ?? false };
  });
  const unit = figures[0]!.unit;
  const formatTick = (v: number): string =>
    def.scale === "percent"
      ? formatFigure(v, "percent", locale)
      : unit === "idr"
        ? formatCompactRupiah(v, locale)
        : formatNumber(v, locale, 0);
  const spec = layoutChart(id, text(def.title[locale]), def.note ? text(def.note[locale]) : undefined, def.scale, rows, formatTick);
  return { ...spec, figures };
}

function formatCompactRupiah(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { notation: "compact", maximumFractionDigits: 1 }).format(value);
}
