// Reads numbers the way the paper writes them, so a quote can be checked against its value:
// English "28.3", "3,955.35", "IDR 100,000", "Rp. 5,000,000"; Indonesian "Rp 100.000", "27,49";
// and small numbers spelled out ("six villages", "enam desa").
import { FactsError } from "./errors.ts";

export interface PaperNumber {
  /** The text as it appears in the quote. */
  text: string;
  value: number;
  /** Offset of `text` in the quote. */
  index: number;
}

const WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
};

// Digits glued to a letter are part of a name, not a number: "km2", "N4".
const TOKEN = new RegExp(`(?<!\\p{L})\\d+(?:[.,]\\d+)*|\\b(?:${Object.keys(WORDS).join("|")})\\b`, "giu");
const CURRENCY_BEFORE = /(?:\bRp\.?|\bIDR)\s*$/i;

/** Every number in `text`, in order. */
export function findPaperNumbers(text: string): PaperNumber[] {
  const found: PaperNumber[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const index = m.index;
    const word = WORDS[token.toLowerCase()];
    const value = word ?? readDigits(token, CURRENCY_BEFORE.test(text.slice(0, index)));
    found.push({ text: token, value, index });
  }
  return found;
}

/** The one number a quote states; throws when it holds none or several. */
export function parsePaperNumber(quote: string): number {
  const found = findPaperNumbers(quote);
  const only = found[0];
  if (found.length === 1 && only) return only.value;
  if (found.length === 0) throw new FactsError(`quote "${quote}" contains no number`);
  const list = found.map((f) => f.text).join(", ");
  throw new FactsError(`quote "${quote}" contains ${found.length} numbers (${list}); a quote must state exactly one`);
}

function readDigits(token: string, afterCurrency: boolean): number {
  const hasDot = token.includes(".");
  const hasComma = token.includes(",");
  if (!hasDot && !hasComma) return Number(token);
  let decimal: string | null;
  let group: string;
  if (hasDot && hasComma) {
    // "3,955.35" (English) or "1.000,50" (Indonesian): the last separator is the decimal one.
    decimal = token.lastIndexOf(".") > token.lastIndexOf(",") ? "." : ",";
    group = decimal === "." ? "," : ".";
  } else {
    const sep = hasDot ? "." : ",";
    // Repeated separators only group digits ("5,000,000"). A single one groups thousands when it is
    // a comma ("100,000") or follows a currency sign ("Rp 100.000"); otherwise it is a decimal
    // point ("28.3", "27,49").
    const groups = token.split(sep).length > 2 || (isGrouped(token, sep) && (sep === "," || afterCurrency));
    decimal = groups ? null : sep;
    group = groups ? sep : sep === "." ? "," : ".";
  }
  const cut = decimal === null ? token.length : token.lastIndexOf(decimal);
  const whole = token.slice(0, cut);
  const fraction = token.slice(cut + 1);
  if (decimal !== null && whole.includes(decimal)) {
    throw new FactsError(`cannot read "${token}": more than one decimal separator`);
  }
  if (whole.includes(group) && !isGrouped(whole, group)) {
    throw new FactsError(`cannot read "${token}": digit groups must have three digits`);
  }
  return Number(whole.replaceAll(group, "") + (fraction ? `.${fraction}` : ""));
}

/** "1,000,000" with sep ",": 1–3 leading digits then groups of exactly three. */
function isGrouped(digits: string, sep: string): boolean {
  const parts = digits.split(sep);
  const head = parts[0] ?? "";
  return head.length >= 1 && head.length <= 3 && parts.slice(1).every((p) => p.length === 3);
}
