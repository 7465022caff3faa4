/**
 * The middle parts of a downloadable graphic: a map's legend (lib/build/legend.ts, the story's own
 * entries and scale) and a chart drawn from its spec (chart-specs.ts, as the story's chart), each
 * as SVG text with every word as text.
 */
import type { LegendEntry, legendFor } from "../../lib/build/legend.ts";
import type { BuiltChart } from "../story/chart-specs.ts";
import { approxTextWidth } from "../share/card-text.ts";
import { GRAPHIC_COLOURS as C, GRAPHIC_PAD, GRAPHIC_WIDTH, PRINT_TEXT, TEXT_WIDTH, textBlock, type GraphicPart } from "./graphic.ts";
import { escapeXml } from "../../lib/shared/static-map-svg.ts";

/** Every text at the print size (graphic.ts): 8 pt or more across two columns. */
const LABEL_SIZE = PRINT_TEXT;
const ROW = Math.round(LABEL_SIZE * 1.55);
/** A swatch's width and height, and where its label starts. */
const SW = { w: 40, h: 26, text: 56 } as const;
/** The graphic's font (Noto Sans) has no "≥": the top class reads "30% +" instead. */
const printable = (label: string): string => label.replace(/^≥\s*(.+)$/, "$1 +");

function swatch(entry: LegendEntry, x: number, y: number): string {
  const s = entry.swatch;
  if (s.kind === "fill")
    return `<rect x="${x}" y="${y - SW.h / 2}" width="${SW.w}" height="${SW.h}" fill="${s.colour}" stroke="${s.outline ?? "none"}" stroke-width="2"/>`;
  if (s.kind === "line")
    return `<line x1="${x}" y1="${y}" x2="${x + SW.w}" y2="${y}" stroke="${s.colour}" stroke-width="${s.width * 2}"${s.dashed ? ` stroke-dasharray="8 5"` : ""}/>`;
  if (s.kind === "dot") return `<circle cx="${x + SW.w / 2}" cy="${y}" r="8" fill="#fff" stroke="${C.ink}" stroke-width="2.5"/>`;
  return `<rect x="${x}" y="${y - SW.h / 2}" width="${SW.w}" height="${SW.h}" rx="5" fill="${C.ink}"/>`;
}

/** The legend: entries in two columns, then a choropleth scale or a note with its source. */
export function legendPart(legend: ReturnType<typeof legendFor>): GraphicPart {
  const out: string[] = [];
  let y = 0;
  // Two columns where every entry's words fit one, else one.
  const widest = Math.max(0, ...legend.entries.map((e) => approxTextWidth(e.label, { fontSize: LABEL_SIZE })));
  const columns = widest + SW.text + 16 <= TEXT_WIDTH / 2 ? 2 : 1;
  const column = TEXT_WIDTH / columns;
  legend.entries.forEach((entry, k) => {
    const x = GRAPHIC_PAD + (k % columns) * column;
    const rowY = y + Math.floor(k / columns) * ROW + ROW / 2;
    out.push(
      `<g id="legend-${entry.id}">${swatch(entry, x, rowY)}<text x="${x + SW.text}" y="${rowY + Math.round(LABEL_SIZE * 0.36)}" font-size="${LABEL_SIZE}" fill="${C.ink}">${escapeXml(entry.label)}</text></g>`,
    );
  });
  y += Math.ceil(legend.entries.length / columns) * ROW;
  const note = (text: string, style: { fontSize: number; bold?: boolean; fill: string }) => {
    const block = textBlock(text, style);
    out.push(`<g transform="translate(0 ${y + 8})">${block.svg}</g>`);
    y += block.height + 8;
  };
  if (legend.ktpTitle) note(legend.ktpTitle, { fontSize: LABEL_SIZE, bold: true, fill: C.ink });
  if (legend.ktpSource) note(legend.ktpSource, { fontSize: LABEL_SIZE, fill: C.muted });
  if (legend.scale) {
    note(legend.scale.title, { fontSize: LABEL_SIZE, bold: true, fill: C.ink });
    const width = TEXT_WIDTH / legend.scale.classes.length;
    const boxes = legend.scale.classes.map((cls, k) => {
      const x = GRAPHIC_PAD + k * width;
      return `<rect x="${x}" y="${y + 10}" width="${width - 4}" height="28" fill="${cls.colour}"/><text x="${x}" y="${y + 46 + LABEL_SIZE}" font-size="${LABEL_SIZE}" fill="${C.ink}">${escapeXml(printable(cls.label))}</text>`;
    });
    out.push(`<g id="legend-scale">${boxes.join("")}</g>`);
    y += 56 + LABEL_SIZE;
    note(legend.scale.source, { fontSize: LABEL_SIZE, fill: C.muted });
  }
  return { svg: out.join(""), height: y };
}

