/**
 * Keeps this edition of the story readable offline: after the page has loaded, in idle time, it
 * registers the site's service worker (dist/sw.js) and asks it to store this edition's files.
 * Under Save-Data it registers (so an edition kept earlier stays current) but stores nothing new.
 * Where service workers are unavailable (an old browser, a file:// copy, a sandboxed frame, the
 * dev server) the story simply stays online-only.
 */
import { pageLocale } from "./page-locale.ts";

const saveData = (): boolean => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

const whenIdle = (callback: () => void): void => {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(callback, { timeout: 5000 });
  else window.setTimeout(callback, 1000); // Safari has no requestIdleCallback
};

async function keepThisEdition(): Promise<void> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  try {
    await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
    if (saveData()) return;
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage({ type: "keep-edition", edition: pageLocale() });
  } catch (error) {
    console.info(`offline copy unavailable: ${(error as Error).message}`);
  }
}

if ("serviceWorker" in navigator && !import.meta.env.DEV) {
  const start = (): void => whenIdle(() => void keepThisEdition());
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
