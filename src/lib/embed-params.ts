/**
 * An embed's options from its query string, each checked against what exists: language, whether
 * the map may be explored, which chapter's view a map shows, and the host's child id (pym.js).
 * Unknown values fall back to the default and are reported in words; nothing is echoed as HTML.
 */
import { LOCALES, type Locale } from "../i18n/locales.ts";

export interface EmbedParams {
  lang: Locale | undefined;
  interactive: boolean;
  view: string | undefined;
  childId: string | undefined;
  problems: string[];
}

const quote = (v: string): string => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

export function readEmbedParams(search: string, chapterSlugs: readonly string[]): EmbedParams {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const out: EmbedParams = { lang: undefined, interactive: true, view: undefined, childId: undefined, problems };

  const lang = params.get("lang");
  if (lang !== null) {
    if ((LOCALES as readonly string[]).includes(lang)) out.lang = lang as Locale;
    else problems.push(`lang=${quote(lang)} is not one of ${LOCALES.join(", ")}`);
  }
  const interactive = params.get("interactive");
  if (interactive !== null) {
    if (["0", "false", "no"].includes(interactive)) out.interactive = false;
    else if (!["1", "true", "yes"].includes(interactive)) problems.push(`interactive=${quote(interactive)} is not 0 or 1`);
  }
  const view = params.get("view");
  if (view !== null) {
    if (chapterSlugs.includes(view)) out.view = view;
    else problems.push(`view=${quote(view)} is not a chapter of the story`);
  }
  const childId = params.get("childId");
  if (childId !== null) {
    if (/^[\w-]{1,64}$/.test(childId)) out.childId = childId;
    else problems.push(`childId=${quote(childId)} is not a plain id`);
  }
  return out;
}

/** The messages a host page may listen for: Datawrapper's height message and pym.js's. */
export function heightMessages(embedId: string, childId: string | undefined, height: number): unknown[] {
  const h = Math.ceil(height);
  return [{ "datawrapper-height": { [embedId]: h } }, `pymxPYMx${childId ?? embedId}xPYMxheightxPYMx${h}`];
}
