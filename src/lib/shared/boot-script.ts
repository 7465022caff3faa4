/**
 * The page's one inline script (its hash is in the CSP, csp.ts), and how a built page hands it
 * its module scripts.
 *
 * A page's module scripts start only once its first screen has been drawn: the built page lists
 * them in a JSON block (`#page-scripts`) instead of `<script type="module">` tags, and the boot
 * script adds them once the browser reports the first still map drawn. On
 * a slow phone the HTML, the inline CSS and the first still get the network and the processor to
 * themselves; the scripts only enhance a page that reads completely without them.
 */

export const PAGE_SCRIPTS_ID = "page-scripts";

/** The attribute the boot script sets on <html> once every listed script has run (or failed). */
export const SCRIPTS_RUN_ATTRIBUTE = "data-scripts";

/** The reader's acts that start the scripts early and, once near the map, the live map. Not "scroll": the story scrolls by itself to a linked chapter, and that is no reader's act. */
export const FIRST_INTERACTION_EVENTS = ["wheel", "pointerdown", "pointermove", "touchstart", "keydown"] as const;

/** Set on <html> by the boot script when the reader acted before the page's scripts had started. */
export const READER_ACTED_ATTRIBUTE = "data-reader-acted";

/**
 * Runs in <head>, before first paint:
 * - marks the page as scripted, so that CSS lays out the scripted story from the first paint;
 * - gives a share page (the story opened at one chapter) the story's own address, so that the
 *   story script opens that chapter as it would any link to it, and a reload or bookmark is the story's;
 * - adds the listed module scripts at once when the reader first acts (a tap, a key, a wheel, a
 *   pointer moving) before they have started, and marks <html> with READER_ACTED_ATTRIBUTE so that
 *   the scripts treat that act as heard (the live map starts on it, client/map-boot.ts);
 * - otherwise adds them, in order, once the page's first still map (its preloaded,
 *   `fetchpriority=high` image) has been drawn, as the browser reports its paint (Element Timing,
 *   which the script asks for: the Nu checker knows no `elementtiming` attribute in markup) or
 *   reports it among the largest contentful paints; at once if it fails to load. Where the still is
 *   not on the first screen (400 % zoom) or the page has none, once the first contentful paint is
 *   reported; failing all, after two frames. In a host's frame (an embed), at the first contentful
 *   paint or the load event: a frame below the host's fold draws its still, or nothing at all, only
 *   once scrolled to, and the host waited the full 3 s for the height only scripts can tell.
 *   Never later than 3 s after the DOM is parsed (a tab opened in the background).
 */
