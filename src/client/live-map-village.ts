/**
 * The live map's part in the village search (road-to-Soe chapter): on the search's event it flies
 * to show the chosen village and Soe together, and marks the village with its name. The mark
 * shows only while that chapter is the map's.
 */
import * as maplibregl from "maplibre-gl";
import { VILLAGE_EVENT, type VillageEventDetail } from "../lib/shared/village-search.ts";

/** Never closer than this: a village and its neighbours, not its fields. */
const MAX_ZOOM = 11;

export function followVillageSearch(map: maplibregl.Map, reduceMotion: () => boolean): void {
  let marker: maplibregl.Marker | undefined;
  document.addEventListener(VILLAGE_EVENT, (event) => {
    const { lngLat, name, soeLngLat } = (event as CustomEvent<VillageEventDetail>).detail;
    if (!marker) {
      const element = document.createElement("div");
      element.className = "village-map-marker";
      element.setAttribute("aria-hidden", "true");
      element.append(document.createElement("span"));
      marker = new maplibregl.Marker({ element, anchor: "center" });
    }
    marker.getElement().firstElementChild!.textContent = name;
    // The name on the side towards Soe, the middle of the view: never off the map's edge.
    marker.getElement().classList.toggle("village-map-marker--left", lngLat[0] > soeLngLat[0]);
    marker.setLngLat(lngLat).addTo(map);
    const bounds = new maplibregl.LngLatBounds(lngLat, lngLat).extend(soeLngLat);
    const camera = map.cameraForBounds(bounds, { padding: 64, maxZoom: MAX_ZOOM }) ?? { center: lngLat, zoom: MAX_ZOOM };
    if (reduceMotion()) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: 1600, essential: false });
  });
}
