/**
 * Runs in MapLibre's workers (loaded with importScriptInWorkers): answers the map's topo://
 * layer addresses with the layer's features, converted from TopoJSON here, off the page's thread
 * (topo-url.ts). A file that failed to download, or lacks its layer, fails the request with a
 * message that names it; MapLibre reports it as the map's error.
 */
import type { FeatureCollection } from "geojson";
import type { Topology } from "topojson-specification";
import { addressedLayer, layerAddress, TOPO_FILE_PROTOCOL, TOPO_PROTOCOL } from "../lib/shared/topo-url.ts";
import { topoFeatures } from "../lib/shared/topo-features.ts";

type Handler = (mapId: string, params: { request?: { url: string } }, abort: AbortController) => Promise<{ data?: unknown }>;

/** What this file uses of the scope MapLibre's worker gives imported scripts. */
interface MapLibreWorkerScope {
  addProtocol(name: string, load: (request: { url: string }, abort: AbortController) => Promise<{ data: FeatureCollection }>): void;
  /** MapLibre's request function: an address no worker protocol answers goes to the page's protocols. */
  makeRequest(request: { url: string; type: "arrayBuffer" }, abort: AbortController): Promise<{ data: ArrayBuffer }>;
  worker?: { actor?: { messageHandlers?: Record<string, Handler>; registerMessageHandler?(type: string, handler: Handler): void } };
}
const scope = self as unknown as MapLibreWorkerScope;

scope.addProtocol(TOPO_PROTOCOL, async (request, abort) => {
  const layer = addressedLayer(TOPO_PROTOCOL, request.url);
  const { data } = await scope.makeRequest({ url: layerAddress(TOPO_FILE_PROTOCOL, layer), type: "arrayBuffer" }, abort);
  const topology = JSON.parse(new TextDecoder().decode(data)) as Topology;
  return { data: topoFeatures(layer, topology, `the map layer "${layer}"`) };
});

// MapLibre sends a GeoJSON source's data, when the worker loaded it from an address, back to the
// page (for getData(), which the map never calls): a copy as costly as the one this file saves.
// Its "load data" message ("LD" in MapLibre 6) is wrapped so that a topo:// layer's answer leaves
// its features here.
const actor = scope.worker?.actor;
const loadData = actor?.messageHandlers?.LD;
if (!actor?.registerMessageHandler || !loadData)
  throw new Error('MapLibre\'s worker has no load-data handler ("LD") to wrap: topo-protocol-worker.ts needs updating for this MapLibre');
actor.registerMessageHandler("LD", async (mapId, params, abort) => {
  const result = await loadData(mapId, params, abort);
  if (params.request?.url.startsWith(`${TOPO_PROTOCOL}://`)) delete result.data;
  return result;
});
