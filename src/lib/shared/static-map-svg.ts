/**
 * A static map frame as an SVG document: paths in groups of one style, drawn in order, and
 * labels with a halo. A shape drawn twice (a fill, then its outline above other layers) is written
 * once and reused by reference, and the features drawn by the same groups are one path: the file
 * is smaller and, since an SVG image is parsed, laid out and painted on the page's main thread,
 * quicker to show. Pure string building; every text is escaped.
 */
import type { LabelTier, StaticMapOutput } from "./static-map.ts";
import { LABEL_METRICS, type DrawnLabel } from "./label-placement.ts";

export interface PathStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export function staticMapSvg(map: StaticMapOutput, styles: Record<string, PathStyle>, background: string, title: string): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${map.width}" height="${map.height}" fill="${background}"/>`,
  ];
  for (const run of shapeRuns(map.paths)) {
    const s = styles[run.className];
    if (!s) throw new Error(`static map: no style for "${run.className}"`);
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : "";
    out.push(
      `<g class="${run.className}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}" stroke-linejoin="round"${dash}>`,
    );
    for (const shape of run.shapes) {
      if ("ref" in shape) out.push(`<use href="#${shape.ref}"/>`);
      else out.push(shape.id ? `<path id="${shape.id}" d="${shape.d}"/>` : `<path d="${shape.d}"/>`);
    }
    out.push("</g>");
  }
  if (map.labelTiers) out.push(...labelTierGroups(map.labelTiers));
  else
    out.push(
      labelGroup(
        map.labels.map((l) => ({
          ...l,
          side: l.side ?? (l.className === "label-voice" ? "badge" : isPlace(l.className) ? "centre" : "right"),
        })),
        1,
        "",
      ),
    );
  out.push("</svg>");
  return out.join("");
}

/** A path written here (with an id where a later group draws it again), or one written earlier, drawn again by reference. */
type Shape = { d: string; id?: string } | { ref: string };

/**
 * The paths as groups of one style each (a run of consecutive paths of one class), each group's
 * features merged into as few shapes as keep the drawing the same: the features drawn by exactly
 * the same groups become one path. A frame of 60 features in 4 styles was hundreds of elements to
 * lay out and paint; one path of many outlines also draws neighbours without a hairline seam
 * between their fills. The same drawing, because the frames' colours are opaque and the features
 * of one layer do not overlap: where a translucent fill or overlapping shapes came, merged
 * overlaps would be painted once, not twice.
 */
function shapeRuns(paths: StaticMapOutput["paths"]): { className: string; shapes: Shape[] }[] {
  const runs: { className: string; ds: string[] }[] = [];
  for (const p of paths) {
    if (!p.d.startsWith("M"))
      throw new Error(`static map: the path of "${p.id}" (${p.className}) does not start with an absolute move ("${p.d.slice(0, 12)}…")`);
    const last = runs.at(-1);
    if (last?.className === p.className) last.ds.push(p.d);
    else runs.push({ className: p.className, ds: [p.d] });
  }
  // The groups that draw each feature: features drawn by the same groups are one shape.
  const drawnIn = new Map<string, number[]>();
  runs.forEach((run, k) => {
    for (const d of run.ds) {
      const list = drawnIn.get(d) ?? [];
      if (list.at(-1) !== k) list.push(k);
      drawnIn.set(d, list);
    }
  });
  const ids = new Map<string, string>();
  return runs.map((run) => {
    const merged = new Map<string, string[]>();
    for (const d of new Set(run.ds)) {
      const key = drawnIn.get(d)!.join(" ");
      const ds = merged.get(key);
      if (ds) ds.push(d);
      else merged.set(key, [d]);
    }
    const shapes = [...merged].map(([key, ds]): Shape => {
      const id = ids.get(key);
      if (id) return { ref: id };
      if (!key.includes(" ")) return { d: ds.join("") };
      const fresh = `s${ids.size}`;
      ids.set(key, fresh);
      return { d: ds.join(""), id: fresh };
    });
    return { className: run.className, shapes };
  });
}

