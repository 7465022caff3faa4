/**
 * The end-to-end tests' `test` and `expect`: Playwright's, with one difference. A page's scripts
 * start once its first screen is drawn (src/lib/shared/boot-script.ts), a few frames after the load event
 * that `page.goto` waits for. A reader acts on what they see some time later; a test acts at
 * once. So `page.goto` and `page.reload` here also wait until the page's scripts have run, on every page a test
 * opens (from `browser.newContext()` too), unless the test asked for an earlier moment
 * (`waitUntil: "commit" | "domcontentloaded"`).
 */
import { test as base, type Page } from "@playwright/test";
import { PAGE_SCRIPTS_ID, SCRIPTS_RUN_ATTRIBUTE } from "../../../src/lib/shared/boot-script.ts";

export { expect } from "@playwright/test";

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

export const test = base.extend<object, { gotoWaitsForScripts: void }>({
  gotoWaitsForScripts: [
    async ({ browser }, use) => {
      const page = await browser.newPage();
      makeNavigationWaitForScripts(page);
      await page.close();
      await use();
    },
    { scope: "worker", auto: true },
  ],
});
