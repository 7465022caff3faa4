/**
 * The site's service worker (written to dist/sw.js at build time, after a line that defines
 * PRECACHE: this build's version and, per edition, the exact files it needs). It keeps each
 * edition the reader has opened readable offline, and nothing else:
 * - one cache per build ("tts-story-<version>"): a new build fills its own cache and then deletes
 *   every older one, so a reader never gets a mix of two builds' files;
 * - an edition is stored whole (Cache.addAll: all its files or none), when a page of that edition
 *   asks, and never under Save-Data;
 * - pages come from the network, or from the cache when the network fails or is silent for
 *   PAGE_TIMEOUT_MS; other files from the cache first;
 * - requests to other origins, or outside the site's base path, are left alone; nothing the
 *   network returns is stored, so no reader data ever is.
 * Written in erasable TypeScript only: the build strips the types and adds nothing else.
 */
interface Precache {
  version: string;
  /** the site's base path, e.g. "/" or "/graphics/tts-migration/" */
  base: string;
  /** per edition ("en", "id"): the URL paths of every file it needs, its story page first */
  editions: Record<string, string[]>;
  /** share page path → the story's address at its chapter (a share page is the story with another head) */
  shares: Record<string, string>;
}
declare const PRECACHE: Precache;

/** What this file uses of ServiceWorkerGlobalScope (the project's types are the DOM's, not a worker's). */
interface WorkerScope {
  location: Location;
  navigator: Navigator & { connection?: { saveData?: boolean } };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableEvent & { data: unknown }) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
}
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

const scope = self as unknown as WorkerScope;
const CACHE_PREFIX = "tts-story-";
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
/** How long a page waits for the network before the stored copy is shown. */
const PAGE_TIMEOUT_MS = 3000;

const saveData = (): boolean => scope.navigator.connection?.saveData === true;

/** Stores an edition's files, all or none; does nothing if this build's cache already has them. */
async function keepEdition(edition: string): Promise<void> {
  const urls = PRECACHE.editions[edition];
  if (!urls || saveData()) return;
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  if (urls.every((u) => have.has(u))) return;
  await cache.addAll(urls.map((u) => new Request(u, { cache: "reload" })));
}

/** The editions an older build kept (its cache holds the edition's first page): a new build keeps them too. */
async function editionsKeptBefore(): Promise<string[]> {
  const kept = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
    const old = await caches.open(name);
    for (const [edition, urls] of Object.entries(PRECACHE.editions)) {
      if (urls[0] && (await old.match(urls[0]))) kept.add(edition);
    }
  }
  return [...kept];
}

scope.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      for (const edition of await editionsKeptBefore()) await keepEdition(edition);
      await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener("message", (event) => {
  const data = event.data as { type?: unknown; edition?: unknown } | null;
  if (data?.type === "keep-edition" && typeof data.edition === "string") event.waitUntil(keepEdition(data.edition));
});

async function fromCache(request: Request, ignoreSearch = false): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  return cache.match(request, { ignoreSearch });
}

/** A page: the network's copy if it comes in time, else the stored one; the network's late copy if none is stored. */
async function page(request: Request): Promise<Response> {
  const network = fetch(request);
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, PAGE_TIMEOUT_MS));
  const first = await Promise.race([network.catch(() => undefined), timeout]);
  if (first) return first;
  // A page's query (e.g. ?poverty=2021) is read by its script: the stored page serves them all.
  const stored = await fromCache(request, true);
  if (stored) return stored;
  // Offline, a share page opens the story at its chapter, as it does online, if that edition is kept.
  const story = PRECACHE.shares[new URL(request.url).pathname];
  if (story && (await fromCache(new Request(new URL(story, request.url).href), true)))
    return Response.redirect(new URL(story, request.url).href, 302);
  return network;
}

async function file(request: Request): Promise<Response> {
  return (await fromCache(request)) ?? fetch(request);
}

scope.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin || !url.pathname.startsWith(PRECACHE.base)) return;
  event.respondWith(request.mode === "navigate" ? page(request) : file(request));
});
