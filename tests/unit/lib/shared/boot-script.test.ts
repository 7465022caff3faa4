import { describe, expect, it } from "vitest";
import {
  FIRST_INTERACTION_EVENTS,
  INLINE_BOOT_SCRIPT,
  listModuleScripts,
  pageScriptUrls,
  PAGE_SCRIPTS_ID,
  READER_ACTED_ATTRIBUTE,
} from "../../../../src/lib/shared/boot-script.ts";

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe("module scripts handed to the boot script", () => {
  it("takes the tags out and lists their sources, in order, at the end of the body", () => {
    const html = page(
      '<main>text</main><script type="module" src="/_astro/Notes.a1.js"></script><p>more</p><script type="module" src="/_astro/Story.b2.js"></script>',
    );
    const out = listModuleScripts(html, "index.html");
    expect(out).not.toContain('<script type="module"');
    expect(out).toContain("<main>text</main><p>more</p>");
    expect(out).toMatch(
      new RegExp(
        `<script type="application/json" id="${PAGE_SCRIPTS_ID}">\\["/_astro/Notes.a1.js","/_astro/Story.b2.js"\\]</script></body></html>$`,
      ),
    );
    expect(pageScriptUrls(out)).toEqual(["/_astro/Notes.a1.js", "/_astro/Story.b2.js"]);
  });

  it("leaves a page without module scripts as it is", () => {
    const html = page('<script type="application/json" id="story-config">{}</script>');
    expect(listModuleScripts(html, "404.html")).toBe(html);
    expect(pageScriptUrls(html)).toEqual([]);
  });

  it("refuses a module script it could not start, naming the page", () => {
    const html = page('<script type="module" src="/_astro/a.js" async></script>');
    expect(() => listModuleScripts(html, "embed/x/index.html")).toThrow(/embed\/x\/index\.html: 1 module script/);
  });

  it("refuses a page without </body>", () => {
    expect(() => listModuleScripts('<p>x</p><script type="module" src="/a.js"></script>', "data/index.html")).toThrow(
      /data\/index\.html: .*no <\/body>/,
    );
  });

  it("reads module tags still in a page (as in the dev server) beside the listed ones", () => {
    expect(pageScriptUrls('<script type="module" src="/src/client/story-page.ts"></script>')).toEqual(["/src/client/story-page.ts"]);
  });
});

type Entry = { name?: string; element?: object };

/** Runs the boot script against a stand-in page: its observers, frames and timers run when a test says. */
function bootPage(options: {
  still: boolean;
  entryTypes: string[];
  stillState?: "loading" | "broken";
  stillTop?: number;
  inFrame?: boolean;
}) {
  const attributes: Record<string, string> = {};
  const state = options.stillState ?? "loading";
  const stillAttributes: Record<string, string> = {};
  const top = options.stillTop ?? 100;
  const still = {
    tagName: "IMG",
    complete: state !== "loading",
    naturalWidth: 0,
    attributes: stillAttributes,
    setAttribute: (name: string, value: string) => (stillAttributes[name] = value),
    getBoundingClientRect: () => ({ top, bottom: top + 320, width: 320 }),
    addEventListener: (type: string, f: () => void) => (onStill[type] = f),
  };
  const onDocument: Record<string, () => void> = {};
  const added: { type?: string; src?: string; async?: boolean; onload?: () => void }[] = [];
  const observers: { type: string; callback: (list: { getEntries(): Entry[] }, o: { disconnect(): void }) => void; connected: boolean }[] =
    [];
  const onStill: Record<string, () => void> = {};
  let frames: (() => void)[] = [];
  let timers: { run: () => void; ms: number }[] = [];
  const document = {
    documentElement: {
      classList: { add: (c: string) => (attributes.class = c) },
      getAttribute: (name: string) => attributes[name] ?? null,
      setAttribute: (name: string, value: string) => (attributes[name] = value),
    },
    addEventListener: (type: string, f: () => void) => (onDocument[type] = f),
    getElementById: (id: string) => (id === PAGE_SCRIPTS_ID ? { textContent: '["/_astro/a.js","/_astro/b.js"]' } : null),
    querySelector: (selector: string) => (options.still && selector === "img[fetchpriority=high]" ? still : null),
    createElement: () => ({}),
    head: { appendChild: (s: (typeof added)[number]) => added.push(s) },
  };
  class PerformanceObserver {
    static supportedEntryTypes = options.entryTypes;
    callback: (typeof observers)[number]["callback"];
    constructor(callback: (typeof observers)[number]["callback"]) {
      this.callback = callback;
    }
    observe(o: { type: string; buffered: boolean }) {
      expect(o.buffered).toBe(true);
      observers.push({ type: o.type, callback: this.callback, connected: true });
    }
  }
  const onWindow: Record<string, { listener: () => void; options: unknown }> = {};
  const window: Record<string, unknown> = {
    innerHeight: 640,
    PerformanceObserver,
    addEventListener: (type: string, listener: () => void, options: unknown) => (onWindow[type] = { listener, options }),
  };
  window.self = window;
  window.top = options.inFrame ? {} : window;
  const run = new Function(
    "window",
    "PerformanceObserver",
    "document",
    "requestAnimationFrame",
    "setTimeout",
    "location",
    "history",
    "URL",
    INLINE_BOOT_SCRIPT,
  );
  run(
    window,
    PerformanceObserver,
    document,
    (f: () => void) => frames.push(f),
    (f: () => void, ms = 0) => timers.push({ run: f, ms }),
    { href: "https://x/" },
    {},
    URL,
  );
  return {
    attributes,
    added,
    observers,
    still,
    onWindow,
    acts: (type: string) => onWindow[type]!.listener(),
    domParsed: () => onDocument.DOMContentLoaded!(),
    stillFails: () => onStill.error!(),
    reports: (entry: Entry) =>
      observers
        .filter((o) => o.connected)
        .forEach((o) => o.callback({ getEntries: () => [entry] }, { disconnect: () => (o.connected = false) })),
    nextFrame: () => [frames, (frames = [])][0]!.forEach((f) => f()),
    timersDue: (upTo: number) => {
      const due = timers.filter((t) => t.ms <= upTo);
      timers = timers.filter((t) => t.ms > upTo);
      due.forEach((t) => t.run());
    },
  };
}

