/**
 * The chosen village marked on the still maps (the sticky map's still while the live map is not
 * shown, and the chapter's own still in the flow), placed by the point's fractions on the frame as
 * the build projected it, over the image as it is fitted in its box (object-fit).
 */
import { pointInFittedImage, sameShape, type ObjectFit, type Size } from "../lib/shared/image-fit.ts";
import type { VillageEntry } from "../lib/shared/village-search.ts";

const STILLS = [".story-map__still", '[data-chapter-map="soe"] .chapter__frame'];
const placed = new Map<HTMLImageElement, { marker: HTMLElement; village: VillageEntry; frame: Size }>();
let resizes: ResizeObserver | undefined;

/** Marks the village on every still of the chapter; false where the frame does not show it, null without a still. */
export function markStills(village: VillageEntry, frame: Size): boolean | null {
  const stills = STILLS.flatMap((s) => [...document.querySelectorAll<HTMLImageElement>(s)]);
  if (stills.length === 0) return null;
  resizes ??= new ResizeObserver((entries) => entries.forEach((e) => position(e.target as HTMLImageElement)));
  for (const img of stills) {
    let marker = placed.get(img)?.marker;
    if (!marker) {
      marker = document.createElement("span");
      marker.className = "village-marker";
      marker.setAttribute("aria-hidden", "true");
      marker.append(document.createElement("span"));
      img.after(marker);
      resizes.observe(img);
      img.addEventListener("load", () => position(img));
    }
    marker.firstElementChild!.textContent = village.name;
    marker.dataset.villageMarker = village.code;
    placed.set(img, { marker, village, frame });
    position(img);
  }
  return village.frame !== null;
}

function position(img: HTMLImageElement): void {
  const entry = placed.get(img);
  if (!entry) return;
  const { marker, village, frame } = entry;
  const natural = { width: img.naturalWidth || img.width, height: img.naturalHeight || img.height };
  // Only on the chapter's own frame, of the shape the list was projected on.
  const ownFrame = /\/soe\.svg(?:$|[?#])/.test(img.currentSrc || img.src) || img.src.startsWith("data:");
  const box = { width: img.clientWidth, height: img.clientHeight };
  const fit = getComputedStyle(img).objectFit as ObjectFit;
  const at = village.frame && ownFrame && sameShape(natural, frame) ? pointInFittedImage(village.frame, box, natural, fit) : null;
  marker.hidden = at === null;
  if (!at) return;
  marker.style.left = `${img.offsetLeft + at[0]}px`;
  marker.style.top = `${img.offsetTop + at[1]}px`;
  marker.classList.toggle("village-marker--left", at[0] > box.width * 0.6);
}