const CHART_ROW = Math.round(LABEL_SIZE * 1.8);
const BAR = 28;
/** The bars' track never narrower than this; the labels' column between these. */
const MIN_TRACK = 320;
const LABEL_COL = { max: 420, min: 260 } as const;

/** A chart as the story draws it: a label, its value and a bar per row, an axis of ticks, the note. */
export function chartPart(chart: BuiltChart): GraphicPart {
  // The values' column as wide as its longest value (at the print size nothing may run into a bar).
  const valueCol =
    Math.ceil(Math.max(...chart.rows.map((r) => approxTextWidth(r.display, { fontSize: LABEL_SIZE, bold: r.emphasis })))) + 24;
  const labelW = Math.max(LABEL_COL.min, Math.min(LABEL_COL.max, TEXT_WIDTH - valueCol - MIN_TRACK));
  const trackX = GRAPHIC_PAD + labelW + valueCol;
  const trackW = GRAPHIC_WIDTH - GRAPHIC_PAD - trackX;
  const out: string[] = [`<g id="rows" inkscape:label="rows">`];
  let y = 0;
  for (const row of chart.rows) {
    const label = textBlock(
      row.label,
      { fontSize: LABEL_SIZE, bold: row.emphasis, fill: C.ink, lineHeight: 1.2 },
      GRAPHIC_PAD,
      labelW - 16,
    );
    const height = Math.max(CHART_ROW, label.height + 14);
    const mid = y + height / 2;
    const weight = row.emphasis ? ` font-weight="700"` : "";
    out.push(
      `<g id="row-${escapeXml(row.key.replace(/[^\w-]/g, "-"))}">`,
      `<g transform="translate(0 ${Math.round(mid - label.height / 2)})">${label.svg}</g>`,
      `<text x="${GRAPHIC_PAD + labelW}" y="${mid + Math.round(LABEL_SIZE * 0.36)}" font-size="${LABEL_SIZE}"${weight} fill="${C.ink}">${escapeXml(row.display)}</text>`,
      `<rect x="${(trackX + (row.x0 / 100) * trackW).toFixed(1)}" y="${mid - BAR / 2}" width="${(((row.x1 - row.x0) / 100) * trackW).toFixed(1)}" height="${BAR}" fill="${row.emphasis ? C.accent : C.bar}"/>`,
      "</g>",
    );
    y += height;
  }
  out.push(
    "</g>",
    `<g id="axis" inkscape:label="axis" fill="${C.muted}" font-size="${LABEL_SIZE}">`,
    `<line x1="${trackX}" x2="${trackX + trackW}" y1="${y + 6}" y2="${y + 6}" stroke="${C.muted}"/>`,
  );
  for (const tick of chart.ticks) {
    const x = trackX + (tick.x / 100) * trackW;
    const anchor = tick.align === "middle" ? "middle" : tick.align;
    // A label at a track's end stays inside the graphic.
    const fits = approxTextWidth(tick.label, { fontSize: LABEL_SIZE }) / 2 + x < GRAPHIC_WIDTH - 8 || anchor !== "middle";
    out.push(
      `<line x1="${x}" x2="${x}" y1="${y + 6}" y2="${y + 14}" stroke="${C.muted}"/><text x="${x}" y="${y + 20 + LABEL_SIZE}" text-anchor="${fits ? anchor : "end"}">${escapeXml(tick.label)}</text>`,
    );
  }
  out.push("</g>");
  y += 30 + LABEL_SIZE;
  if (chart.note) {
    const note = textBlock(chart.note, { fontSize: LABEL_SIZE, fill: C.muted });
    out.push(`<g id="note" transform="translate(0 ${y + 8})">${note.svg}</g>`);
    y += note.height + 8;
  }
  return { svg: `<g data-chart="${escapeXml(chart.id)}">${out.join("")}</g>`, height: y };
}
