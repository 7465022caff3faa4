/**
 * A tokenizer for the subset of MySQL that database dumps use: comments (`--`, `#`, `/* … *\/`),
 * single-quoted strings (doubled quotes and backslash escapes), backquoted identifiers, numbers,
 * bare words and punctuation. Every token carries its line so errors can point at the row.
 */
import { DataError } from "./data-error.ts";

export type SqlToken =
  | { kind: "string"; value: string; line: number }
  | { kind: "number"; value: number; text: string; line: number }
  | { kind: "word"; value: string; line: number }
  | { kind: "punct"; value: "(" | ")" | "," | ";" | "."; line: number };

const ESCAPES: Record<string, string> = {
  "0": "\0",
  "'": "'",
  '"': '"',
  b: "\b",
  n: "\n",
  r: "\r",
  t: "\t",
  Z: "\x1a",
  "\\": "\\",
  // MySQL keeps the backslash before % and _ (they matter only in LIKE patterns).
  "%": "\\%",
  _: "\\_",
};

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;

export function* tokenizeSql(text: string, file: string): Generator<SqlToken> {
  let i = 0;
  let line = 1;
  let lastStringLine = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === "\n") {
      line++;
      i++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v" || c === "\uFEFF") {
      i++;
      continue;
    }
    if ((c === "-" && text[i + 1] === "-" && /[\s]/.test(text[i + 2] ?? "\n")) || c === "#") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const startLine = line;
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw new DataError({ file, line: startLine }, "unterminated /* comment */");
      for (let k = i; k < end; k++) if (text[k] === "\n") line++;
      i = end + 2;
      continue;
    }
    if (c === "'") {
      const startLine = line;
      let value = "";
      i++;
      for (;;) {
        if (i >= n) {
          throw new DataError({ file, line: startLine }, "unbalanced quote: string opened here is never closed");
        }
        const d = text[i]!;
        if (d === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (d === "\\") {
          const e = text[i + 1];
          if (e === undefined) continue; // reaches the unbalanced-quote error above
          value += ESCAPES[e] ?? e;
          if (e === "\n") line++;
          i += 2;
          continue;
        }
        if (d === "\n") line++;
        value += d;
        i++;
      }
      lastStringLine = line;
      yield { kind: "string", value, line: startLine };
      continue;
    }
    if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end < 0) throw new DataError({ file, line }, "unbalanced backquote in identifier");
      yield { kind: "word", value: text.slice(i + 1, end), line };
      i = end + 1;
      continue;
    }
    if (c === "(" || c === ")" || c === "," || c === ";" || c === ".") {
      if (c === "." && /\d/.test(text[i + 1] ?? "")) {
        // a number such as .5, read below
      } else {
        yield { kind: "punct", value: c, line };
        i++;
        continue;
      }
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(text);
    if (num && (c === "-" || c === "+" || c === "." || /\d/.test(c))) {
      yield { kind: "number", value: Number(num[0]), text: num[0], line };
      i += num[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      yield { kind: "word", value: word[0], line };
      i += word[0].length;
      continue;
    }
    // Operators such as `=` or `<` occur in statements the pipeline skips (DELETE … WHERE).
    if ("=<>!*+-/%".includes(c)) {
      yield { kind: "word", value: c, line };
      i++;
      continue;
    }
    const hint = lastStringLine === line ? " after a quoted string on this line (unbalanced quote?)" : "";
    throw new DataError({ file, line }, `unexpected character ${JSON.stringify(c)}${hint}`);
  }
}
