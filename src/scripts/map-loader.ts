/**
 * The only map code in the first bundle: waits until the map is about to scroll into view, checks
 * that the browser can draw it (WebGL2), then loads MapLibre. Until then, and for good where it
 * cannot, the build's static SVG frame stands in its place.
 */
type MapState = "static" | "loading" | "ready" | "no-webgl" | "error";

function setState(el: HTMLElement, state: MapState): void {
  el.dataset.mapState = state;
}

function canDrawWebGL2(): boolean {
  try {
    return Boolean(document.createElement("canvas").getContext("webgl2"));
  } catch {
    return false;
  }
}

async function start(el: HTMLElement): Promise<void> {
  setState(el, "loading");
  try {
    const { mountLiveMap } = await import("./live-map.ts");
    await mountLiveMap(el);
    setState(el, "ready");
  } catch (err) {
    setState(el, "error");
    console.error("The live map could not start; the static map stays.", err);
  }
}

for (const el of document.querySelectorAll<HTMLElement>("[data-story-map]")) {
  if (!canDrawWebGL2()) {
    setState(el, "no-webgl");
    continue;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void start(el);
    },
    { rootMargin: "50% 0px" },
  );
  observer.observe(el);
}
