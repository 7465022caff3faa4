/**
 * Where a map's names go: each beside its point on the first side where it fits inside the map,
 * clear of the names already placed (in priority order) and of anything over the map (its
 * buttons). A name that must stay (a study village, Soe, an interviewee) takes its least crowded
 * side; a place name that fits nowhere is left out. A still frame places names of estimated size,
 * at a scale that reads at least MIN px on screen; the live map places its names' measured boxes.
 * Pure arithmetic on boxes.
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
  /** the text's measured size, where known (otherwise estimated from the metrics) */
  width?: number;
  height?: number;
  /** the text written on lines of its own ("Pene (North Pene)" / "20 km"), where a narrow frame wants it */
  lines?: string[];
}

export interface PlacedLabel {
  /** where the label was in the list placed */
  index: number;
  x: number;
  y: number;
  text: string;
  className: string;
  side: LabelSide;
  /** where the text is written (its anchor and its first line's baseline), where placed off its usual spot */
  textAt?: { x: number; y: number; anchor: "start" | "middle" | "end" };
  /** the lines the text is written on, where more than one */
  lines?: string[];
  /** the box the text takes (a badge's box, for an interviewee) */
  box: Box;
}

/** What drawing a placed name needs (a still frame's). */
export type DrawnLabel = Omit<PlacedLabel, "box" | "index">;

export type Box = [x0: number, y0: number, x1: number, y1: number];

/**
 * A map's label sizes at scale 1: font size, a point's dot radius, the gap from the point to its
 * name, and where an interviewee's badge sits left of its point (from `left` to `right` units
 * left of it, `half` units above and below).
 */
export interface LabelMetrics {
  font: number;
  dot: number;
  gap: number;
  badge: { left: number; right: number; half: number };
}

/** The frame's sizes at scale 1 (in drawing units), as the wide frame draws them. */
export const LABEL_METRICS = { font: 14, dot: 4, gap: 8, badge: { left: 34, right: 8, half: 10 } } as const satisfies LabelMetrics;

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

export interface LabelFrame {
  width: number;
  height: number;
  /** the metrics' multiplier */
  scale: number;
  /** keeps names clear of edges a cropped frame loses */
  marginX?: number;
  /** boxes no name may cover (a live map's buttons) */
  obstacles?: readonly Box[];
  /** default: the still frames' LABEL_METRICS */
  metrics?: LabelMetrics;
}

/**
 * Places `labels` (in priority order) on a frame of `width` × `height` drawing units, drawn at
 * `scale` times the metrics' sizes.
 */
export function placeLabels(labels: readonly LabelToPlace[], frame: LabelFrame): PlacedLabel[] {
  let order = labels.map((_, k) => k);
  let best = placeInOrder(labels, order, frame);
  // Where names that must stay crowd each other, placing one of them first may find room for all
  // (three villages in a cluster on a phone's map): a few such orders, each kept if it crowds less.
  for (let tries = 0; best.crowding > 0 && tries < 2 * labels.length;) {
    let better = false;
    for (const k of best.crowded) {
      tries++;
      const first = [k, ...order.filter((i) => i !== k)];
      const attempt = placeInOrder(labels, first, frame);
      if (attempt.crowding < best.crowding) {
        [best, order, better] = [attempt, first, true];
        break;
      }
    }
    if (!better) break;
  }
  return best.placed;
}

interface Placement {
  /** badges first, then names, each in the labels' order */
  placed: PlacedLabel[];
  /** the area where names that must stay cover each other, dots or obstacles */
  crowding: number;
  /** which of them do */
  crowded: number[];
}

function placeInOrder(labels: readonly LabelToPlace[], order: readonly number[], frame: LabelFrame): Placement {
  const k = frame.scale;
  const metrics = frame.metrics ?? LABEL_METRICS;
  const font = metrics.font * k;
  const gap = metrics.gap * k;
  const pad = font * 0.25;
  const mx = frame.marginX ?? 2;
  const inside = (b: Box): boolean => b[0] >= mx && b[2] <= frame.width - mx && b[1] >= 2 && b[3] <= frame.height - 2;
  // What is taken, and by which label (a name may sit against its own dot).
  const taken: { box: Box; owner?: number }[] = (frame.obstacles ?? []).map((box) => ({ box }));
  const out: PlacedLabel[] = [];
  const grow = (b: Box): Box => [b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad];
  const dot = (l: LabelToPlace): Box => {
    const r = metrics.dot * k;
    return [l.x - r, l.y - r, l.x + r, l.y + r];
  };
  let crowding = 0;
  const crowded: number[] = [];

  // Fixed marks first (interviewee badges, the dots of names that stay): names go around them.
  for (const [index, l] of labels.entries()) {
    if (l.className === "label-voice") {
      const m = metrics.badge;
      const right = l.x - m.right * k;
      const half = l.height !== undefined ? l.height / 2 : m.half * k;
      const box: Box = [l.width !== undefined ? right - l.width : l.x - m.left * k, l.y - half, right, l.y + half];
      taken.push({ box, owner: index });
      out.push({ index, x: l.x, y: l.y, text: l.text, className: l.className, side: "badge", box });
    } else if (l.keep && !isPlace(l.className)) taken.push({ box: dot(l), owner: index });
  }
  const names: PlacedLabel[] = [];
  for (const index of order) {
    const l = labels[index]!;
    if (l.className === "label-voice") continue;
    const place = isPlace(l.className);
    const lines = l.lines && l.lines.length > 1 ? l.lines : undefined;
    const w = l.width ?? Math.max(...(lines ?? [l.text]).map((line) => textWidth(line, font, !place)));
    const h = l.height ?? font * 1.25 * (lines?.length ?? 1);
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
    const crowdingOf = (b: Box): number => taken.reduce((sum, t) => (t.owner === index ? sum : sum + overlap(grow(b), t.box)), 0);
    // A town whose dot a name already covers is left out with its dot.
    if (!l.keep && !place && taken.some((t) => overlap(dot(l), t.box) > 0)) continue;
    let best = fitting.find(([, b]) => crowdingOf(b) === 0);
    if (!best && l.keep) {
      best = [...(fitting.length ? fitting : candidates)].sort((a, b) => crowdingOf(a[1]) - crowdingOf(b[1]))[0]!;
      crowding += crowdingOf(best[1]);
      crowded.push(index);
    }
    if (!best) continue;
    if (!l.keep && !place) taken.push({ box: dot(l), owner: index });
    taken.push({ box: best[1], owner: index });
    const [side, b] = best;
    const anchor = side === "centre" || side === "above" || side === "below" ? "middle" : side.endsWith("left") ? "end" : "start";
    const x = anchor === "middle" ? (b[0] + b[2]) / 2 : anchor === "end" ? b[2] : b[0];
    names.push({
      index,
      x: l.x,
      y: l.y,
      text: l.text,
      className: l.className,
      side,
      textAt: { x: round(x), y: round(b[1] + font * 0.985), anchor },
      box: b,
      ...(lines && { lines }),
    });
  }
  names.sort((a, b) => a.index - b.index);
  return { placed: [...out, ...names], crowding, crowded };
}
