/**
 * The live map's labels: HTML markers (no glyph server needed, and the text stays real text) for
 * the labels a chapter shows at the current zoom, each beside its dot where it fits inside the
 * map, clear of the other labels and of the map's buttons (label-placement.ts, as the still frames).
 */
import * as maplibregl from "maplibre-gl";
import { placeLabels, type Box, type PlacedLabel } from "../lib/shared/label-placement.ts";
import { LIVE_LABEL_METRICS, labelsForStep, textLines, type LabelSet, type MapLabel } from "../lib/shared/map-labels.ts";
import type { StoryStep } from "../lib/shared/step-controller.ts";
import { boxInFrame, indicesOnMap, textAlignFor, textOffset, writesStacked } from "./label-layout.ts";

export interface LiveMapLabels {
  /** the labels the step shows at the map's zoom, and no others */
  place(step: StoryStep): void;
  /** each label on the side of its dot where it fits; a place label that fits nowhere is hidden */
  arrange(): void;
}

interface TextSize {
  stacked: boolean;
  width: number;
  height: number;
}

/** What the labels own: their markers (made once per label), the labels shown now, their measured sizes. */
interface LabelState {
  map: maplibregl.Map;
  labels: LabelSet;
  overlays: readonly Element[];
  markers: Map<string, maplibregl.Marker>;
  shown: MapLabel[];
  /** each text's size, read once per way of writing it (it never changes otherwise): a camera's end costs no layout */
  sizes: WeakMap<HTMLElement, TextSize>;
}

/** One line ("Pene (North Pene) · 20 km") or, on a narrow map, a line per part (.map-labels--stacked). */
function appendTextLines(text: Element, label: MapLabel): void {
  for (const { line, joint } of textLines(label)) {
    const part = text.appendChild(document.createElement("span"));
    part.className = "map-label__line";
    part.textContent = line;
    if (!joint) continue;
    const join = text.appendChild(document.createElement("span"));
    join.className = "map-label__joint";
    join.textContent = joint;
  }
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
    appendTextLines(node.querySelector(".map-label__text")!, label);
  }
  return node;
}

function createMarker(label: MapLabel): maplibregl.Marker {
  const element = markerElement(label);
  // Interviewee badges sit left of the village's label, clear of its dot and text.
  const marker =
    label.kind === "voice"
      ? new maplibregl.Marker({ element, anchor: "right", offset: [-LIVE_LABEL_METRICS.badge.right, 0] })
      : new maplibregl.Marker({ element, anchor: "center" });
  return marker.setLngLat(label.lngLat);
}

function markerFor(state: LabelState, label: MapLabel): maplibregl.Marker {
  let marker = state.markers.get(label.id);
  if (!marker) state.markers.set(label.id, (marker = createMarker(label)));
  return marker;
}

/** What a label takes on the map: an interviewee's whole badge, or a label's text. */
const textOf = (node: HTMLElement): HTMLElement => node.querySelector<HTMLElement>(".map-label__text") ?? node;

function showStepLabels(state: LabelState, step: StoryStep): void {
  state.shown = labelsForStep(step.layers, state.map.getZoom(), state.labels);
  const wanted = new Set(state.shown.map((label) => label.id));
  for (const label of state.shown) {
    const marker = markerFor(state, label);
    // A label that comes with a camera flight waits for its end to be placed: until then it
    // would sit where it last was, or over the map's buttons.
    if (!marker.getElement().isConnected) marker.getElement().classList.add("map-label--unplaced");
    marker.addTo(state.map);
  }
  for (const [id, marker] of state.markers) if (!wanted.has(id)) marker.remove();
}

/** Reads each text's size, where not known for this way of writing (or read while the map had no size: an embed still hidden). */
function measureTexts(sizes: LabelState["sizes"], nodes: readonly HTMLElement[], stacked: boolean): void {
  for (const node of nodes) {
    const text = textOf(node);
    const known = sizes.get(text);
    if (known?.stacked !== stacked || !known.width) sizes.set(text, { stacked, width: text.offsetWidth, height: text.offsetHeight });
  }
}

/** The boxes of everything over the map (its buttons, MapLibre's controls), in the map's pixels. */
function obstacleBoxes(overlays: readonly Element[], frame: DOMRect): Box[] {
  return overlays.flatMap((overlay) =>
    [...overlay.children].flatMap((control): Box[] => {
      const box = boxInFrame(control.getBoundingClientRect(), frame);
      return box ? [box] : [];
    }),
  );
}

/** Moves each placed label's text beside its dot; hides the unplaced. Writes only: every read is done. */
function moveLabels(
  state: LabelState,
  nodes: readonly HTMLElement[],
  points: readonly maplibregl.Point[],
  placedAt: Map<number, PlacedLabel>,
): void {
  for (const [k, node] of nodes.entries()) {
    const at = placedAt.get(k);
    node.classList.toggle("map-label--unplaced", !at);
    if (!at || state.shown[k]!.kind === "voice") continue;
    const text = textOf(node);
    const { left, top } = textOffset(at.box, points[k]!, LIVE_LABEL_METRICS.dot);
    text.style.left = `${left}px`;
    text.style.top = `${top}px`;
    text.style.textAlign = textAlignFor(at.side);
    node.classList.add("map-label--placed");
  }
}

function arrangeLabels(state: LabelState): void {
  const { map, shown } = state;
  const container = map.getContainer();
  const stacked = writesStacked(container.clientWidth);
  container.classList.toggle("map-labels--stacked", stacked);
  // Every size and box is read before any label moves: a read after a write would lay the page
  // out again, once per label.
  const frame = container.getBoundingClientRect();
  const nodes = shown.map((label) => state.markers.get(label.id)!.getElement());
  measureTexts(state.sizes, nodes, stacked);
  const obstacles = obstacleBoxes(state.overlays, frame);
  const points = shown.map((label) => map.project(label.lngLat));
  const { clientWidth: width, clientHeight: height } = container;
  const onMap = indicesOnMap(points, width, height);
  const toPlace = onMap.map((k) => {
    const { width, height } = state.sizes.get(textOf(nodes[k]!))!;
    const label = shown[k]!;
    return { ...points[k]!, text: label.text, className: `label-${label.kind}`, keep: !state.labels.places.includes(label), width, height };
  });
  const placed = placeLabels(toPlace, { width, height, scale: 1, metrics: LIVE_LABEL_METRICS, marginX: 4, obstacles });
  moveLabels(state, nodes, points, new Map(placed.map((p) => [onMap[p.index]!, p])));
}

/**
 * `overlays`: the boxes that hold what lies over the map (its buttons, MapLibre's controls); no
 * label covers one of their children, and a change of their size (a button swapped, the credits
 * unfolded) arranges the labels again.
 */
export function createLiveMapLabels(map: maplibregl.Map, labels: LabelSet, overlays: readonly Element[]): LiveMapLabels {
  const state: LabelState = { map, labels, overlays, markers: new Map(), shown: [], sizes: new WeakMap() };
  const watcher = new ResizeObserver(() => {
    if (!map.isMoving()) arrangeLabels(state);
  });
  for (const overlay of overlays) watcher.observe(overlay);
  return { place: (step) => showStepLabels(state, step), arrange: () => arrangeLabels(state) };
}
