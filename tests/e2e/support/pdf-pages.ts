/** The pages of a PDF as poppler (Debian's poppler-utils) sees them: how far down each is filled, and its text. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface PdfPage {
  /** 1-based */
  number: number;
  /** the lowest inked row, as a share of the page's height (0–1) */
  filledTo: number;
  /** the page's non-empty lines of text, top to bottom */
  lines: string[];
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  const dir = mkdtempSync(path.join(tmpdir(), "print-"));
  try {
    const file = path.join(dir, "story.pdf");
    writeFileSync(file, pdf);
    execFileSync("pdftoppm", ["-gray", "-r", "24", file, path.join(dir, "p")]);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f");
    const images = readdirSync(dir)
      .filter((f) => f.endsWith(".pgm"))
      .sort();
    return images.map((name, i) => ({
      number: i + 1,
      filledTo: filledTo(readFileSync(path.join(dir, name))),
      lines: (text[i] ?? "")
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PGM (P5, 8-bit): the lowest row with a pixel darker than light grey, as a share of the height. */
function filledTo(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm wrote no binary PGM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let last = 0;
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * width, (y + 1) * width);
    if (row.some((v) => v < 200)) last = y;
  }
  return last / height;
}
