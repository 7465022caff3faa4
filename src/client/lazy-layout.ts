/**
 * The story's chapters (and the long parts of its sources appendix) start out skipped by the
 * browser while they are off screen (`content-visibility: auto` on `[data-lazy-layout]`, see
 * story.css): the first layout of the whole story was a phone's longest task at load. Once the
 * reader first scrolls, they are laid out for good, one in each idle moment, so that no single
 * piece of the work blocks the page, and soon the page is as if nothing had been skipped: real
 * positions and sizes for assistive technology and for the reader's scrollbar.
 */
import { type IdleScheduler, idleScheduler } from "./idle-scheduler.ts";

const skippedPieces = (): NodeListOf<HTMLElement> => document.querySelectorAll<HTMLElement>("[data-lazy-layout]");

/**
 * Lays out the pieces still skipped, in idle moments, from the page's next scroll (the reader's:
 * touch, wheel, keys, Tab, a screen reader moving on). Until then the browser draws only what is
 * on the screen: a reader who only looks at it pays nothing for the rest, the first screen's own
 * work (the still map, the fonts) has a slow phone's processor to itself, and a tap on the map
 * starts the live map without this work in its way.
 */
export function layOutFromNextScroll(schedule: IdleScheduler = whenIdle): void {
  window.addEventListener("scroll", () => layOutSkippedWhenIdle(schedule), { once: true, passive: true });
}

/**
 * Calls back once the page's scroll position has held for two frames. After the story's own
 * scroll, the browser may still move the page by itself for a frame or two (scroll anchoring, as
 * chapters near the screen take their real sizes), and the scroll events it sends are no reader's.
 */
export function whenScrollSettles(callback: () => void): void {
  let last = window.scrollY;
  let stillFrames = 0;
  let frames = 0;
  const check = (): void => {
    const y = window.scrollY;
    stillFrames = y === last ? stillFrames + 1 : 0;
    last = y;
    // A page that keeps moving for a second is being scrolled by the reader: no longer wait.
    if (stillFrames >= 2 || ++frames >= 60) setTimeout(callback);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Lays out the pieces still skipped, in idle moments, from now (the reader scrolled before the script ran). */
export function layOutSkippedWhenIdle(schedule: IdleScheduler = whenIdle): void {
  layOutWhenIdle(skippedPieces(), schedule);
}

/**
 * A piece waits for a pause of 10 ms (while the live map flies or the page scrolls, pauses are
 * short, and a layout in one would lengthen a frame), but for a second at most: a page whose
 * pauses stayed short kept its chapters skipped, and the reader's scrollbar wrong, indefinitely.
 */
const whenIdle: IdleScheduler =
  typeof window.requestIdleCallback === "function"
    ? idleScheduler(
        { requestIdle: (callback, options) => window.requestIdleCallback(callback, options), now: () => performance.now() },
        10,
        1000,
      )
    : (callback) => window.setTimeout(callback, 50); // Safari has no requestIdleCallback

/** The innermost of `candidates` (in document order) at the top of the viewport: what the reader is reading. */
function readingAnchor(candidates: readonly HTMLElement[]): HTMLElement | undefined {
  let anchor: HTMLElement | undefined;
  for (const c of candidates) {
    const r = c.getBoundingClientRect();
    if (r.bottom <= 0) continue;
    if (r.top <= 0) anchor = c;
    else return anchor ?? c;
  }
  return anchor;
}

export function layOutWhenIdle(elements: Iterable<HTMLElement>, schedule: IdleScheduler = whenIdle): void {
  const all = [...elements];
  const pending = [...all];
  const next = (): void => {
    const element = pending.shift();
    if (!element) return;
    // A piece above the reader grows or shrinks from its placeholder size as it is laid out:
    // keep what they are reading where it was. The browser's own scroll anchoring does not
    // always hold across a content-visibility change, so the shift is measured here (the
    // layout this forces is the one the next frame would do anyway).
    const anchor = readingAnchor(all);
    const before = anchor?.getBoundingClientRect().top;
    element.removeAttribute("data-lazy-layout");
    if (anchor && before !== undefined) {
      const shift = anchor.getBoundingClientRect().top - before;
      if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: "instant" });
    }
    schedule(next);
  };
  schedule(next);
}

/**
 * Lays out every skipped piece above `target`, one piece per task, before the story brings
 * `target` into view: a link to a late chapter then lands on it for good, instead of drifting
 * while the pieces above it take their real sizes. Ten chapters laid out in one go were a phone's
 * longest task on a share page; one at a time, none blocks the page long. Resolves true once all
 * are laid out, or false as soon as the reader moves the page themselves (a wheel, a touch, a key,
 * a click, another chapter's link): they are then not taken anywhere, and the rest is left to the
 * layout in idle moments, which keeps what they read in place.
 */
export async function layOutAbove(target: Element): Promise<boolean> {
  let readerMoved = false;
  const moved = (): void => void (readerMoved = true);
  for (const type of READER_MOVES) window.addEventListener(type, moved, { capture: true, passive: true });
  try {
    for (const element of document.querySelectorAll<HTMLElement>("[data-lazy-layout]")) {
      if (readerMoved) return false;
      if (!(element.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      element.removeAttribute("data-lazy-layout");
      void element.offsetHeight; // its layout here, in a task of its own
      await nextTask();
    }
    return !readerMoved;
  } finally {
    for (const type of READER_MOVES) window.removeEventListener(type, moved, { capture: true });
  }
}

const READER_MOVES = ["wheel", "touchstart", "keydown", "pointerdown", "hashchange"] as const;

/** The next task: scheduler.yield where there is one, else a message (a timer is slowed in a background tab and after five nested ones). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