describe("the inline boot script", () => {
  it("starts the listed scripts, in order, once the still's paint is reported, and marks the page when they have run", () => {
    const p = bootPage({ still: true, entryTypes: ["element", "paint", "largest-contentful-paint"] });
    expect(p.attributes.class).toBe("js");
    p.domParsed();
    // Its own paint (Element Timing, asked for by the script) and the largest paints: whichever comes first.
    expect(p.observers.map((o) => o.type)).toEqual(["element", "largest-contentful-paint"]);
    expect(p.still.attributes.elementtiming).toBe("still");
    p.reports({ element: { tagName: "H1" } });
    p.nextFrame();
    p.timersDue(0);
    expect(p.added).toEqual([]);
    p.reports({ element: p.still });
    p.timersDue(0);
    expect(p.added.map((s) => [s.type, s.src, s.async])).toEqual([
      ["module", "/_astro/a.js", false],
      ["module", "/_astro/b.js", false],
    ]);
    // The 3 s safety net, due later, adds nothing twice.
    p.timersDue(3000);
    expect(p.added).toHaveLength(2);
    expect(p.attributes["data-scripts"]).toBeUndefined();
    p.added.forEach((s) => s.onload!());
    expect(p.attributes["data-scripts"]).toBe("run");
  });

  it("where Element Timing is not reported, waits for the still among the largest paints", () => {
    const p = bootPage({ still: true, entryTypes: ["paint", "largest-contentful-paint"] });
    p.domParsed();
    expect(p.observers.map((o) => o.type)).toEqual(["largest-contentful-paint"]);
    p.reports({ element: p.still });
    p.timersDue(0);
    expect(p.added).toHaveLength(2);
  });

  it("waits for the first contentful paint on a page without a still, with its still below the first screen, in a frame, or where largest paints are not reported", () => {
    for (const page of [
      bootPage({ still: false, entryTypes: ["element", "largest-contentful-paint", "paint"] }),
      bootPage({ still: true, entryTypes: ["element", "largest-contentful-paint", "paint"], stillTop: 700 }),
      // An embed below a host's fold: its still is not drawn until the reader gets there.
      bootPage({ still: true, entryTypes: ["element", "largest-contentful-paint", "paint"], inFrame: true }),
      bootPage({ still: true, entryTypes: ["paint"] }),
    ]) {
      page.domParsed();
      expect(page.observers.map((o) => o.type)).toEqual(["paint"]);
      page.reports({ name: "first-paint" });
      page.timersDue(0);
      expect(page.added).toEqual([]);
      page.reports({ name: "first-contentful-paint" });
      page.timersDue(0);
      expect(page.added).toHaveLength(2);
    }
  });

  it("in a host's frame, also starts them at the load event: a frame far below the host's fold draws nothing", () => {
    const p = bootPage({ still: true, entryTypes: ["element", "largest-contentful-paint", "paint"], inFrame: true });
    p.domParsed();
    expect(p.observers.map((o) => o.type)).toEqual(["paint"]);
    p.timersDue(0);
    expect(p.added).toEqual([]);
    p.acts("load");
    p.timersDue(0);
    expect(p.added).toHaveLength(2);
    // The first paint, when the reader gets there, adds nothing twice.
    p.reports({ name: "first-contentful-paint" });
    p.timersDue(3000);
    expect(p.added).toHaveLength(2);
  });

  it("outside a frame, leaves the load event alone: a page's own still, not its last image, starts them", () => {
    const p = bootPage({ still: true, entryTypes: ["element", "largest-contentful-paint", "paint"] });
    p.domParsed();
    expect(Object.keys(p.onWindow)).not.toContain("load");
  });

  it("starts them at once for a still that broke before the DOM was parsed (its error has passed)", () => {
    const p = bootPage({ still: true, entryTypes: ["element", "largest-contentful-paint", "paint"], stillState: "broken" });
    p.domParsed();
    p.timersDue(0);
    expect(p.added).toHaveLength(2);
  });

  it("starts them as soon as the still fails to load, not 3 s later", () => {
    const p = bootPage({ still: true, entryTypes: ["largest-contentful-paint", "paint"] });
    p.domParsed();
    p.timersDue(0);
    expect(p.added).toEqual([]);
    p.stillFails();
    p.timersDue(0);
    expect(p.added).toHaveLength(2);
  });

  it("waits two frames where paints are not reported", () => {
    const p = bootPage({ still: true, entryTypes: [] });
    p.domParsed();
    p.nextFrame();
    p.timersDue(0);
    expect(p.added).toEqual([]);
    p.nextFrame();
    p.timersDue(0);
    expect(p.added).toHaveLength(2);
  });

  it("starts them 3 s after the DOM is parsed if nothing is drawn (a background tab)", () => {
    const p = bootPage({ still: true, entryTypes: ["largest-contentful-paint", "paint"] });
    p.domParsed();
    p.timersDue(2999);
    expect(p.added).toEqual([]);
    p.timersDue(3000);
    expect(p.added).toHaveLength(2);
  });

  it("starts them at once when the reader acts before they have started, and marks the page so the scripts know", () => {
    const p = bootPage({ still: true, entryTypes: ["largest-contentful-paint", "paint"] });
    expect(Object.keys(p.onWindow).sort()).toEqual([...FIRST_INTERACTION_EVENTS].sort());
    for (const { options } of Object.values(p.onWindow)) expect(options).toEqual({ capture: true, passive: true, once: true });
    p.domParsed();
    expect(p.added).toEqual([]);
    p.acts("touchstart");
    expect(p.attributes[READER_ACTED_ATTRIBUTE]).toBe("");
    expect(p.added).toHaveLength(2);
    // The still's paint, reported later, and a second act add nothing twice.
    p.reports({ element: p.still });
    p.acts("keydown");
    p.timersDue(3000);
    expect(p.added).toHaveLength(2);
  });

  it("remembers an act that comes while the HTML still arrives, and starts the scripts as soon as their list is read", () => {
    const p = bootPage({ still: true, entryTypes: ["largest-contentful-paint", "paint"] });
    p.acts("keydown");
    expect(p.attributes[READER_ACTED_ATTRIBUTE]).toBe("");
    expect(p.added).toEqual([]);
    p.domParsed();
    expect(p.added).toHaveLength(2);
  });

  it("does not mark a page whose reader has not acted", () => {
    const p = bootPage({ still: true, entryTypes: ["largest-contentful-paint", "paint"] });
    p.domParsed();
    p.reports({ element: p.still });
    p.timersDue(0);
    expect(p.added).toHaveLength(2);
    expect(p.attributes[READER_ACTED_ATTRIBUTE]).toBeUndefined();
  });

  it("is of the oldest form the site supports (no arrows, let or const)", () => {
    expect(INLINE_BOOT_SCRIPT).not.toMatch(/=>|\blet\b|\bconst\b/);
  });
});
