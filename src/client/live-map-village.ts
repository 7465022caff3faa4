/**
 * The live map's part in the village search (road-to-Soe chapter): on the search's event it flies
 * to the chosen village and marks it. The mark shows only while that chapter is the map's.
 */
import * as maplibregl from "maplibre-gl";
import { VILLAGE_EVENT, type VillageEventDetail } from "../lib/village-search.ts";

const VILLAGE_ZOOM = 11;

export function followVillageSearch(map: maplibregl.Map, reduceMotion: () => boolean): void {
  let marker: maplibregl.Marker | undefined;
  document.addEventListener(VILLAGE_EVENT, (event) => {
    const { lngLat, name } = (event as CustomEvent<VillageEventDetail>).detail;
    if (!marker) {
      const element = document.createElement("div");
      element.className = "village-map-marker";
      element.setAttribute("aria-hidden", "true");
      marker = new maplibregl.Marker({ element, anchor: "center" });
    }
    marker.getElement().title = name;
    marker.setLngLat(lngLat).addTo(map);
    map.getContainer().dataset.villageLngLat = lngLat.join(",");
    const camera = { center: lngLat, zoom: Math.max(map.getZoom(), VILLAGE_ZOOM) };
    if (reduceMotion()) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: 1600, essential: false });
  });
}
