/**
 * The middle parts of a downloadable graphic: a map's legend (lib/legend.ts, the story's own
 * entries and scale) and a chart drawn from its spec (chart-specs.ts, as the story's chart), each
 * as SVG text with every word as text.
 */
import type { LegendEntry, legendFor } from "../lib/legend.ts";
import type { BuiltChart } from "./chart-specs.ts";
import { approxTextWidth } from "./card-text.ts";
import { GRAPHIC_COLOURS as C, GRAPHIC_PAD, GRAPHIC_WIDTH, TEXT_WIDTH, textBlock, type GraphicPart } from "./graphic.ts";
import { escapeXml } from "../lib/static-map-svg.ts";

const ROW = 34;
/** The graphic's font (Noto Sans) has no "≥": the top class reads "30% +" instead. */
const printable = (label: string): string => label.replace(/^≥\s*(.+)$/, "$1 +");
const LABEL_SIZE = 18;

function swatch(entry: LegendEntry, x: number, y: number): string {
  const s = entry.swatch;
  if (s.kind === "fill")
    return `<rect x="${x}" y="${y - 9}" width="28" height="18" fill="${s.colour}" stroke="${s.outline ?? "none"}" stroke-width="1.5"/>`;
  if (s.kind === "line")
    return `<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${s.colour}" stroke-width="${s.width * 1.5}"${s.dashed ? ` stroke-dasharray="6 4"` : ""}/>`;
  if (s.kind === "dot") return `<circle cx="${x + 14}" cy="${y}" r="6" fill="#fff" stroke="${C.ink}" stroke-width="2"/>`;
  return `<rect x="${x}" y="${y - 10}" width="28" height="20" rx="4" fill="${C.ink}"/>`;
}

/** The legend: entries in two columns, then a choropleth scale or a note with its source. */
export function legendPart(legend: ReturnType<typeof legendFor>): GraphicPart {
  const out: string[] = [];
  let y = 0;
  const column = TEXT_WIDTH / 2;
  legend.entries.forEach((entry, k) => {
    const x = GRAPHIC_PAD + (k % 2) * column;
    const rowY = y + Math.floor(k / 2) * ROW + ROW / 2;
    out.push(
      `<g id="legend-${entry.id}">${swatch(entry, x, rowY)}<text x="${x + 40}" y="${rowY + 6}" font-size="${LABEL_SIZE}" fill="${C.ink}">${escapeXml(entry.label)}</text></g>`,
    );
  });
  y += Math.ceil(legend.entries.length / 2) * ROW;
  const note = (text: string, style: { fontSize: number; bold?: boolean; fill: string }) => {
    const block = textBlock(text, style);
    out.push(`<g transform="translate(0 ${y + 8})">${block.svg}</g>`);
    y += block.height + 8;
  };
  if (legend.ktpTitle) note(legend.ktpTitle, { fontSize: LABEL_SIZE, bold: true, fill: C.ink });
  if (legend.ktpSource) note(legend.ktpSource, { fontSize: 16, fill: C.muted });
  if (legend.scale) {
    note(legend.scale.title, { fontSize: LABEL_SIZE, bold: true, fill: C.ink });
    const width = TEXT_WIDTH / legend.scale.classes.length;
    const boxes = legend.scale.classes.map((cls, k) => {
      const x = GRAPHIC_PAD + k * width;
      return `<rect x="${x}" y="${y + 10}" width="${width - 4}" height="22" fill="${cls.colour}"/><text x="${x}" y="${y + 56}" font-size="16" fill="${C.ink}">${escapeXml(printable(cls.label))}</text>`;
    });
    out.push(`<g id="legend-scale">${boxes.join("")}</g>`);
    y += 64;
    note(legend.scale.source, { fontSize: 16, fill: C.muted });
  }
  return { svg: out.join(""), height: y };
}

const CHART_ROW = 44;
const LABEL_COL = 430;
const VALUE_COL = 200;

/** A chart as the story draws it: a label, its value and a bar per row, an axis of ticks, the note. */
export function chartPart(chart: BuiltChart): GraphicPart {
  const trackX = GRAPHIC_PAD + LABEL_COL + VALUE_COL;
  const trackW = GRAPHIC_WIDTH - GRAPHIC_PAD - trackX;
  const out: string[] = [`<g id="rows" inkscape:label="rows">`];
  let y = 0;
  for (const row of chart.rows) {
    const label = textBlock(
      row.label,
      { fontSize: LABEL_SIZE, bold: row.emphasis, fill: C.ink, lineHeight: 1.2 },
      GRAPHIC_PAD,
      LABEL_COL - 16,
    );
    const height = Math.max(CHART_ROW, label.height + 14);
    const mid = y + height / 2;
    const weight = row.emphasis ? ` font-weight="700"` : "";
    out.push(
      `<g id="row-${escapeXml(row.key.replace(/[^\w-]/g, "-"))}">`,
      `<g transform="translate(0 ${Math.round(mid - label.height / 2)})">${label.svg}</g>`,
      `<text x="${GRAPHIC_PAD + LABEL_COL}" y="${mid + 6}" font-size="${LABEL_SIZE}"${weight} fill="${C.ink}">${escapeXml(row.display)}</text>`,
      `<rect x="${(trackX + (row.x0 / 100) * trackW).toFixed(1)}" y="${mid - 11}" width="${(((row.x1 - row.x0) / 100) * trackW).toFixed(1)}" height="22" fill="${row.emphasis ? C.accent : C.bar}"/>`,
      "</g>",
    );
    y += height;
  }
  out.push(
    "</g>",
    `<g id="axis" inkscape:label="axis" fill="${C.muted}" font-size="16">`,
    `<line x1="${trackX}" x2="${trackX + trackW}" y1="${y + 6}" y2="${y + 6}" stroke="${C.muted}"/>`,
  );
  for (const tick of chart.ticks) {
    const x = trackX + (tick.x / 100) * trackW;
    const anchor = tick.align === "middle" ? "middle" : tick.align;
    // A label at a track's end stays inside the graphic.
    const fits = approxTextWidth(tick.label, { fontSize: 16 }) / 2 + x < GRAPHIC_WIDTH - 8 || anchor !== "middle";
    out.push(
      `<line x1="${x}" x2="${x}" y1="${y + 6}" y2="${y + 14}" stroke="${C.muted}"/><text x="${x}" y="${y + 34}" text-anchor="${fits ? anchor : "end"}">${escapeXml(tick.label)}</text>`,
    );
  }
  out.push("</g>");
  y += 44;
  if (chart.note) {
    const note = textBlock(chart.note, { fontSize: 16, fill: C.muted });
    out.push(`<g id="note" transform="translate(0 ${y + 8})">${note.svg}</g>`);
    y += note.height + 8;
  }
  return { svg: `<g data-chart="${escapeXml(chart.id)}">${out.join("")}</g>`, height: y };
}
