// The paper's text, and how a quote is found in it: PDF extraction breaks lines anywhere, so
// quotes are compared with every run of whitespace collapsed to one space (case-sensitive).
import { readFileSync } from "node:fs";
import path from "node:path";
import { PAPER_TEXT_FILE, paperDir } from "../paths.ts";

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** True when `quote` occurs in `text`, whitespace collapsed in both. */
export function quoteOccurs(text: string, quote: string): boolean {
  const q = collapseWhitespace(quote);
  return q !== "" && collapseWhitespace(text).includes(q);
}

export function readPaperText(dir: string = paperDir()): string {
  return readFileSync(path.join(dir, PAPER_TEXT_FILE), "utf8");
}
