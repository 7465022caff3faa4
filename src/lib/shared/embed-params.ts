/**
 * An embed's options from its query string, each checked against what exists: language, whether
 * the map may be explored, which chapter's view a map shows, and the host's child id (pym.js).
 * Unknown values fall back to the default and are reported in words; nothing is echoed as HTML.
 */
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import type { ParamProblem } from "./param-problem.ts";

export interface EmbedParams {
  lang: Locale | undefined;
  interactive: boolean;
  view: string | undefined;
  childId: string | undefined;
  problems: ParamProblem[];
}

export function readEmbedParams(search: string, chapterSlugs: readonly string[]): EmbedParams {
  const params = new URLSearchParams(search);
  const problems: ParamProblem[] = [];
  const out: EmbedParams = { lang: undefined, interactive: true, view: undefined, childId: undefined, problems };

  const lang = params.get("lang");
  if (lang !== null) {
    if ((LOCALES as readonly string[]).includes(lang)) out.lang = lang as Locale;
    else problems.push({ param: "lang", value: lang, expected: { oneOf: LOCALES }, fallback: "—" });
  }
  const interactive = params.get("interactive");
  if (interactive !== null) {
    if (["0", "false", "no"].includes(interactive)) out.interactive = false;
    else if (!["1", "true", "yes"].includes(interactive))
      problems.push({ param: "interactive", value: interactive, expected: { oneOf: [0, 1] }, fallback: "1" });
  }
  const view = params.get("view");
  if (view !== null) {
    if (chapterSlugs.includes(view)) out.view = view;
    else problems.push({ param: "view", value: view, expected: { kind: "chapter" }, fallback: "—" });
  }
  const childId = params.get("childId");
  if (childId !== null) {
    if (/^[\w-]{1,64}$/.test(childId)) out.childId = childId;
    else problems.push({ param: "childId", value: childId, expected: { kind: "plainId" }, fallback: "—" });
  }
  return out;
}

/** The messages a host page may listen for: Datawrapper's height message and pym.js's. */
export function heightMessages(embedId: string, childId: string | undefined, height: number): unknown[] {
  const h = Math.ceil(height);
  return [{ "datawrapper-height": { [embedId]: h } }, `pymxPYMx${childId ?? embedId}xPYMxheightxPYMx${h}`];
}
