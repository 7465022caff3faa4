/**
 * The live map starts with the first chapter's layers; the others start empty and are filled
 * when a chapter needs them. A layer the chapter on screen needs is drawn as soon as it arrives;
 * one fetched ahead for the next chapter waits until the map is still, so that its tiling never
 * lands in a camera flight.
 */
import type * as maplibregl from "maplibre-gl";
import type { TopoLayer } from "../lib/map-sources.ts";
import type { FetchLayer } from "./layer-fetch.ts";

export type FillLayers = (names: Iterable<TopoLayer>, now: boolean) => void;

export function layerFiller(map: maplibregl.Map, fetchLayer: FetchLayer, alreadyLoaded: Iterable<TopoLayer>): FillLayers {
  const loaded = new Set<TopoLayer>(alreadyLoaded);
  return (names, now) => {
    for (const name of names) {
      if (loaded.has(name)) continue;
      loaded.add(name);
      fetchLayer(name)
        .then(async (layer) => {
          if (!now && map.isMoving()) await map.once("moveend");
          (map.getSource(name) as maplibregl.GeoJSONSource).setData(layer.features());
        })
        .catch((err: unknown) => {
          loaded.delete(name);
          console.error(`The map layer "${name}" could not load; the next chapter tries again.`, err);
        });
    }
  };
}
