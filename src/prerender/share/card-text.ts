/**
 * Text on a share card, measured and wrapped without a layout engine (resvg draws text but does
 * not wrap it). Pure.
 */
/**
 * Approximate advance widths, in em, of Noto Sans Bold and Regular by classes of characters:
 * measured with resvg, then each class given the width of its widest member, so a width comes out
 * a little large, never small. Anything else counts as wide.
 */
const CHAR_CLASSES: [chars: RegExp, bold: number, regular: number][] = [
  [/\s/, 0.27, 0.27],
  [/[ijl.,:;'!|]/, 0.31, 0.28],
  [/[I]/, 0.4, 0.35],
  [/[frtJ()[\]\-"/]/, 0.46, 0.42],
  [/[csz]/, 0.53, 0.49],
  [/[0-9]/, 0.58, 0.58],
  [/[mw]/, 0.98, 0.94],
  [/[MW%]/, 0.98, 0.94],
  [/[…&]/, 0.87, 0.8],
  [/[a-z]/, 0.66, 0.62],
  [/[A-Z]/, 0.82, 0.79],
];
const OTHER_CHAR: [bold: number, regular: number] = [0.75, 0.72];

export interface TextStyle {
  fontSize: number;
  bold?: boolean;
  /** extra px after each character (SVG letter-spacing) */
  tracking?: number;
}

/** The approximate width in px of `text` set in Noto Sans in the style given. */
export function approxTextWidth(text: string, { fontSize, bold = false, tracking = 0 }: TextStyle): number {
  let em = 0;
  let count = 0;
  for (const ch of text) {
    const cls = CHAR_CLASSES.find(([re]) => re.test(ch));
    em += cls ? (bold ? cls[1] : cls[2]) : OTHER_CHAR[bold ? 0 : 1];
    count++;
  }
  return em * fontSize + tracking * count;
}

export const ELLIPSIS = "…";

/** Splits a word too long for any line into pieces that each fit (at least one character each). */
function breakWord(word: string, maxWidth: number, measure: (s: string) => number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap: as many words on each line as fit in `maxWidth` by `measure`. A word wider
 * than a line is split across lines. Past `maxLines`, the last line kept ends with an ellipsis
 * (and still fits). Whitespace runs become single spaces.
 */
export function wrapWords(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const limit = Math.max(1, Math.floor(maxLines));
  const words = text.split(/\s+/).filter(Boolean);
  const pieces = words.flatMap((w) => (measure(w) <= maxWidth ? [w] : breakWord(w, maxWidth, measure)));
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    const candidate = line ? `${line} ${piece}` : piece;
    if (!line || measure(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= limit) return lines;

  const kept = lines.slice(0, limit);
  let last = kept[limit - 1]!;
  while (last && measure(last.replace(/[\s,;:.\-–—]+$/, "") + ELLIPSIS) > maxWidth) {
    const cut = last.lastIndexOf(" ");
    last = cut > 0 ? last.slice(0, cut) : [...last].slice(0, -1).join("");
  }
  kept[limit - 1] = last.replace(/[\s,;:.\-–—]+$/, "") + ELLIPSIS;
  return kept;
}

/**
 * The narrowest width that still wraps `text` into no more lines than `maxWidth` does: lines of
 * even length instead of a full line over a lone word (like CSS `text-wrap: balance`).
 */
export function balancedWidth(text: string, maxWidth: number, measure: (s: string) => number): number {
  const count = (width: number) => wrapWords(text, width, Number.POSITIVE_INFINITY, measure).length;
  const lines = count(maxWidth);
  // never narrower than the widest word, which would split it
  const widest = Math.min(maxWidth, Math.max(0, ...text.split(/\s+/).filter(Boolean).map(measure)));
  if (count(widest) <= lines) return widest;
  let lo = widest;
  let hi = maxWidth;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (count(mid) <= lines) hi = mid;
    else lo = mid;
  }
  return hi;
}
