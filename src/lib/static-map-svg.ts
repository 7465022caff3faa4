/**
 * A static map frame as an SVG document: paths grouped by style (each style written once) and
 * labels with a halo. A shape drawn twice (a fill, then its outline above other layers) is written
 * once and reused by reference: the file is smaller and, since an SVG image is parsed on the
 * page's main thread, quicker to show. Pure string building; every text is escaped.
 */
import type { LabelTier, StaticMapOutput } from "./static-map.ts";
import { LABEL_METRICS, type PlacedLabel } from "./label-placement.ts";

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
  const drawings = new Map<string, number>();
  for (const p of map.paths) drawings.set(p.d, (drawings.get(p.d) ?? 0) + 1);
  const refs = new Map<string, string>();
  let open: string | undefined;
  for (const p of map.paths) {
    if (p.className !== open) {
      if (open !== undefined) out.push("</g>");
      const s = styles[p.className];
      if (!s) throw new Error(`static map: no style for "${p.className}"`);
      const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : "";
      out.push(
        `<g class="${p.className}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}" stroke-linejoin="round"${dash}>`,
      );
      open = p.className;
    }
    const ref = refs.get(p.d);
    if (ref) out.push(`<use href="#${ref}"/>`);
    else if (drawings.get(p.d)! > 1) {
      const id = `s${refs.size}`;
      refs.set(p.d, id);
      out.push(`<path id="${id}" d="${p.d}"/>`);
    } else out.push(`<path d="${p.d}"/>`);
  }
  if (open !== undefined) out.push("</g>");
  if (map.labelTiers) out.push(...labelTierGroups(map.labelTiers));
  else
    out.push(
      labelGroup(
        map.labels.map((l) => ({ ...l, side: l.className === "label-voice" ? "badge" : isPlace(l.className) ? "centre" : "right" })),
        1,
        "",
      ),
    );
  out.push("</svg>");
  return out.join("");
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

function labelGroup(labels: readonly PlacedLabel[], k: number, attributes: string): string {
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
    out.push(
      `<text x="${at.x}" y="${at.y}"${anchor} font-weight="600" paint-order="stroke" stroke="#fffdf8" stroke-width="${n(3.5 * k)}">${escapeXml(l.text)}</text>`,
    );
  }
  out.push("</g>");
  return out.join("");
}
