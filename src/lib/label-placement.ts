/**
 * Where a still frame's names go when the frame is shown small: each name at a size that reads
 * at least MIN px on screen, beside its point on the first side where it fits inside the frame
 * and clear of the names already placed (in priority order). A name that must stay (a study
 * village, Soe, an interviewee) takes its least crowded side; a place name that fits nowhere is
 * left out, as the live map leaves out what collides. Pure arithmetic on estimated text boxes.
 */

export type LabelSide =
  "right" | "left" | "above" | "below" | "above-right" | "above-left" | "below-right" | "below-left" | "centre" | "badge";

export interface LabelToPlace {
  x: number;
  y: number;
  text: string;
  className: string;
  /** keep even where crowded (it names what the chapter is about) */
  keep: boolean;
}

export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
  className: string;
  side: LabelSide;
  /** where the text is written (its anchor and baseline), where placed off its usual spot */
  textAt?: { x: number; y: number; anchor: "start" | "middle" | "end" };
}

/** The frame's sizes at scale 1 (in drawing units), as the wide frame draws them. */
export const LABEL_METRICS = { font: 14, dot: 4, gap: 8, badge: { left: 34, right: 8, half: 10 } } as const;

type Box = [x0: number, y0: number, x1: number, y1: number];

/** A generous width estimate of a name (system sans, semibold): better a gap too many than a collision. */
export function textWidth(text: string, font: number, bold: boolean): number {
  return [...text].length * font * (bold ? 0.64 : 0.58);
}

const isPlace = (className: string): boolean => className === "label-island" || className === "label-country";

const round = (v: number): number => Math.round(v * 10) / 10;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Places `labels` (in priority order) on a frame of `width` × `height` drawing units, drawn at
 * `scale` times the wide frame's sizes; `marginX` keeps names clear of edges a cropped frame loses.
 */
export function placeLabels(
  labels: readonly LabelToPlace[],
  frame: { width: number; height: number; scale: number; marginX?: number },
): PlacedLabel[] {
  const k = frame.scale;
  const font = LABEL_METRICS.font * k;
  const h = font * 1.25;
  const gap = LABEL_METRICS.gap * k;
  const pad = font * 0.25;
  const mx = frame.marginX ?? 2;
  const inside = (b: Box): boolean => b[0] >= mx && b[2] <= frame.width - mx && b[1] >= 2 && b[3] <= frame.height - 2;
  const taken: Box[] = [];
  const out: PlacedLabel[] = [];
  const grow = (b: Box): Box => [b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad];

  // Fixed marks first (interviewee badges, the dots of names that stay): names go around them.
  for (const l of labels) {
    if (l.className === "label-voice") {
      const m = LABEL_METRICS.badge;
      taken.push([l.x - m.left * k, l.y - m.half * k, l.x - m.right * k, l.y + m.half * k]);
      out.push({ x: l.x, y: l.y, text: l.text, className: l.className, side: "badge" });
    } else if (l.keep && !isPlace(l.className)) {
      const r = LABEL_METRICS.dot * k;
      taken.push([l.x - r, l.y - r, l.x + r, l.y + r]);
    }
  }
  for (const l of labels) {
    if (l.className === "label-voice") continue;
    const place = isPlace(l.className);
    const w = textWidth(l.text, font, !place);
    const d = gap * 0.6;
    // A centred name may slide sideways to stay inside the frame (a name cut at the edge is no name).
    const slide = (cx: number): number => (w + 2 * mx <= frame.width ? Math.min(Math.max(cx, mx + w / 2), frame.width - mx - w / 2) : cx);
    const above = slide(l.x);
    const candidates: [LabelSide, Box][] = place
      ? [["centre", [slide(l.x) - w / 2, l.y - h / 2, slide(l.x) + w / 2, l.y + h / 2]]]
      : [
          ["right", [l.x + gap, l.y - h / 2, l.x + gap + w, l.y + h / 2]],
          ["left", [l.x - gap - w, l.y - h / 2, l.x - gap, l.y + h / 2]],
          ["above", [above - w / 2, l.y - gap - h, above + w / 2, l.y - gap]],
          ["below", [above - w / 2, l.y + gap, above + w / 2, l.y + gap + h]],
          ["above-right", [l.x + d, l.y - d - h, l.x + d + w, l.y - d]],
          ["above-left", [l.x - d - w, l.y - d - h, l.x - d, l.y - d]],
          ["below-right", [l.x + d, l.y + d, l.x + d + w, l.y + d + h]],
          ["below-left", [l.x - d - w, l.y + d, l.x - d, l.y + d + h]],
        ];
    const fitting = candidates.filter(([, b]) => inside(b));
    const crowding = (b: Box): number => taken.reduce((sum, t) => sum + overlap(grow(b), t), 0);
    let best = fitting.find(([, b]) => crowding(b) === 0);
    if (!best && l.keep) best = [...(fitting.length ? fitting : candidates)].sort((a, b) => crowding(a[1]) - crowding(b[1]))[0];
    if (!best) continue;
    if (!l.keep && !place) {
      const r = LABEL_METRICS.dot * k;
      taken.push([l.x - r, l.y - r, l.x + r, l.y + r]);
    }
    taken.push(best[1]);
    const [side, b] = best;
    const anchor = side === "centre" || side === "above" || side === "below" ? "middle" : side.endsWith("left") ? "end" : "start";
    const x = anchor === "middle" ? (b[0] + b[2]) / 2 : anchor === "end" ? b[2] : b[0];
    out.push({
      x: l.x,
      y: l.y,
      text: l.text,
      className: l.className,
      side,
      textAt: { x: round(x), y: round(b[1] + font * 0.985), anchor },
    });
  }
  return out;
}
