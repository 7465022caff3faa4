/**
 * Groups the figures behind a chart or chapter by source, in first-seen order, with the places in
 * the source (figure, section, page) and the weakest confirmation count. Pure.
 */
import type { RegisteredFigure } from "./figure-registry.ts";

export interface SourceCitation {
  source: string;
  where: string[];
  /** the lowest number of independent confirmations among the figures, where known */
  confirm: number | undefined;
  /** where some figures rest on one source and others on more: the years that rest on one */
  singleSourceYears: number[];
  /** the years of the figures taken from it, in order */
  years: number[];
}

/**
 * A chapter's `sources` entry: a source id, optionally with the place in it after "#"
 * ("usbobo-sogen-2023#Recommendations").
 */
export function splitSourceRef(ref: string): { id: string; where: string | undefined } {
  const at = ref.indexOf("#");
  return at < 0 ? { id: ref, where: undefined } : { id: ref.slice(0, at), where: ref.slice(at + 1).trim() || undefined };
}

export function citeSources(figures: readonly RegisteredFigure[], extraSourceIds: readonly string[] = []): SourceCitation[] {
  const bySource = new Map<string, SourceCitation>();
  const entry = (source: string): SourceCitation => {
    let c = bySource.get(source);
    if (!c) {
      c = { source, where: [], confirm: undefined, singleSourceYears: [], years: [] };
      bySource.set(source, c);
    }
    return c;
  };
  const singleYears = new Map<string, Set<number>>();
  const confirmedYears = new Map<string, Set<number>>();
  const addYear = (m: Map<string, Set<number>>, source: string, year: number) => m.set(source, (m.get(source) ?? new Set()).add(year));
  for (const f of figures) {
    const c = entry(f.source);
    if (f.where && !c.where.includes(f.where)) c.where.push(f.where);
    if (f.year !== undefined && !c.years.includes(f.year)) c.years.push(f.year);
    if (f.confirm !== undefined) c.confirm = c.confirm === undefined ? f.confirm : Math.min(c.confirm, f.confirm);
    if (f.confirm !== undefined && f.year !== undefined) addYear(f.confirm === 1 ? singleYears : confirmedYears, f.source, f.year);
  }
  for (const ref of extraSourceIds) {
    const { id, where } = splitSourceRef(ref);
    const c = entry(id);
    if (where && !c.where.includes(where)) c.where.push(where);
  }
  // A series whose years differ in confirmation says which years rest on one source, rather
  // than calling the whole series "one source".
  for (const c of bySource.values()) {
    const single = singleYears.get(c.source);
    const confirmed = confirmedYears.get(c.source);
    if (single && confirmed && [...single].some((y) => !confirmed.has(y))) c.singleSourceYears = [...single].sort((a, b) => a - b);
  }
  for (const c of bySource.values()) c.years.sort((a, b) => a - b);
  return [...bySource.values()];
}

/**
 * The places in the paper a source line names, newspaper-style: its figures ("Figure 5") and the
 * sections the other figures come from ("Main Findings", "Abstract"), each once, without pages or
 * sub-headings. "Main Findings — Uang Oko Mama" → "Main Findings"; "Figure 4, p. 93" → "Figure 4".
 */
export function compactPlaces(wheres: readonly string[]): string[] {
  const out: string[] = [];
  for (const where of wheres) {
    for (const part of where.split(/;\s*/)) {
      const figure = /\bFigure \d+/.exec(part);
      const place = figure
        ? figure[0]
        : part
            .replace(/,\s*p\. \d+$/, "")
            .split(" — ")[0]!
            .trim();
      const named = place === "Abstrak" ? "Abstract" : place;
      if (named && !/^p\. \d+$/.test(named) && !out.includes(named)) out.push(named);
    }
  }
  // figures first, in number order, then sections in the order met
  const figures = out.filter((p) => p.startsWith("Figure ")).sort((a, b) => Number(a.slice(7)) - Number(b.slice(7)));
  return [...figures, ...out.filter((p) => !p.startsWith("Figure "))];
}

/** The paper's section headings (English in the paper) and our own notes on places, in Indonesian. */
const PLACES_ID: readonly (readonly [string, string])[] = [
  ["Abstract", "Abstrak"],
  ["Study Background", "Latar belakang penelitian"],
  ["Literature Review", "Tinjauan pustaka"],
  ["Research sites", "Lokasi penelitian"],
  ["Methodologies", "Metodologi"],
  ["Main Findings", "Temuan utama"],
  ["Low-income household", "Rumah tangga berpenghasilan rendah"],
  ["To get a better job, people migrate", "Bermigrasi demi pekerjaan yang lebih baik"],
  ["Not all residents have proof of residency", "Tidak semua warga punya bukti kependudukan"],
  ["Low education and skills", "Pendidikan dan keterampilan rendah"],
  ["Conclusion", "Kesimpulan"],
  ["Recommendations", "Rekomendasi"],
  ["computed from village centres", "dihitung dari titik tengah desa"],
];

/** The paper's places in the reader's language: "Figure 5, p. 93" → "Gambar 5, hlm. 93". */
export function localizeWhere(where: string, locale: "en" | "id"): string {
  if (locale === "en") return where;
  let text = where.replace(/\bFigure (\d+)/g, "Gambar $1").replace(/\bp\. (\d+)/g, "hlm. $1");
  for (const [en, id] of PLACES_ID) text = text.replaceAll(en, id);
  return text;
}

/** "2021–2023", "2017, 2021–2023": consecutive years joined by an en dash. */
export function yearRanges(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
}

/** How the story's source lines and cards name a source: its newspaper-style name where it has one, else its short name. */
export function storySourceName(
  source: { short: string; shortId?: string; story?: { en: string; id: string } },
  locale: "en" | "id",
): string {
  return source.story?.[locale] ?? sourceShortName(source, locale);
}

/** How a source line names a source in a language: its Indonesian short name on Indonesian pages, where it has one. */
export function sourceShortName(source: { short: string; shortId?: string }, locale: "en" | "id"): string {
  return locale === "id" ? (source.shortId ?? source.short) : source.short;
}
