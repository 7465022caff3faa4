/**
 * The live map's names: HTML markers (no glyph server needed, and the text stays real text) for
 * the labels a chapter shows at the current zoom, each beside its dot where it fits inside the
 * map, clear of the other names and of the map's buttons (label-placement.ts, as the still frames).
 */
import * as maplibregl from "maplibre-gl";
import { placeLabels, type Box } from "../lib/shared/label-placement.ts";
import { LIVE_LABEL_METRICS, labelsForStep, textLines, type LabelSet, type MapLabel } from "../lib/shared/map-labels.ts";
import type { StoryStep } from "../lib/shared/step-controller.ts";

export interface MapNames {
  /** the names the step shows at the map's zoom, and no others */
  place(step: StoryStep): void;
  /** each name on the side of its dot where it fits; a place name that fits nowhere is hidden */
  arrange(): void;
}

function markerElement(label: MapLabel): HTMLElement {
  const node = document.createElement("div");
  node.className = `map-label map-label--${label.kind}`;
  node.dataset.labelId = label.id;
  if (label.kind === "voice") {
    node.innerHTML = '<span class="map-label__badge"></span>';
    node.querySelector(".map-label__badge")!.textContent = label.text;
  } else {
    node.innerHTML = '<span class="map-label__dot" aria-hidden="true"></span><span class="map-label__text"></span>';
    const text = node.querySelector(".map-label__text")!;
    // One line ("Pene (North Pene) · 20 km") or, on a narrow map, a line per part (.map-names--stacked).
    for (const { line, joint } of textLines(label)) {
      const part = text.appendChild(document.createElement("span"));
      part.className = "map-label__line";
      part.textContent = line;
      if (joint) {
        const join = text.appendChild(document.createElement("span"));
        join.className = "map-label__joint";
        join.textContent = joint;
      }
    }
  }
  return node;
}

/** Below this width (CSS px) a map writes a name's parts on lines of their own: on one, long names crowd each other out. */
export const STACKED_NAMES_BELOW = 480;

/** What a name takes on the map: an interviewee's whole badge, or a name's text. */
const textOf = (node: HTMLElement): HTMLElement => node.querySelector<HTMLElement>(".map-label__text") ?? node;

/**
 * `overlays`: the boxes that hold what lies over the map (its buttons, MapLibre's controls); no
 * name covers one of their children, and a change of their size (a button swapped, the credits
 * unfolded) arranges the names again.
 */
export function createMapNames(map: maplibregl.Map, labels: LabelSet, overlays: readonly Element[]): MapNames {
  const markers = new Map<string, maplibregl.Marker>();
  let shown: MapLabel[] = [];
  const markerFor = (label: MapLabel): maplibregl.Marker => {
    let m = markers.get(label.id);
    if (!m) {
      const element = markerElement(label);
      // Interviewee badges sit left of the village's name, clear of its dot and text.
      m =
        label.kind === "voice"
          ? new maplibregl.Marker({ element, anchor: "right", offset: [-LIVE_LABEL_METRICS.badge.right, 0] }).setLngLat(label.lngLat)
          : new maplibregl.Marker({ element, anchor: "center" }).setLngLat(label.lngLat);
      markers.set(label.id, m);
    }
    return m;
  };
  // Each text's size is read once per way of writing it (it never changes otherwise), so a
  // camera's end costs no layout of the page.
  const sizes = new WeakMap<HTMLElement, { stacked: boolean; width: number; height: number }>();

  const arrange = (): void => {
    const container = map.getContainer();
    const stacked = container.clientWidth < STACKED_NAMES_BELOW;
    container.classList.toggle("map-names--stacked", stacked);
    const frame = container.getBoundingClientRect();
    // Every size and box is read before any name moves: a read after a write would lay the page
    // out again, once per name.
    const nodes = shown.map((label) => markers.get(label.id)!.getElement());
    for (const node of nodes) {
      const text = textOf(node);
      // A size read while the map had none (an embed still hidden) is read again.
      const known = sizes.get(text);
      if (known?.stacked !== stacked || !known.width) sizes.set(text, { stacked, width: text.offsetWidth, height: text.offsetHeight });
    }
    const obstacles = overlays.flatMap((overlay) =>
      [...overlay.children].flatMap((control): Box[] => {
        const r = control.getBoundingClientRect();
        return r.width > 0 && r.height > 0 ? [[r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top]] : [];
      }),
    );
    const points = shown.map((label) => map.project(label.lngLat));
    const { clientWidth: width, clientHeight: height } = container;
    // As on the still frames, a place off the map is not named (a name slid inside would point at the sea).
    const onMap = shown.flatMap((_, k) => {
      const { x, y } = points[k]!;
      return x >= 0 && x <= width && y >= 0 && y <= height ? [k] : [];
    });
    const placed = placeLabels(
      onMap.map((k) => {
        const { width, height } = sizes.get(textOf(nodes[k]!))!;
        const label = shown[k]!;
        return { ...points[k]!, text: label.text, className: `label-${label.kind}`, keep: !labels.places.includes(label), width, height };
      }),
      { width, height, scale: 1, metrics: LIVE_LABEL_METRICS, marginX: 4, obstacles },
    );
    const placedAt = new Map(placed.map((p) => [onMap[p.index]!, p]));
    for (const [k, node] of nodes.entries()) {
      const at = placedAt.get(k);
      node.classList.toggle("map-label--unplaced", !at);
      if (!at || shown[k]!.kind === "voice") continue;
      const { box, side } = at;
      // The text's box, from the marker's corner (a dot-sized box centred on the point).
      const text = textOf(node);
      const corner = { x: points[k]!.x - LIVE_LABEL_METRICS.dot, y: points[k]!.y - LIVE_LABEL_METRICS.dot };
      text.style.left = `${Math.round(box[0] - corner.x)}px`;
      text.style.top = `${Math.round(box[1] - corner.y)}px`;
      // Two lines line up on the side that faces the dot.
      text.style.textAlign = side.endsWith("left") ? "right" : side === "above" || side === "below" ? "center" : "left";
      node.classList.add("map-label--placed");
    }
  };

  const watcher = new ResizeObserver(() => {
    if (!map.isMoving()) arrange();
  });
  for (const overlay of overlays) watcher.observe(overlay);

  return {
    place(step) {
      shown = labelsForStep(step.layers, map.getZoom(), labels);
      const wanted = new Set(shown.map((label) => label.id));
      for (const label of shown) {
        const m = markerFor(label);
        // A name that comes with a camera flight waits for its end to be placed: until then it
        // would sit where it last was, or over the map's buttons.
        if (!m.getElement().isConnected) m.getElement().classList.add("map-label--unplaced");
        m.addTo(map);
      }
      for (const [id, m] of markers) if (!wanted.has(id)) m.remove();
    },
    arrange,
  };
}
