/**
 * The live map in a real browser (Debian's Chromium, WebGL2 in software):
 *   - how long from the reader's first gesture until the live map is shown, on a phone-sized
 *     screen with Lighthouse's mobile CPU slowdown (4×, Emulation.setCPUThrottlingRate);
 *   - long main-thread tasks while stepping through every chapter once the live map has loaded.
 */
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../../tests/e2e/support/chromium.ts";

/** Lighthouse's mobile preset: a Moto G Power's screen, and 4× CPU slowdown. */
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
export const MOBILE_CPU_SLOWDOWN = 4;

export interface GestureTiming {
  /** gesture → the live map's code starts loading (WebGL2 checked) */
  loadingMs: number;
  /** gesture → the live map replaces the still frame (data-map-state="ready"), to its next frame */
  shownMs: number;
  /** gesture → each of the live map's User Timing marks ("live-map:…", without the prefix) */
  stagesMs: Record<string, number>;
}

interface BenchMarks {
  gesture?: number;
  loading?: number;
  shown?: number;
}

/**
 * One fresh page: load it under the slowdown, let it settle, tap the still map (a gesture that
 * neither follows a link nor scrolls) and time the live map's arrival in the page's own clock.
 */
export async function gestureToLiveMap(url: string): Promise<GestureTiming> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext(MOBILE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE_CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(2000); // the page's own idle work (lazy layout, charts) is not the map's
    await page.evaluate(() => {
      const marks: BenchMarks = {};
      (window as unknown as { benchMarks: BenchMarks }).benchMarks = marks;
      for (const type of ["touchstart", "pointerdown"]) {
        addEventListener(type, (e) => (marks.gesture ??= e.timeStamp), { capture: true, passive: true });
      }
      let shown = (): void => {};
      let failed = (_: Error): void => {};
      (window as unknown as { benchShown: Promise<void> }).benchShown = new Promise((resolve, reject) => {
        shown = resolve;
        failed = reject;
      });
      const el = document.querySelector<HTMLElement>("[data-story-map]")!;
      new MutationObserver(() => {
        const state = el.dataset.mapState;
        if (state === "loading") marks.loading ??= performance.now();
        if (state === "error" || state === "no-webgl") failed(new Error(`the live map did not start: ${state}`));
        if (state === "ready" && marks.shown === undefined) {
          // The frame the reader sees: the one painted after the state changed.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              marks.shown ??= performance.now();
              shown();
            }),
          );
        }
      }).observe(el, { attributes: true, attributeFilter: ["data-map-state"] });
    });
    const box = await page.locator("[data-story-map] .story-map__still").boundingBox();
    if (!box) throw new Error(`${url}: the still map is not on the screen`);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
    // One call that waits in the page: polling it every frame (waitForFunction) would add its own
    // main-thread work, at the 4× slowdown, to the time measured.
    await page.evaluate(() =>
      Promise.race([
        (window as unknown as { benchShown: Promise<void> }).benchShown,
        new Promise((_, reject) => setTimeout(() => reject(new Error("the live map was not shown within 120 s")), 120_000)),
      ]),
    );
    const marks = await page.evaluate(() => (window as unknown as { benchMarks: BenchMarks }).benchMarks);
    if (marks.gesture === undefined || marks.loading === undefined || marks.shown === undefined) {
      throw new Error(`${url}: incomplete timings ${JSON.stringify(marks)}`);
    }
    const gesture = marks.gesture;
    const stages = await page.evaluate(() =>
      performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("live-map:"))
        .map((m) => [m.name.slice("live-map:".length), m.startTime] as const),
    );
    const stagesMs = Object.fromEntries(stages.map(([name, at]) => [name, Math.round(at - gesture)]));
    return { loadingMs: marks.loading - gesture, shownMs: marks.shown - gesture, stagesMs };
  } finally {
    await browser.close();
  }
}

/** Long main-thread tasks while stepping through every chapter once the live map has loaded. */
export async function longTasksWhileStepping(origin: string, reducedMotion: boolean): Promise<{ longTasks: number; worstMs: number }> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      reducedMotion: reducedMotion ? "reduce" : "no-preference",
    });
    await page.goto(`${origin}/`);
    // The story's script starts once the first screen is drawn (src/lib/shared/boot-script.ts).
    await page.locator("html[data-scripts='run']").waitFor();
    await page.mouse.move(40, 60); // the live map starts at the first interaction
    await page.locator("[data-story-map][data-map-state='ready']").waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      (window as unknown as { longTasks: number[] }).longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(e.duration);
      }).observe({ type: "longtask" });
    });
    const slugs = await page.locator("section.chapter").evaluateAll((els) => els.map((e) => e.id));
    for (const slug of slugs) {
      await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ behavior: "instant" }), slug);
      await page.waitForTimeout(1800); // let the camera flight finish
    }
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { longTasks: tasks.length, worstMs: tasks.length ? Math.max(...tasks) : 0 };
  } finally {
    await browser.close();
  }
}
