/**
 * Numbered notes: caveats kept out of the narrative line. A chapter writes `{note: text}` where
 * the marker belongs, or `{note inc=<inconsistency id>: text}` to link the note to its row in the
 * sources table. Each note becomes a superscript number in the paragraph and a closed disclosure
 * (`<details>`) right after that paragraph: present without JavaScript, opened from the keyboard,
 * read by screen readers, and printed open, as a footnote. Pure: Markdown in, Markdown out.
 */

/** `{note: …}` or `{note inc=some.id: …}`; the text may not hold braces. */
const NOTE = /\{note(?:\s+inc=([A-Za-z0-9.]+))?:\s*([^{}]+?)\s*\}/g;
const LOOSE = /\{note\b/;

export interface NoteLabels {
  /** "Note", shown before the number */
  note: string;
  /** the link text to a row of the sources table; empty: the note keeps its link to the row only in data (`data-inc`), no words */
  seeTable: string;
}

export interface NotesContext {
  /** the chapter's slug, for unique ids on a page holding every chapter */
  slug: string;
  labels: NoteLabels;
  /** inconsistency ids that exist; a note naming another stops the build */
  inconsistencies: ReadonlySet<string>;
  /** for error messages: the chapter file */
  place: string;
}

export interface NotesResult {
  markdown: string;
  count: number;
}

export const noteId = (slug: string, n: number): string => `note-${slug}-${n}`;

export function renderNotes(markdown: string, ctx: NotesContext): NotesResult {
  let count = 0;
  const lineOf = (offset: number): number => markdown.slice(0, offset).split("\n").length;
  // Blocks are separated by blank lines; the separators are kept so that line numbers hold.
  const parts = markdown.split(/(\n[ \t]*\n)/);
  let offset = 0;
  const out = parts.map((part, k) => {
    const start = offset;
    offset += part.length;
    if (k % 2 === 1 || !part.includes("{note")) return part;
    const notes: string[] = [];
    const block = part.replace(NOTE, (_m, inc: string | undefined, text: string, at: number) => {
      if (inc !== undefined && !ctx.inconsistencies.has(inc)) {
        throw new Error(
          `${ctx.place}:${lineOf(start + at)}: note names an unknown inconsistency "${inc}" (not in data/paper-inconsistencies.json)`,
        );
      }
      count += 1;
      notes.push(noteBlock(ctx, count, text, inc));
      return noteMarker(ctx, count);
    });
    const stray = LOOSE.exec(block);
    if (stray)
      throw new Error(
        `${ctx.place}:${lineOf(start + stray.index)}: malformed note; write {note: text} or {note inc=<id>: text}, without braces inside`,
      );
    if (/^\s*(#|>|[-*+] |\d+\. )/.test(block)) {
      throw new Error(`${ctx.place}:${lineOf(start)}: notes belong in plain paragraphs, not in headings, quotes or lists`);
    }
    // Flush the paragraph, then one disclosure per note, each its own HTML block.
    return [block, ...notes].join("\n\n");
  });
  return { markdown: out.join(""), count };
}

function noteMarker(ctx: NotesContext, n: number): string {
  const id = noteId(ctx.slug, n);
  // The link points inside the closed disclosure: browsers open it on arrival, even without script.
  // A word joiner keeps the number on the line of the word it follows.
  return `\u2060<sup class="note-ref"><a href="#${id}" id="${id}-ref" data-note-ref="${id}"><span class="visually-hidden">${ctx.labels.note} </span>${n}</a></sup>`;
}

function noteBlock(ctx: NotesContext, n: number, text: string, inc: string | undefined): string {
  const id = noteId(ctx.slug, n);
  const link = inc && ctx.labels.seeTable ? ` <a class="note__table" href="#inc-${inc}">${ctx.labels.seeTable}</a>` : "";
  return [
    `<details class="note" data-note="${id}"${inc ? ` data-inc="${inc}"` : ""}>`,
    `<summary class="note__summary">${ctx.labels.note} ${n}</summary>`,
    `<div class="note__body" id="${id}">`,
    "",
    `${text}${link}`,
    "",
    "</div>",
    "</details>",
  ].join("\n");
}
