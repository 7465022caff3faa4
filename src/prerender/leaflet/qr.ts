/**
 * The story's address as a QR code drawn in vectors (crisp at any printer's resolution), with the
 * quiet zone of four modules that phone cameras need. Error correction M: a photocopy or a fold
 * still scans.
 */
import QRCode from "qrcode";

interface PdfRects {
  rect(x: number, y: number, w: number, h: number): PdfRects;
  fill(colour?: string): PdfRects;
  save(): PdfRects;
  restore(): PdfRects;
}

export const QR_QUIET_MODULES = 4;

/** The dark modules of the code for `text`, row by row, with the number of modules a side. */
export function qrModules(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}

/** Draws the code in a square of `side` points (quiet zone included) with its top-left at x, y. */
export function drawQr(doc: PdfRects, text: string, x: number, y: number, side: number): void {
  const { size, dark } = qrModules(text);
  const unit = side / (size + 2 * QR_QUIET_MODULES);
  doc.save();
  doc.rect(x, y, side, side).fill("#ffffff");
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (dark(row, col)) doc.rect(x + (col + QR_QUIET_MODULES) * unit, y + (row + QR_QUIET_MODULES) * unit, unit, unit);
    }
  }
  doc.fill("#000000");
  doc.restore();
}
