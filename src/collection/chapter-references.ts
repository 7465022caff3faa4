/**
 * Checks what a chapter's frontmatter points at: area codes that exist in the map layers,
 * sources that exist in data/sources.json (an entry may name a place in the source after "#"). Runs inside the collection schema, so an error names
 * the chapter's file and field.
 */
import type { z } from "zod";
import { loadSources } from "../facts/index.ts";
import { knownAreaCodes } from "../prerender/map/geo-artifacts.ts";
import { splitSourceRef } from "../lib/build/source-line.ts";

let sourceIds: Set<string> | undefined;

export function checkChapterReferences(
  chapter: { map: { view: { fit?: string[] } | object; highlight: string[] }; sources: string[] },
  ctx: z.RefinementCtx,
): void {
  const codes = knownAreaCodes();
  const fit = "fit" in chapter.map.view ? (chapter.map.view.fit as string[]) : [];
  fit.forEach((code, k) => {
    if (!codes.has(code)) ctx.addIssue({ code: "custom", path: ["map", "view", "fit", k], message: `unknown area code "${code}"` });
  });
  chapter.map.highlight.forEach((code, k) => {
    if (!codes.has(code)) ctx.addIssue({ code: "custom", path: ["map", "highlight", k], message: `unknown area code "${code}"` });
  });
  sourceIds ??= new Set(loadSources().sources.map((s) => s.id));
  chapter.sources.forEach((ref, k) => {
    const { id } = splitSourceRef(ref);
    if (!sourceIds!.has(id))
      ctx.addIssue({ code: "custom", path: ["sources", k], message: `unknown source "${id}" (not in data/sources.json)` });
  });
}
