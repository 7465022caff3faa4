/**
 * The live map's names: HTML markers (no glyph server needed, and the text stays real text) for
 * the labels a chapter shows at the current zoom, each flipped to the left of its dot near the
 * map's right edge.
 */
import * as maplibregl from "maplibre-gl";
import { labelSide, labelsForStep, type LabelSet, type MapLabel } from "../lib/map-labels.ts";
import type { StoryStep } from "../lib/step-controller.ts";

export interface MapNames {
  /** the names the step shows at the map's zoom, and no others */
  place(step: StoryStep): void;
  /** each name on the side of its dot where it fits */
  side(): void;
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
    node.querySelector(".map-label__text")!.textContent = label.text;
  }
  return node;
}

export function createMapNames(map: maplibregl.Map, labels: LabelSet): MapNames {
  const markers = new Map<string, maplibregl.Marker>();
  const markerFor = (label: MapLabel): maplibregl.Marker => {
    let m = markers.get(label.id);
    if (!m) {
      const element = markerElement(label);
      // Interviewee badges sit left of the village's name, clear of its dot and text.
      m =
        label.kind === "voice"
          ? new maplibregl.Marker({ element, anchor: "right", offset: [-8, 0] }).setLngLat(label.lngLat)
          : new maplibregl.Marker({ element, anchor: "center" }).setLngLat(label.lngLat);
      markers.set(label.id, m);
    }
    return m;
  };
  // Each text's width is read once (it never changes), so a camera's end costs no layout of the page.
  const textWidths = new WeakMap<HTMLElement, number>();

  return {
    place(step) {
      const wanted = new Set<string>();
      for (const label of labelsForStep(step.layers, map.getZoom(), labels)) {
        wanted.add(label.id);
        markerFor(label).addTo(map);
      }
      for (const [id, m] of markers) if (!wanted.has(id)) m.remove();
    },
    side() {
      const mapWidth = map.getContainer().clientWidth;
      const named = [...markers.values()].flatMap((m) => {
        const node = m.getElement();
        const text = node.querySelector<HTMLElement>(".map-label__text");
        const hasSide = node.classList.contains("map-label--study") || node.classList.contains("map-label--town");
        return node.isConnected && text && hasSide ? [{ m, node, text }] : [];
      });
      // Every width read before any side is set: a read after a class change would lay the page
      // out again, once per name.
      for (const { text } of named) if (!textWidths.has(text)) textWidths.set(text, text.offsetWidth);
      for (const { m, node, text } of named) {
        node.classList.toggle("map-label--left", labelSide(map.project(m.getLngLat()).x, textWidths.get(text)!, mapWidth) === "left");
      }
    },
  };
}
