/**
 * The data page's table of downloads, per language: what each file holds, its size, its sources'
 * licences and how to cite them. Build-time: reads the downloads and the sources list.
 */
import { loadSources, type Source } from "../../facts/index.ts";
import { licenceText, type DataPageKey, DATA_PAGE } from "../../i18n/data-page.ts";
import type { Locale } from "../../i18n/locales.ts";
import { formatNumber } from "../../lib/shared/format.ts";
import { citeSources, localizeWhere, sourceShortName } from "../../lib/build/source-line.ts";
import { buildChart } from "../story/chart-specs.ts";
import { downloads, downloadUrl, type Download, type PropertySources, type TableDownload } from "./downloads.ts";
import { VILLAGE_CSV_HEADER } from "../map/village-distances.ts";
import { VILLAGE_SEARCH } from "../../i18n/village-search.ts";
import { t } from "../../i18n/translate.ts";
import { siteBase } from "../urls.ts";

export interface SourceRef {
  id: string;
  short: string;
  detail?: string;
}
export interface DownloadRow {
  file: string;
  href: string;
  holds: string;
  properties?: string;
  /** how the file's figures were computed */
  method?: string;
  size: string;
  bytes: number;
  licences: { licence: string; sources: SourceRef[] }[];
  cite: { label?: string; quote?: string; refs: SourceRef[] }[];
}

/** A source of data/sources.json by id; an id it does not list stops the build. */
let sources: ReadonlyMap<string, Source> | undefined;
export function sourceById(id: string): Source {
  sources ??= new Map(loadSources().sources.map((x) => [x.id, x]));
  const s = sources.get(id);
  if (!s) throw new Error(`unknown source "${id}" (not in data/sources.json)`);
  return s;
}

/** The downloads in groups (charts, computed tables, map layers), each file as a row of the page's table. */
export function downloadGroups(locale: Locale): { title: string; rows: DownloadRow[] }[] {
  const base = siteBase();
  const source = sourceById;
  const size = (bytes: number): string =>
    t(DATA_PAGE, locale, "downloads.kb", { kb: formatNumber(Math.max(0.1, bytes / 1024), locale, 1) });

  /** The sources' licences, each licence once with the sources under it. */
  function licencesOf(ids: string[]): DownloadRow["licences"] {
    const byLicence = new Map<string, SourceRef[]>();
    for (const id of new Set(ids)) {
      const s = source(id);
      const list = byLicence.get(s.license) ?? [];
      list.push({ id, short: sourceShortName(s, locale) });
      byLicence.set(s.license, list);
    }
    return [...byLicence].map(([licence, refs]) => ({ licence: licenceText(licence, locale), sources: refs }));
  }

  function rowOf(d: Download): DownloadRow {
    const common = { file: d.file, href: downloadUrl(d.file, base), size: size(d.bytes), bytes: d.bytes };
    if (d.kind === "chart") {
      const chart = buildChart(d.chart, locale);
      const cited = citeSources(d.figures);
      return {
        ...common,
        holds: t(DATA_PAGE, locale, "downloads.chart", { title: chart.title, rows: d.rows }),
        licences: licencesOf(cited.map((c) => c.source)),
        cite: [
          {
            refs: cited.map((c) => {
              const detail = c.where.map((w) => localizeWhere(w, locale)).join("; ");
              return { id: c.source, short: sourceShortName(source(c.source), locale), ...(detail ? { detail } : {}) };
            }),
          },
        ],
      };
    }
    if (d.kind === "table") return tableRow(d, common);
    const extraLabel: Record<PropertySources["what"], DataPageKey> = {
      poverty: "downloads.povertyFrom",
      studyVillages: "downloads.studyFrom",
    };
    return {
      ...common,
      holds: t(DATA_PAGE, locale, `downloads.layer.${d.layer}`, { count: formatNumber(d.features, locale, 0) }),
      properties: t(DATA_PAGE, locale, "downloads.properties", { list: d.properties.join(", ") }),
      licences: [
        {
          licence: licenceText(d.license, locale),
          sources: [{ id: d.boundariesSource, short: sourceShortName(source(d.boundariesSource), locale) }],
        },
      ],
      cite: [
        { label: t(DATA_PAGE, locale, "downloads.attribution"), quote: d.attribution, refs: [] },
        ...d.extraSources.map((e) => ({
          label: t(DATA_PAGE, locale, extraLabel[e.what]),
          refs: e.sourceIds.map((id) => ({ id, short: sourceShortName(source(id), locale) })),
        })),
      ],
    };
  }

  /** A computed table: the boundaries' licence and attribution, what it holds and how it was computed. */
  function tableRow(d: TableDownload, common: Pick<DownloadRow, "file" | "href" | "size" | "bytes">): DownloadRow {
    const boundaries = [{ id: d.boundariesSource, short: sourceShortName(source(d.boundariesSource), locale) }];
    return {
      ...common,
      holds: t(VILLAGE_SEARCH, locale, "data.holds", { count: formatNumber(d.rows, locale, 0) }),
      properties: t(DATA_PAGE, locale, "downloads.properties", { list: VILLAGE_CSV_HEADER.join(", ") }),
      method: t(VILLAGE_SEARCH, locale, "data.method"),
      licences: [{ licence: licenceText(d.license, locale), sources: boundaries }],
      cite: [{ label: t(DATA_PAGE, locale, "downloads.attribution"), quote: d.attribution, refs: [] }],
    };
  }

  const all = downloads();
  return [
    { title: t(DATA_PAGE, locale, "downloads.charts"), rows: all.filter((d) => d.kind === "chart").map(rowOf) },
    { title: t(VILLAGE_SEARCH, locale, "data.group"), rows: all.filter((d) => d.kind === "table").map(rowOf) },
    { title: t(DATA_PAGE, locale, "downloads.layers"), rows: all.filter((d) => d.kind === "layer").map(rowOf) },
  ];
}