const isPlace = (className: string): boolean => className === "label-island" || className === "label-country";
const n = (v: number): number => Math.round(v * 10) / 10;

/**
 * One group of names per range of on-screen widths, shown by a media query inside the SVG (an
 * SVG image's media queries measure the image as drawn): the widest set shows by default, so a
 * renderer without CSS media queries (resvg, for the share cards) draws that one alone.
 */
function labelTierGroups(tiers: readonly LabelTier[]): string[] {
  const sorted = [...tiers].sort((a, b) => b.minWidth - a.minWidth);
  const rules = sorted.slice(1).map((t, k) => {
    const range = [`(min-width: ${t.minWidth}px)`, t.maxWidth !== undefined ? `(max-width: ${t.maxWidth - 0.02}px)` : ""]
      .filter((r) => r && !r.startsWith("(min-width: 0px"))
      .join(" and ");
    return `@media ${range || "all"} { .labels-${k + 1} { display: inline; } }`;
  });
  const widest = sorted[0]!;
  const hideWidest = `@media (max-width: ${widest.minWidth - 0.02}px) { .labels-0 { display: none; } }`;
  return [
    `<style>${hideWidest} ${rules.join(" ")}</style>`,
    ...sorted.map((t, k) => labelGroup(t.labels, t.scale, ` class="labels-${k}"${k > 0 ? ' display="none"' : ""}`)),
  ];
}

function labelGroup(labels: readonly DrawnLabel[], k: number, attributes: string): string {
  const out = [
    `<g${attributes} font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="${n(LABEL_METRICS.font * k)}" fill="#1f1c17">`,
  ];
  const gap = LABEL_METRICS.gap * k;
  const font = LABEL_METRICS.font * k;
  // The text's middle on its point: its baseline about a third of its size below.
  const baseline = (y: number): number => n(y + font * 0.36);
  for (const l of labels) {
    if (l.side === "badge") {
      // An interviewee badge, right-aligned 8 px left of the village's point (as on the live map).
      const m = LABEL_METRICS.badge;
      out.push(
        `<rect x="${n(l.x - m.left * k)}" y="${n(l.y - m.half * k)}" width="${n((m.left - m.right) * k)}" height="${n(2 * m.half * k)}" rx="${n(3 * k)}" fill="#1f1c17"/>`,
      );
      out.push(
        `<text x="${n(l.x - 21 * k)}" y="${n(l.y + 5 * k)}" text-anchor="middle" font-weight="700" font-size="${n(12 * k)}" fill="#fff">${escapeXml(l.text)}</text>`,
      );
      continue;
    }
    // Where placed (label-placement.ts), else the wide frame's spots: right of the dot, or centred.
    const at =
      l.textAt ??
      (l.side === "centre" ? { x: l.x, y: baseline(l.y), anchor: "middle" } : { x: n(l.x + gap), y: baseline(l.y), anchor: "start" });
    const anchor = at.anchor === "start" ? "" : ` text-anchor="${at.anchor}"`;
    if (l.side === "centre") {
      out.push(
        `<text x="${at.x}" y="${at.y}"${anchor} font-style="italic" fill="#55504a" paint-order="stroke" stroke="#fffdf8" stroke-width="${n(3.5 * k)}">${escapeXml(l.text)}</text>`,
      );
      continue;
    }
    out.push(`<circle cx="${l.x}" cy="${l.y}" r="${n(LABEL_METRICS.dot * k)}" fill="#fff" stroke="#1f1c17" stroke-width="${n(1.6 * k)}"/>`);
    // A name on lines of its own (narrow frames): each line a tspan under the last.
    const text = l.lines
      ? l.lines.map((line, i) => `<tspan x="${at.x}"${i > 0 ? ` dy="${n(font * 1.25)}"` : ""}>${escapeXml(line)}</tspan>`).join("")
      : escapeXml(l.text);
    out.push(
      `<text x="${at.x}" y="${at.y}"${anchor} font-weight="600" paint-order="stroke" stroke="#fffdf8" stroke-width="${n(3.5 * k)}">${text}</text>`,
    );
  }
  out.push("</g>");
  return out.join("");
}
