/**
 * A small RFC 4180 CSV writer: a header line and rows, CRLF after every record (the RFC's line
 * break, used throughout). A field is quoted only when it must be: when it holds a comma, a double
 * quote (doubled inside), a line break, or starts or ends with a space (which some readers trim).
 * Numbers are written plainly (27.49, 200000): no grouping, no locale, no exponent. Pure.
 */

export type CsvValue = string | number | null | undefined;

export const CSV_EOL = "\r\n";

export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`csv: ${value} is not a finite number`);
  const text = String(value);
  // String() switches to exponent notation below 1e-6 and from 1e21: spell such values out.
  if (!/e/i.test(text)) return text;
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? csvNumber(value) : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(",");
}

/** The whole file: header first; every row must have as many fields as the header. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  if (header.length === 0) throw new Error("csv: the header has no columns");
  rows.forEach((row, i) => {
    if (row.length !== header.length) throw new Error(`csv: row ${i + 1} has ${row.length} fields, the header ${header.length}`);
  });
  return [header, ...rows].map((r) => csvRecord(r) + CSV_EOL).join("");
}
