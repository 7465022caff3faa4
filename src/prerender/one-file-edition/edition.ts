/**
 * The one-file edition: the whole story in one language as a single HTML file that opens from a
 * phone's file manager or a chat attachment, with no connection. Rendered from the same
 * components as the story (chapters, charts, legends, sources) with the still frames carried
 * in the page (rendered by its page, src/pages/download); this module gives it the story
 * page's stylesheets, whichever they are, and refuses a file that would make any request.
 */
import type { Locale } from "../../i18n/locales.ts";
import { checkOneFileEdition } from "./check.ts";

/** Every stylesheet of the site, as text; the story page's are taken from these. */
const SHEETS = import.meta.glob<string>("../../styles/*.css", { query: "?raw", import: "default", eager: true });
/** Sheets of other pages (embeds, the data page), left out; the page shell's come first, as in Base.astro. */
const OTHER_PAGES = /\/(?:embed|data-page)\.css$/;
const FIRST = ["../../styles/global.css", "../../styles/story.css"];

/** The story's own styles, then what differs when every frame is in the flow of the text. */
export function oneFileCss(): string {
  const names = Object.keys(SHEETS).filter((n) => !OTHER_PAGES.test(n));
  const ordered = [...FIRST.filter((n) => names.includes(n)), ...names.filter((n) => !FIRST.includes(n)).sort()];
  if (ordered[0] !== FIRST[0]) throw new Error(`one-file edition: no ${FIRST[0]} to style the page`);
  const sheets = ordered.map((n) => SHEETS[n]!).join("\n");
  const external = /url\(|@import/.exec(sheets);
  if (external) throw new Error(`one-file edition: the story's CSS loads a file ("${external[0]}"), which a file opened offline cannot`);
  return `${sheets}\n${EDITION_CSS}`;
}

const EDITION_CSS = `
.edition-note { max-width: var(--measure); margin: 1rem 0 0; padding: 0.75rem 1rem; border-left: 4px solid var(--accent); background: #f6efe2; font-size: 0.95rem; }
.edition-note a { overflow-wrap: anywhere; }
.edition-contents ol { padding-left: 1.5rem; }
.edition .chapter { max-width: 44rem; margin: 0 auto 3rem; }
.edition .story-header, .edition .story-footer { max-width: 44rem; margin-left: auto; margin-right: auto; }
`;

/** The rendered page as the file to hand on: a doctype, and refused if it would ask for anything. */
export function oneFileDocument(html: string, locale: Locale): string {
  const doc = /^<!doctype html>/i.test(html) ? html : `<!doctype html>${html}`;
  checkOneFileEdition(doc, locale);
  return doc;
}
