/**
 * The one-file edition: the whole story in one language as a single HTML file that opens from a
 * phone's file manager or a chat attachment, with no connection. Rendered from the same
 * components as the story (chapters, charts, legends, sources) with the still frames written
 * into the page (rendered by its page, src/pages/download); this module gives it the story's
 * styles and refuses a file that would make any request.
 */
import globalCss from "../styles/global.css?raw";
import storyCss from "../styles/story.css?raw";
import type { Locale } from "../i18n/locales.ts";
import { checkOneFileEdition } from "./one-file-edition-check.ts";

/** The story's own styles, then what differs when every frame is in the flow of the text. */
export function oneFileCss(): string {
  const css = `${globalCss}\n${storyCss}\n${EDITION_CSS}`;
  const external = /url\(|@import/.exec(css);
  if (external) throw new Error(`one-file edition: the story's CSS loads a file ("${external[0]}"), which a file opened offline cannot`);
  return css;
}

const EDITION_CSS = `
.edition-note { max-width: var(--measure); margin: 1rem 0 0; padding: 0.75rem 1rem; border-left: 4px solid var(--accent); background: #f6efe2; font-size: 0.95rem; }
.edition-note a { overflow-wrap: anywhere; }
.edition-contents ol { padding-left: 1.5rem; }
.edition .chapter { max-width: 44rem; margin: 0 auto 3rem; }
/* The story's stylesheet does not place the chart axis's ticks; without this they run together. */
.edition .chart__axis { position: relative; height: 1.3rem; margin-top: 0.2rem; font-size: 0.75rem; color: var(--ink-muted); font-variant-numeric: tabular-nums; }
.edition .chart__axis span { position: absolute; top: 0; transform: translateX(-50%); white-space: nowrap; }
.edition .chart__axis span:first-child { transform: none; }
.edition .chart__axis span:last-child { transform: translateX(-100%); }
.edition .story-header, .edition .story-footer { max-width: 44rem; margin-left: auto; margin-right: auto; }
`;

/** The rendered page as the file to hand on: a doctype, and refused if it would ask for anything. */
export function oneFileDocument(html: string, locale: Locale): string {
  const doc = /^<!doctype html>/i.test(html) ? html : `<!doctype html>${html}`;
  checkOneFileEdition(doc, locale);
  return doc;
}
