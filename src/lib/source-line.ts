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
}

export function citeSources(figures: readonly RegisteredFigure[], extraSourceIds: readonly string[] = []): SourceCitation[] {
  const bySource = new Map<string, SourceCitation>();
  const entry = (source: string): SourceCitation => {
    let c = bySource.get(source);
    if (!c) {
      c = { source, where: [], confirm: undefined };
      bySource.set(source, c);
    }
    return c;
  };
  for (const f of figures) {
    const c = entry(f.source);
    if (f.where && !c.where.includes(f.where)) c.where.push(f.where);
    if (f.confirm !== undefined) c.confirm = c.confirm === undefined ? f.confirm : Math.min(c.confirm, f.confirm);
  }
  for (const id of extraSourceIds) entry(id);
  return [...bySource.values()];
}

/** The paper's places in the reader's language: "Figure 5, p. 93" → "Gambar 5, hlm. 93". */
export function localizeWhere(where: string, locale: "en" | "id"): string {
  if (locale === "en") return where;
  return where.replace(/\bFigure (\d+)/g, "Gambar $1").replace(/\bp\. (\d+)/g, "hlm. $1");
}
