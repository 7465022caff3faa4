/**
 * Reference entries for "Cite this": APA (7th edition) and BibTeX, for a journal article (the
 * paper, from its entry in data/sources.json) and for a web work without personal authors (this
 * story map). Plain text, ready to paste. Pure.
 *
 * Authors are written "Given Names Family" (as data/sources.json has them); the family name is
 * the last word. Titles keep the casing the source prints: APA's sentence case would need to know
 * which words are names (TTS, NTT, District), which a program cannot tell safely.
 */

export interface ArticleWork {
  kind: "article";
  authors: readonly string[];
  year: number;
  title: string;
  journal: string;
  publisher?: string | undefined;
  /** the first page, when the last one is not known */
  firstPage?: number | undefined;
  url?: string | undefined;
}

export interface WebWork {
  kind: "web";
  /** none for a work published without personal authors */
  authors?: readonly string[] | undefined;
  year: number;
  title: string;
  /** what it is, e.g. "Story map": APA puts it in brackets after the title */
  medium?: string | undefined;
  publisher?: string | undefined;
  url: string;
}

export type Work = ArticleWork | WebWork;

/** The fields of a data/sources.json entry that a citation reads. */
export interface PaperSource {
  id: string;
  authors?: readonly string[] | undefined;
  year?: number | undefined;
  title?: string | undefined;
  journal?: string | undefined;
  publisher?: string | undefined;
  firstPage?: number | undefined;
  url?: string | undefined;
}

export function articleFromSource(source: PaperSource): ArticleWork {
  const { authors, year, title, journal } = source;
  if (!authors?.length || year === undefined || !title || !journal) {
    throw new Error(`source "${source.id}" lacks authors, year, title or journal: it cannot be cited as an article`);
  }
  return { kind: "article", authors, year, title, journal, publisher: source.publisher, firstPage: source.firstPage, url: source.url };
}

// ── names ─────────────────────────────────────────────────────────────────────────────────────

interface Name {
  given: string[];
  family: string;
}

export function splitName(full: string): Name {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new Error("an author's name is empty");
  return { given: words.slice(0, -1), family: words[words.length - 1]! };
}

/** "Jasintah Tagang" → "J. T."; a hyphenated name keeps its hyphen: "Jean-Paul" → "J.-P.". */
function initials(given: readonly string[]): string {
  return given
    .map((w) =>
      w
        .split("-")
        .map((part) => `${[...part][0]!.toUpperCase()}.`)
        .join("-"),
    )
    .join(" ");
}

/** "Yohanes Victor Lasi Usbobo" → "Usbobo, Y. V. L." */
export function apaName(full: string): string {
  const { given, family } = splitName(full);
  return given.length ? `${family}, ${initials(given)}` : family;
}

/** APA's author list: "A", "A, & B", "A, B, & C" (up to 20 names; beyond that, APA's ellipsis). */
export function apaAuthors(names: readonly string[]): string {
  const list = names.map(apaName);
  if (list.length === 0) throw new Error("no authors to list");
  if (list.length === 1) return list[0]!;
  if (list.length > 20) return `${list.slice(0, 19).join(", ")}, . . . ${list[list.length - 1]}`;
  return `${list.slice(0, -1).join(", ")}, & ${list[list.length - 1]}`;
}

/** Ends a part with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.?!]$/.test(t) ? t : `${t}.`;
}

// ── APA ───────────────────────────────────────────────────────────────────────────────────────

export function apa(work: Work): string {
  const parts: string[] = [];
  if (work.kind === "article") {
    parts.push(apaAuthors(work.authors), `(${work.year}).`, sentence(work.title), sentence(work.journal));
  } else {
    const titled = work.medium ? `${work.title} [${work.medium}]` : work.title;
    if (work.authors?.length) parts.push(apaAuthors(work.authors), `(${work.year}).`, sentence(titled));
    else parts.push(sentence(titled), `(${work.year}).`);
    if (work.publisher) parts.push(sentence(work.publisher));
  }
  if (work.url) parts.push(work.url);
  return parts.join(" ");
}

// ── BibTeX ────────────────────────────────────────────────────────────────────────────────────

const TEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Escapes the characters (La)TeX treats specially, braces included, in one pass. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (ch) => TEX_SPECIALS[ch]!);
}

const STOP_WORDS = new Set(["a", "an", "the", "of", "on", "in", "and", "for", "to", "at", "by", "from", "with"]);

function keyPart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function titleWords(title: string): string[] {
  return title
    .split(/\s+/)
    .map(keyPart)
    .filter((w) => w !== "" && !STOP_WORDS.has(w));
}

/**
 * A key built from the work alone, so it never changes between builds: first author's family
 * name, year, first significant title word ("usbobo2023factors"); without authors, the first
 * three significant title words and the year ("whytheyleave2026").
 */
export function bibtexKey(work: Work): string {
  const words = titleWords(work.title);
  const first = work.authors?.[0];
  const key = first ? `${keyPart(splitName(first).family)}${work.year}${words[0] ?? ""}` : `${words.slice(0, 3).join("")}${work.year}`;
  if (!/^[a-z]/.test(key)) throw new Error(`cannot make a BibTeX key for "${work.title}"`);
  return key;
}

/** A URL as a BibTeX field: verbatim, except braces, which would end the field. */
function bibtexUrl(url: string): string {
  return url.replaceAll("{", "%7B").replaceAll("}", "%7D");
}

export function bibtex(work: Work): string {
  const fields: [string, string][] = [];
  if (work.authors?.length) {
    fields.push([
      "author",
      work.authors
        .map((a) => {
          const { given, family } = splitName(a);
          return bibtexEscape(given.length ? `${family}, ${given.join(" ")}` : family);
        })
        .join(" and "),
    ]);
  }
  // Double braces keep the title's capitals (TTS, NTT) from being lower-cased by the style.
  fields.push(["title", `{${bibtexEscape(work.title)}}`]);
  if (work.kind === "article") {
    fields.push(["journal", bibtexEscape(work.journal)]);
    if (work.publisher) fields.push(["publisher", bibtexEscape(work.publisher)]);
    fields.push(["year", String(work.year)]);
    // BibTeX's "43+": starts on page 43, last page not given.
    if (work.firstPage !== undefined) fields.push(["pages", `${work.firstPage}+`]);
  } else {
    if (work.medium) fields.push(["howpublished", bibtexEscape(work.medium)]);
    if (work.publisher) fields.push(["publisher", bibtexEscape(work.publisher)]);
    fields.push(["year", String(work.year)]);
  }
  if (work.url) fields.push(["url", bibtexUrl(work.url)]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(",\n");
  return `@${work.kind === "article" ? "article" : "misc"}{${bibtexKey(work)},\n${body}\n}`;
}
