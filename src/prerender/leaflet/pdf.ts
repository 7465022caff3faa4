/**
 * The leaflet as an A4 PDF for village meetings: title, the six villages' map, the findings with
 * their figures and sources, the recommendations, the citation and the story's address with a QR
 * code. Every block has a fixed box; text that would run out of its box stops the build, naming
 * the chapter and the language, rather than printing cut off.
 */
import PDFDocument from "pdfkit";
import { UI } from "../../i18n/ui.ts";
import { HANDOUT } from "../../i18n/handout.ts";
import { t } from "../../i18n/translate.ts";
import { INTL_TAG } from "../../i18n/locales.ts";
import type { LeafletContent, LeafletFinding } from "./content.ts";
import { FONT, registerLeafletFonts } from "./fonts.ts";
import { drawSvg, leafletMapSvg } from "./map.ts";
import { drawQr } from "./qr.ts";

/** A4 in points, and the printable area most office printers can reach. */
const PAGE = { width: 595.28, height: 841.89, margin: 40 };
const WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin - 14;
const INK = "#1f1c17";
const MUTED = "#55504a";
const ACCENT = "#b8430c";
const RULE = "#ddd5c4";
export const LEAFLET_MAX_PAGES = 4;
/** The map is drawn at 800 px wide, as tall as page 1 allows (at most 540 px) with the first findings below. */
const MAP = { width: 800, maxHeight: 540, minHeight: 380 };
/** Type sizes: running text at least 11 pt, sources and credits at least 8 pt, so the leaflet reads when photocopied. */
export const LEAFLET_TYPE = { body: 11, small: 8 } as const;
const FINDING = { width: (WIDTH - 14) / 2, height: 132, gap: 12, pad: 10 };
const RECOMMENDATIONS_HEIGHT = 300;
/** The address, QR code and citation at the foot of the last page. */
const CLOSING_HEIGHT = 140;

type Doc = InstanceType<typeof PDFDocument>;

