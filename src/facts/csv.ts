// A small CSV reader for our simple tables: comma-separated, first line a header, fields may be
// "quoted" (with "" for a quote inside, and commas or line breaks inside). Every row must have as
// many fields as the header; errors name the file, the line and the column.
import { FactsError } from "./errors.ts";

export interface CsvRow {
  /** 1-based line on which the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

export function parseCsv(text: string, file: string): CsvTable {
  const records = splitRecords(text.replace(/^\uFEFF/, ""), file);
  const first = records.shift();
  if (!first) throw new FactsError(`${file}: empty file, expected a header line`);
  const header = first.cells.map((h) => h.trim());
  header.forEach((name, i) => {
    if (name === "") throw new FactsError(`${file} line ${first.line}: column ${i + 1} of the header is empty`);
    if (header.indexOf(name) !== i) throw new FactsError(`${file} line ${first.line}: column "${name}" appears twice in the header`);
  });
  for (const row of records) checkWidth(row, header, file);
  return { file, header, rows: records };
}

function checkWidth(row: CsvRow, header: string[], file: string): void {
  const n = row.cells.length;
  if (n < header.length) {
    const missing = header
      .slice(n)
      .map((h) => `"${h}"`)
      .join(", ");
    throw new FactsError(`${file} line ${row.line}: expected ${header.length} columns but found ${n}; missing column ${missing}`);
  }
  if (n > header.length) {
    throw new FactsError(
      `${file} line ${row.line}: expected ${header.length} columns but found ${n}; ` +
        `extra column ${header.length + 1} after "${header[header.length - 1]}"`,
    );
  }
}

function splitRecords(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    // Blank lines carry no row.
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] === "\n")) {
      i += text[i] === "\r" ? 2 : 1;
      line++;
      continue;
    }
    const start = line;
    const cells: string[] = [];
    for (;;) {
      const field = readField(text, i, file, line, cells.length + 1);
      cells.push(field.value);
      i = field.end;
      line += field.newlines;
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
      else if (text[i] === "\n") i++;
      line++;
      break;
    }
    rows.push({ line: start, cells });
  }
  return rows;
}

interface Field {
  value: string;
  end: number;
  newlines: number;
}

function readField(text: string, start: number, file: string, line: number, column: number): Field {
  if (text[start] !== '"') {
    let end = start;
    while (end < text.length && text[end] !== "," && text[end] !== "\n" && !(text[end] === "\r" && text[end + 1] === "\n")) {
      if (text[end] === '"') throw new FactsError(`${file} line ${line}: column ${column}: a quote inside an unquoted field`);
      end++;
    }
    return { value: text.slice(start, end), end, newlines: 0 };
  }
  let value = "";
  let newlines = 0;
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new FactsError(`${file} line ${line}: column ${column}: quoted field is never closed`);
    const ch = text[i];
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      i++;
      break;
    }
    if (ch === "\n") newlines++;
    value += ch;
    i++;
  }
  const next = text[i];
  if (i < text.length && next !== "," && next !== "\n" && !(next === "\r" && text[i + 1] === "\n")) {
    throw new FactsError(`${file} line ${line + newlines}: column ${column}: unexpected text after a closing quote`);
  }
  return { value, end: i, newlines };
}
