/**
 * The end-to-end tests' `test` and `expect`: Playwright's, with one difference. A page's scripts
 * start once its first screen is drawn (src/lib/shared/boot-script.ts), a few frames after the load event
 * that `page.goto` waits for. A reader acts on what they see some time later; a test acts at
 * once. So `page.goto` and `page.reload` here also wait until the page's scripts have run, on every page a test
 * opens (from `browser.newContext()` too), unless the test asked for an earlier moment
 * (`waitUntil: "commit" | "domcontentloaded"`).
 *
 * And every test runs under the site guard (support/site-guard.ts): each browser context it opens
 * is watched from its creation, and the test fails at its end if a page of ours asked another host
 * for anything, broke its Content-Security-Policy, or wrote a cookie or storage. The fixture
 * `siteGuard` holds what was seen, for the tests that check the guard itself.
 */
import { chromium, test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { chromiumLaunchOptions, E2E_CHROMIUM_FLAGS } from "./chromium.ts";
import { PAGE_SCRIPTS_ID, SCRIPTS_RUN_ATTRIBUTE } from "../../../src/lib/shared/boot-script.ts";
import { noBreaches, watchContext, type SiteBreaches } from "./site-guard.ts";

export { expect };

/** Resolves once the page's listed scripts have run; at once without JavaScript or a list. */
export async function pageScriptsRun(page: Page): Promise<void> {
  await page.waitForFunction(
    ([listId, attribute]) => {
      const root = document.documentElement;
      return !root.classList.contains("js") || !document.getElementById(listId) || root.getAttribute(attribute) === "run";
    },
    [PAGE_SCRIPTS_ID, SCRIPTS_RUN_ATTRIBUTE] as const,
    { polling: 50 },
  );
}

/**
 * Poll intervals for cheap reads of a state that arrives within a second or so (a layout, a
 * frame's height, an image): every 50 ms, where the default widening steps (100, 250, 500,
 * 1000 ms) can read it most of a second after it came.
 */
export const OFTEN = [50];

/** Resolves after two frames: the layout and its observers have followed a change (a scroll, a new window size). */
export async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

let gotoWaits = false;

/** A navigation that waits for the load event (the default) also waits for the page's scripts. */
const waitsForLoad = (options?: { waitUntil?: string }): boolean =>
  options?.waitUntil === undefined || options.waitUntil === "load" || options.waitUntil === "networkidle";

/** Makes `goto` and `reload` wait for the page's scripts on every page of this worker (they share a prototype). */
function makeNavigationWaitForScripts(page: Page): void {
  if (gotoWaits) return;
  gotoWaits = true;
  const prototype = Object.getPrototypeOf(page) as Page;
  const { goto, reload } = prototype;
  prototype.goto = async function (this: Page, url: string, options?: Parameters<Page["goto"]>[1]) {
    const response = await goto.call(this, url, options);
    if (waitsForLoad(options)) await pageScriptsRun(this);
    return response;
  };
  prototype.reload = async function (this: Page, options?: Parameters<Page["reload"]>[0]) {
    const response = await reload.call(this, options);
    if (waitsForLoad(options)) await pageScriptsRun(this);
    return response;
  };
}

/** The breaches of the running test; each context reports to whichever test is running. */
let breaches: SiteBreaches = noBreaches();
const watched = new WeakSet<BrowserContext>();
const contexts = new Set<BrowserContext>();

/** Every context this worker's browser opens (the test's own, and `browser.newContext()`) is watched. */
function watchEveryContext(browser: Browser): void {
  const prototype = Object.getPrototypeOf(browser) as Browser;
  const { newContext } = prototype;
  prototype.newContext = async function (this: Browser, options?: Parameters<Browser["newContext"]>[0]) {
    const context = await newContext.call(this, options);
    if (!watched.has(context)) {
      watched.add(context);
      contexts.add(context);
      context.on("close", () => contexts.delete(context));
      await watchContext(context, () => breaches);
    }
    return context;
  };
}

/** Web Storage left in the pages still open at a test's end (writes are caught as they happen too). */
async function storageLeft(): Promise<string[]> {
  const left: string[] = [];
  for (const context of contexts)
    for (const page of context.pages()) {
      const count = await page.evaluate(() => localStorage.length + sessionStorage.length).catch(() => 0);
      if (count > 0) left.push(`${count} stored items on ${page.url()}`);
    }
  return left;
}

// The worker fixtures live here, in the one `test` every file uses: a file with a fixture of its
// own would need workers of its own, started for it at the end of the run.
export const test = base.extend<{ siteGuard: SiteBreaches }, { gotoWaitsForScripts: void; browserWithoutWebgl: Browser }>({
  gotoWaitsForScripts: [
    async ({ browser }, use) => {
      watchEveryContext(browser);
      const page = await browser.newPage();
      makeNavigationWaitForScripts(page);
      await page.context().close();
      await use();
    },
    { scope: "worker", auto: true },
  ],
  /** A Chromium without WebGL, as some readers' phones and locked-down desktops are: launched in a worker when a test first asks. */
  browserWithoutWebgl: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none
    async ({}, use) => {
      const browser = await chromium.launch(chromiumLaunchOptions([...E2E_CHROMIUM_FLAGS, "--disable-webgl"]));
      await use(browser);
      await browser.close();
    },
    { scope: "worker" },
  ],
  siteGuard: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none
    async ({}, use) => {
      breaches = noBreaches();
      await use(breaches);
      const seen = breaches;
      seen.storage.push(...(await storageLeft()));
      const cookies = [...contexts].map((c) => c.cookies().catch(() => []));
      for (const list of await Promise.all(cookies)) for (const c of list) seen.storage.push(`cookie ${c.name} for ${c.domain}`);
      expect(seen.foreign, "requests from our pages to other hosts").toEqual([]);
      expect(seen.csp, "Content-Security-Policy violations").toEqual([]);
      expect(seen.storage, "cookies or storage written").toEqual([]);
    },
    { auto: true },
  ],
});