export const INLINE_BOOT_SCRIPT = [
  'var d=document.documentElement;d.classList.add("js");',
  'var at=d.getAttribute("data-story-at");',
  'if(at){var u=new URL(at,location.href);u.search=location.search;if(location.hash)u.hash=location.hash;history.replaceState(null,"",u)}',
  // The reader may act while the HTML still arrives: remembered, and acted on once the list is read.
  "var acted=false,start=null;function act(){if(acted)return;acted=true;",
  `d.setAttribute("${READER_ACTED_ATTRIBUTE}","");if(start)start()}`,
  `${JSON.stringify(FIRST_INTERACTION_EVENTS)}.forEach(function(t){window.addEventListener(t,act,{capture:true,passive:true,once:true})});`,
  'document.addEventListener("DOMContentLoaded",function(){',
  `var list=document.getElementById("${PAGE_SCRIPTS_ID}");if(!list)return;`,
  "var urls=JSON.parse(list.textContent),left=urls.length,started=false,",
  'still=document.querySelector("img[fetchpriority=high]"),',
  "types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[],",
  'shown=false,lcp="largest-contentful-paint",el="element";',
  "function add(){if(started)return;started=true;urls.forEach(function(src){",
  'var s=document.createElement("script");s.type="module";s.src=src;s.async=false;',
  `s.onload=s.onerror=function(){if(--left===0)d.setAttribute("${SCRIPTS_RUN_ATTRIBUTE}","run")};document.head.appendChild(s)})}`,
  "function has(type){return types.indexOf(type)>=0}",
  "function watch(type,match){new PerformanceObserver(function(entries,observer){entries.getEntries().forEach(function(e){",
  "if(match(e)){observer.disconnect();setTimeout(add)}})}).observe({type:type,buffered:true})}",
  "function isStill(e){return e.element===still}",
  "start=add;if(acted){add();return}",
  "setTimeout(add,3000);",
  // In a host's frame the still is drawn only once the frame is on the host's screen, and a frame
  // far from it draws nothing at all, while its height, which only the scripts can tell the host,
  // is needed before: there, the first paint or the load event, whichever comes first.
  "var framed=window.self!==window.top;",
  'if(framed)window.addEventListener("load",function(){setTimeout(add)});',
  // A still that broke before this ran has fired its error already.
  'if(still){still.addEventListener("error",function(){setTimeout(add)});if(still.complete&&!still.naturalWidth){setTimeout(add);return}',
  "var r=still.getBoundingClientRect();shown=r.width>0&&r.bottom>0&&r.top<window.innerHeight&&!framed}",
  // Element timing reports the still's paint even where a paragraph is the largest paint (320 px).
  'if(shown&&(has(el)||has(lcp))){if(has(el)){still.setAttribute("elementtiming","still");watch(el,isStill)}if(has(lcp))watch(lcp,isStill)}',
  'else if(has("paint"))watch("paint",function(e){return e.name==="first-contentful-paint"});',
  "else requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(add)})})",
  "});",
].join("");

const MODULE_SCRIPT_TAG = /<script type="module" src="([^"]+)"><\/script>/g;
const ANY_MODULE_SCRIPT = /<script\b[^>]*\btype="module"/g;
const PAGE_SCRIPTS_BLOCK = new RegExp(`<script type="application/json" id="${PAGE_SCRIPTS_ID}">(.*?)</script>`);

/**
 * A built page with its `<script type="module" src>` tags taken out and listed, in their order, in
 * a JSON block at the end of <body> for the boot script. A module script in any other form, or a
 * page without </body>, is an error naming the page: it would otherwise run early or not at all.
 */
export function listModuleScripts(html: string, page: string): string {
  const srcs = [...html.matchAll(MODULE_SCRIPT_TAG)].map((m) => m[1]!);
  const all = html.match(ANY_MODULE_SCRIPT)?.length ?? 0;
  if (all !== srcs.length) {
    throw new Error(
      `${page}: ${all - srcs.length} module script(s) not of the form <script type="module" src="…"></script>, which the boot script cannot start`,
    );
  }
  if (srcs.length === 0) return html;
  if (PAGE_SCRIPTS_BLOCK.test(html)) throw new Error(`${page}: already has a #${PAGE_SCRIPTS_ID} list`);
  const end = html.lastIndexOf("</body>");
  if (end < 0) throw new Error(`${page}: has module scripts but no </body> to list them before`);
  // "<" never occurs in a built asset URL; escaped anyway, as the block is read as JSON.
  const block = `<script type="application/json" id="${PAGE_SCRIPTS_ID}">${JSON.stringify(srcs).replace(/</g, "\\u003c")}</script>`;
  const stripped = html.slice(0, end).replace(MODULE_SCRIPT_TAG, "");
  return `${stripped}${block}${html.slice(end)}`;
}

/** The module scripts a built page starts: those listed for the boot script and any left as tags. */
export function pageScriptUrls(html: string): string[] {
  const listed = PAGE_SCRIPTS_BLOCK.exec(html);
  const fromList = listed ? (JSON.parse(listed[1]!) as string[]) : [];
  return [...fromList, ...[...html.matchAll(MODULE_SCRIPT_TAG)].map((m) => m[1]!)];
}
