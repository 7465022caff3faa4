/**
 * The live map's credits stay folded: they are in the page's footer too, and unfolded they cover
 * the map on a phone. MapLibre unfolds them again when their text or the map's size changes, so
 * they are folded after each, unless the reader opened them.
 */
import type * as maplibregl from "maplibre-gl";

export function keepCreditsFolded(map: maplibregl.Map, el: HTMLElement): void {
  let opened = false;
  const credits = () => el.querySelector(".maplibregl-ctrl-attrib");
  el.addEventListener("click", (e) => {
    if ((e.target as Element).closest(".maplibregl-ctrl-attrib-button"))
      opened = Boolean(credits()?.classList.contains("maplibregl-compact-show"));
  });
  // Folded is neither MapLibre's class nor the <details> element's open attribute.
  const fold = (): void => {
    const box = credits();
    if (opened || !box) return;
    box.classList.remove("maplibregl-compact-show");
    box.removeAttribute("open");
  };
  fold();
  map.on("resize", fold);
  map.on("idle", fold);
}