export async function renderLeaflet(content: LeafletContent): Promise<Buffer> {
  const { locale } = content;
  const where = `leaflet (${locale})`;
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    lang: INTL_TAG[locale],
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: t(UI, locale, "site.title"),
      Author: t(UI, locale, "site.byline"),
      Subject: t(UI, locale, "site.description"),
      Keywords: content.address,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  registerLeafletFonts(doc);

  let y = header(doc, content);
  y = map(doc, content, y);
  y = heading(doc, t(HANDOUT, locale, "leaflet.findings"), y + 4);
  content.findings.forEach((f, k) => {
    if (k % 2 === 0 && y + FINDING.height > BOTTOM) {
      doc.addPage();
      y = PAGE.margin;
    }
    finding(doc, f, PAGE.margin + (k % 2) * (FINDING.width + FINDING.gap), y, content);
    if (k % 2 === 1 || k === content.findings.length - 1) y += FINDING.height + FINDING.gap;
  });
  if (y + 24 + recommendationsHeight(doc, content) + CLOSING_HEIGHT > BOTTOM) {
    doc.addPage();
    y = PAGE.margin;
  }
  y = recommendations(doc, content, y + 4);
  closing(doc, content, Math.max(y + 12, BOTTOM - CLOSING_HEIGHT));

  const pages = doc.bufferedPageRange().count;
  if (pages > LEAFLET_MAX_PAGES) throw new Error(`${where}: ${pages} pages, over the ${LEAFLET_MAX_PAGES} a meeting can be handed`);
  for (let p = 0; p < pages; p++) {
    doc.switchToPage(p);
    // The page number sits in the bottom margin: without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(LEAFLET_TYPE.small).fillColor(MUTED);
    doc.text(t(HANDOUT, locale, "leaflet.page", { page: p + 1, pages }), PAGE.margin, PAGE.height - PAGE.margin - 4, {
      width: WIDTH,
      align: "right",
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}

function header(doc: Doc, { locale }: LeafletContent): number {
  let y = PAGE.margin;
  doc
    .font(FONT.semibold)
    .fontSize(9)
    .fillColor(MUTED)
    .text(t(UI, locale, "site.kicker").toUpperCase(), PAGE.margin, y, { width: WIDTH, characterSpacing: 0.6 });
  y = doc.y + 4;
  doc
    .font(FONT.bold)
    .fontSize(26)
    .fillColor(INK)
    .text(t(UI, locale, "site.title"), PAGE.margin, y, { width: WIDTH, lineGap: -2 });
  y = doc.y + 6;
  doc
    .font(FONT.regular)
    .fontSize(LEAFLET_TYPE.body)
    .fillColor(MUTED)
    .text(t(UI, locale, "site.dek"), PAGE.margin, y, { width: WIDTH, lineGap: 1 });
  y = doc.y + 4;
  doc
    .font(FONT.italic)
    .fontSize(9)
    .text(t(UI, locale, "site.byline"), PAGE.margin, y, { width: WIDTH });
  return doc.y + 10;
}

function heading(doc: Doc, text: string, y: number): number {
  doc.font(FONT.bold).fontSize(13).fillColor(INK).text(text, PAGE.margin, y, { width: WIDTH });
  return doc.y + 5;
}

function map(doc: Doc, content: LeafletContent, top: number): number {
  const { locale, mapChapter } = content;
  const where = `leaflet (${locale}), chapter "${mapChapter.slug}"`;
  let y = heading(doc, t(HANDOUT, locale, "leaflet.mapTitle"), top);
  const caption = (draw: boolean): number => {
    const description = doc.font(FONT.regular).fontSize(LEAFLET_TYPE.body).fillColor(MUTED);
    if (!draw)
      return (
        description.heightOfString(mapChapter.map.description, { width: WIDTH, lineGap: 0.5 }) +
        doc.fontSize(LEAFLET_TYPE.small).heightOfString(t(UI, locale, "map.credit"), { width: WIDTH })
      );
    description.text(mapChapter.map.description, PAGE.margin, y, { width: WIDTH, lineGap: 0.5 });
    doc.fontSize(LEAFLET_TYPE.small).text(t(UI, locale, "map.credit"), { width: WIDTH });
    return 0;
  };
  // Room for the caption, the findings' heading and their first row below the map.
  const room = BOTTOM - y - 5 - caption(false) - 8 - 4 - 26 - FINDING.height;
  const height = Math.min((WIDTH * MAP.maxHeight) / MAP.width, room);
  const size = { width: MAP.width, height: Math.round((MAP.width * height) / WIDTH) };
  if (size.height < MAP.minHeight) throw new Error(`${where}: the title and the map's caption leave the map too little room on page 1`);
  drawSvg(doc, leafletMapSvg(mapChapter.map, mapChapter.title, locale, size), PAGE.margin, y, WIDTH, height, where);
  doc.rect(PAGE.margin, y, WIDTH, height).lineWidth(0.5).strokeColor(RULE).stroke();
  y += height + 5;
  caption(true);
  return doc.y + 8;
}

/** One finding in its box: the chapter, the key figure large, what it counts, the source. */
function finding(doc: Doc, f: LeafletFinding, x: number, y: number, { locale }: LeafletContent): void {
  const w = FINDING.width - 2 * FINDING.pad;
  const parts: [string, number, string, string][] = [
    [FONT.semibold, 9, MUTED, f.title],
    [FONT.bold, 24, ACCENT, f.display],
    [FONT.semibold, LEAFLET_TYPE.body, INK, f.label],
    [FONT.italic, LEAFLET_TYPE.small, MUTED, `${t(HANDOUT, locale, "leaflet.source")}: ${f.source}`],
  ];
  const gaps = [1, 0, 5, 0];
  const need = parts.reduce(
    (sum, [font, size, , text], k) => sum + doc.font(font).fontSize(size).heightOfString(text, { width: w }) + gaps[k]!,
    0,
  );
  const room = FINDING.height - 2 * FINDING.pad;
  if (need > room)
    throw new Error(
      `leaflet (${locale}): the finding of chapter "${f.slug}" is ${Math.ceil(need - room)} pt too long for its box on the leaflet`,
    );
  doc.rect(x, y, FINDING.width, FINDING.height).lineWidth(0.75).strokeColor(RULE).stroke();
  doc.rect(x, y, 3, FINDING.height).fill(ACCENT);
  let ty = y + FINDING.pad;
  parts.forEach(([font, size, colour, text], k) => {
    doc
      .font(font)
      .fontSize(size)
      .fillColor(colour)
      .text(text, x + FINDING.pad, ty, { width: w });
    ty = doc.y + gaps[k]!;
  });
}

const REC = { size: LEAFLET_TYPE.body, indent: 12, gap: 5 };
const recOptions = { width: WIDTH - REC.indent, lineGap: 1 };

/** The height the recommendations take; more than their box stops the build. */
function recommendationsHeight(doc: Doc, { locale, recommendations }: LeafletContent): number {
  const need = recommendations.reduce(
    (sum, r) => sum + doc.font(FONT.bold).fontSize(REC.size).heightOfString(`${r.lead} ${r.text}`, recOptions) + REC.gap,
    0,
  );
  if (need > RECOMMENDATIONS_HEIGHT) {
    throw new Error(
      `leaflet (${locale}): the recommendations of chapter "recommendations" are ${Math.ceil(need - RECOMMENDATIONS_HEIGHT)} pt too long for their box`,
    );
  }
  return need;
}

/** The authors' recommendations, each with its lead in bold. */
function recommendations(doc: Doc, content: LeafletContent, top: number): number {
  let y = heading(doc, t(HANDOUT, content.locale, "leaflet.recommendations"), top);
  for (const r of content.recommendations) {
    doc.circle(PAGE.margin + 3, y + 6, 2).fill(ACCENT);
    doc
      .font(FONT.bold)
      .fontSize(REC.size)
      .fillColor(INK)
      .text(`${r.lead} `, PAGE.margin + REC.indent, y, { ...recOptions, continued: true });
    doc.font(FONT.regular).text(r.text, recOptions);
    y = doc.y + REC.gap;
  }
  return y;
}

/** The story's address with its QR code, and how to cite the study. */
function closing(doc: Doc, { locale, address, citation }: LeafletContent, y: number): void {
  const qr = 118;
  const textWidth = WIDTH - qr - 16;
  doc
    .moveTo(PAGE.margin, y)
    .lineTo(PAGE.margin + WIDTH, y)
    .lineWidth(0.75)
    .strokeColor(RULE)
    .stroke();
  const top = y + 10;
  doc
    .font(FONT.semibold)
    .fontSize(LEAFLET_TYPE.body)
    .fillColor(INK)
    .text(t(HANDOUT, locale, "leaflet.readOnline"), PAGE.margin, top, { width: textWidth });
  doc.font(FONT.bold).fontSize(12).fillColor(ACCENT).text(address, { width: textWidth, link: address });
  doc.moveDown(0.6);
  doc
    .font(FONT.semibold)
    .fontSize(9)
    .fillColor(INK)
    .text(t(HANDOUT, locale, "leaflet.cite"), { width: textWidth });
  doc.font(FONT.regular).fontSize(LEAFLET_TYPE.small).fillColor(MUTED).text(citation, { width: textWidth, lineGap: 0.5 });
  if (doc.y > BOTTOM) throw new Error(`leaflet (${locale}): the address and citation run past the page's foot`);
  drawQr(doc, address, PAGE.margin + WIDTH - qr, top - 6, qr);
  doc
    .font(FONT.regular)
    .fontSize(LEAFLET_TYPE.small)
    .fillColor(MUTED)
    .text(t(HANDOUT, locale, "leaflet.qrLabel"), PAGE.margin + WIDTH - qr, top - 6 + qr + 2, { width: qr, align: "center" });
}
