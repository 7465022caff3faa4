/**
 * What every page of every test is held to, as a reader's browser would see it: a story about
 * trafficking asks no other host for anything, obeys its own Content-Security-Policy, and writes
 * no cookie and no storage. Each browser context a test opens is watched from its creation
 * (support/test.ts); the test fails at its end on any breach, naming the page.
 */
import type { BrowserContext, Request } from "@playwright/test";

export interface SiteBreaches {
  /** Requests a page of ours made to another origin. */
  foreign: string[];
  /** Content-Security-Policy violations, from the event and from the console. */
  csp: string[];
  /** Cookies and Web Storage written. */
  storage: string[];
}

export const noBreaches = (): SiteBreaches => ({ foreign: [], csp: [], storage: [] });

/** Origins of the tests' own host pages (a newspaper article embedding a view): not ours to judge. */
const hostPageOrigins = new Set<string>();

export function markHostPage(origin: string): void {
  hostPageOrigins.add(new URL(origin).origin);
}

/** The document that made a request: its frame's, or for a service worker its script's. */
function requesterUrl(request: Request): string | undefined {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return undefined; // a request of a worker Playwright does not name
  }
}

/** A request one of our pages should not have made: anywhere but its own origin. */
export function foreignRequest(request: Request): string | undefined {
  const target = new URL(request.url());
  if (target.protocol === "data:" || target.protocol === "blob:") return undefined;
  // Where the test sends the tab is the test's choice, not the page's.
  if (!request.serviceWorker() && request.isNavigationRequest() && request.frame().parentFrame() === null) return undefined;
  const from = requesterUrl(request);
  if (!from) return undefined;
  const source = new URL(from);
  if (source.protocol === "about:" || hostPageOrigins.has(source.origin)) return undefined;
  // A file (the one-file edition) has no origin of its own to ask: any network request is foreign.
  if (source.protocol === "file:") return target.protocol === "file:" ? undefined : `${request.url()} (from ${from})`;
  return target.origin === source.origin ? undefined : `${request.url()} (from ${from})`;
}

const REPORT = "__siteGuardReport";

/** Starts watching a context: call before it opens its first page. */
export async function watchContext(context: BrowserContext, breaches: () => SiteBreaches): Promise<void> {
  await context.exposeBinding(REPORT, (_source, kind: "csp" | "storage", detail: string) => {
    breaches()[kind].push(detail);
  });
  await context.addInitScript((report: string) => {
    const send = (kind: string, detail: string) =>
      (window as unknown as Record<string, (k: string, d: string) => void>)[report]?.(kind, `${detail} on ${location.href}`);
    document.addEventListener("securitypolicyviolation", (e) => send("csp", `${e.violatedDirective} ${e.blockedURI}`), true);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      send("storage", `${this === window.localStorage ? "localStorage" : "sessionStorage"}.setItem(${key})`);
      return setItem.call(this, key, value);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
    if (cookie?.set) {
      Object.defineProperty(Document.prototype, "cookie", {
        configurable: true,
        get: cookie.get,
        set(this: Document, value: string) {
          send("storage", `document.cookie = ${value.split("=")[0]}`);
          cookie.set!.call(this, value);
        },
      });
    }
  }, REPORT);
  context.on("request", (request) => {
    const foreign = foreignRequest(request);
    if (foreign) breaches().foreign.push(foreign);
  });
  context.on("response", async (response) => {
    const setCookie = await response.headerValue("set-cookie").catch(() => null);
    if (setCookie) breaches().storage.push(`Set-Cookie from ${response.url()}`);
  });
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) breaches().csp.push(message.text());
  });
}
