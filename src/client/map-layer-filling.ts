/**
 * The live map starts with the first chapter's layers; the others start empty and are filled
 * when a chapter needs them. A layer the chapter on screen needs is drawn as soon as it arrives;
 * one fetched ahead for the next chapter waits until the map is still, so that its tiling never
 * lands in a camera flight.
 */
import type * as maplibregl from "maplibre-gl";
import type { TopoLayer } from "../lib/shared/map-sources.ts";
import type { DownloadLayer } from "./layer-fetch.ts";
import { layerAddress, TOPO_PROTOCOL } from "../lib/shared/topo-url.ts";

export interface LayerFiller {
  fill(names: Iterable<TopoLayer>, now: boolean): void;
  /**
   * Takes a map error of a source this filled (the worker's failures come back as the map's
   * errors): reports it, and lets the next chapter try again. False for any other source.
   */
  failed(sourceId: string, message: string): boolean;
}

export function layerFiller(map: maplibregl.Map, downloadLayer: DownloadLayer, alreadyLoaded: Iterable<TopoLayer>): LayerFiller {
  const loaded = new Set<TopoLayer>(alreadyLoaded);
  /** the layers this filled, whose errors are its to report (the map's start reports the first ones) */
  const filled = new Set<string>();
  const report = (name: TopoLayer, err: unknown): void => {
    loaded.delete(name);
    filled.delete(name);
    console.error(`The map layer "${name}" could not load; the next chapter tries again.`, err);
  };
  return {
    fill(names, now) {
      for (const name of names) {
        if (loaded.has(name)) continue;
        loaded.add(name);
        // Downloaded first, so that the worker's tiling can wait for a still map (it answers the
        // worker from the same download).
        downloadLayer(name)
          .then(async () => {
            if (!now && map.isMoving()) await map.once("moveend");
            filled.add(name);
            (map.getSource(name) as maplibregl.GeoJSONSource).setData(layerAddress(TOPO_PROTOCOL, name));
          })
          .catch((err: unknown) => report(name, err));
      }
    },
    failed(sourceId, message) {
      if (!filled.has(sourceId)) return false;
      report(sourceId as TopoLayer, message);
      return true;
    },
  };
}
