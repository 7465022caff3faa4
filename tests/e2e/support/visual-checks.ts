/**
 * What a person sees on any page or frame, as geometry: which texts are visible, which texts
 * overlap or run into each other, what scrolls inside the page, and the size of the smallest
 * name on a still map frame. Page-agnostic: give it a Page or a Frame (an embed inside a host).
 * Reading the layout, not `data-*` state, catches what state checks miss: an axis whose ticks
 * read "0%20%40%", a legend hidden at a narrow width, a box that scrolls.
 */
import type { Frame, Page } from "@playwright/test";

type Target = Page | Frame;

export interface TextFragment {
  /** the text of one line of one text node */
  text: string;
  rect: { x: number; y: number; width: number; height: number };
  /** a short description of where it is (element and classes) */
  where: string;
}

/**
 * Every line of every visible text node, with its box: not hidden, not transparent, not clipped
 * away by an ancestor that hides overflow, and inside the page's width.
 */
export async function visibleTextFragments(target: Target): Promise<TextFragment[]> {
  return target.evaluate(() => {
    const out: { text: string; rect: { x: number; y: number; width: number; height: number }; where: string }[] = [];
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${[...el.classList].map((c) => `.${c}`).join("")}`;
    const pageWidth = document.documentElement.clientWidth;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      if (!text.trim()) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, template, noscript, title")) continue;
      // Not hidden, transparent, or inside skipped content (a closed <details>, content-visibility: hidden).
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        // Clipped by an ancestor that hides its overflow (or a visually-hidden pattern)?
        let visible = r.right > 0 && r.left < pageWidth;
        for (let el: Element | null = parent; el && visible; el = el.parentElement) {
          const s = getComputedStyle(el);
          if (s.overflowX === "visible" && s.overflowY === "visible" && s.clipPath === "none") continue;
          const c = el.getBoundingClientRect();
          if (s.clipPath !== "none" && (c.width <= 1 || c.height <= 1)) visible = false;
          if (r.right <= c.left + 1 || r.left >= c.right - 1 || r.bottom <= c.top + 1 || r.top >= c.bottom - 1) visible = false;
        }
        if (!visible) continue;
        const words = text.trim().replace(/\s+/g, " ");
        out.push({ text: words, rect: { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height }, where: describe(parent) });
      }
    }
    return out;
  });
}

/** The texts (whole text nodes, spaces normalised) visible on the page. */
export async function visibleTexts(target: Target): Promise<Set<string>> {
  return new Set((await visibleTextFragments(target)).map((f) => f.text));
}

export interface TextClash {
  a: string;
  b: string;
  why: "overlap" | "touch";
}

/**
 * Pairs of texts that overlap, or that meet on one line with no space between them where each
 * side is a word or a number (as "0%20%40%" or "050100150"): each pair once, described.
 * Text that flows on (a link, then ", Figure 3") meets its neighbours as prose does and passes.
 */
export async function textClashes(target: Target): Promise<TextClash[]> {
  return target.evaluate(() => {
    interface Frag {
      text: string;
      r: DOMRect;
      node: Text;
      el: Element;
    }
    const frags: Frag[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!node.data.trim() || !parent || parent.closest("script, style, template, noscript, title")) continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      // One box per line, trimmed of the spaces at either end (they take room but show nothing).
      const start = node.data.search(/\S/);
      const end = node.data.trimEnd().length;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      for (const r of range.getClientRects())
        if (r.width >= 1 && r.height >= 1) frags.push({ text: node.data.trim(), r, node, el: parent });
    }
    const describe = (f: Frag): string =>
      `"${f.text.slice(0, 40)}" (${f.el.tagName.toLowerCase()}${[...f.el.classList].map((c) => `.${c}`).join("")})`;
    const hidden = (f: Frag): boolean => {
      for (let el: Element | null = f.el; el; el = el.parentElement) {
        const s = getComputedStyle(el);
        if (s.overflowX === "visible" && s.overflowY === "visible" && s.clipPath === "none") continue;
        const c = el.getBoundingClientRect();
        if (f.r.right <= c.left + 1 || f.r.left >= c.right - 1 || f.r.bottom <= c.top + 1 || f.r.top >= c.bottom - 1) return true;
        if (s.clipPath !== "none" && (c.width <= 1 || c.height <= 1)) return true;
      }
      return false;
    };
    const shown = frags.filter((f) => !hidden(f));
    const wordy = /[\p{L}\p{N}%]/u;
    const out: { a: string; b: string; why: "overlap" | "touch" }[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const a = shown[i]!;
        const b = shown[j]!;
        if (a.node === b.node) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        let why: "overlap" | "touch" | undefined;
        if (w > 1 && h > 1) why = "overlap";
        else if (h > Math.min(a.r.height, b.r.height) / 2 && w > -1.5) {
          // On one line and meeting: fine where a space or punctuation separates them.
          const [left, right] = a.r.left <= b.r.left ? [a, b] : [b, a];
          if (wordy.test(left.text.at(-1)!) && wordy.test(right.text[0]!)) why = "touch";
        }
        if (!why) continue;
        const key = `${describe(a)}|${describe(b)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ a: describe(a), b: describe(b), why });
      }
    }
    return out;
  });
}

/** Elements that scroll inside the page (their content is taller or wider than their box). */
export async function innerScrollers(target: Target): Promise<string[]> {
  return target.evaluate(() => {
    const out: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const s = getComputedStyle(el);
      const scrollsY = /auto|scroll/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
      const scrollsX = /auto|scroll/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
      if (scrollsY || scrollsX)
        out.push(
          `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join("")} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
    }
    return out;
  });
}

/** Whether the page itself scrolls sideways (wider than its viewport). */
export async function scrollsSideways(target: Target): Promise<boolean> {
  return target.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * The smallest name on the still map frames shown (img elements whose source is a frame SVG), in
 * CSS px as drawn: each frame's names come in sets per drawn width (see src/lib/shared/static-map-svg.ts);
 * the set a width shows is read from the frame's own media queries, its font size scaled by the
 * image's scale. Both widths an object-fit: cover image might measure by are tried; the smaller
 * result counts.
 */
export async function smallestFrameLabelPx(
  target: Target,
  selector = "img[src*='/frames/']",
): Promise<{ px: number; frame: string; shownWidth: number }[]> {
  return target.evaluate(async (sel) => {
    const results: { px: number; frame: string; shownWidth: number }[] = [];
    for (const img of document.querySelectorAll<HTMLImageElement>(sel)) {
      const box = img.getBoundingClientRect();
      if (box.width < 1 || box.height < 1 || getComputedStyle(img).visibility !== "visible") continue;
      const svg = new DOMParser().parseFromString(await (await fetch(img.currentSrc || img.src)).text(), "image/svg+xml").documentElement;
      const [, , vw, vh] = (svg.getAttribute("viewBox") ?? "").split(/\s+/).map(Number) as [number, number, number, number];
      const cover = getComputedStyle(img).objectFit === "cover";
      const scale = cover ? Math.max(box.width / vw, box.height / vh) : box.width / vw;
      const style = svg.querySelector("style")?.textContent ?? "";
      const groups = [...svg.querySelectorAll(":scope > g[font-size]")].filter((g) => g.querySelector("text"));
      const shows = (g: Element, width: number): boolean => {
        const cls = g.getAttribute("class");
        if (!cls) return true;
        let on = g.getAttribute("display") !== "none";
        for (const m of style.matchAll(/@media ([^{]+)\{\s*\.([\w-]+)\s*\{\s*display:\s*(\w+);\s*\}\s*\}/g)) {
          if (m[2] !== cls) continue;
          const min = /min-width:\s*([\d.]+)px/.exec(m[1]!);
          const max = /max-width:\s*([\d.]+)px/.exec(m[1]!);
          if ((!min || width >= Number(min[1])) && (!max || width <= Number(max[1]))) on = m[3] !== "none";
        }
        return on;
      };
      for (const width of new Set([box.width, vw * scale])) {
        const sizes: number[] = [];
        for (const g of groups.filter((g) => shows(g, width))) {
          for (const t of g.querySelectorAll("text")) sizes.push(Number(t.getAttribute("font-size") ?? g.getAttribute("font-size")));
        }
        if (sizes.length)
          results.push({
            px: Math.min(...sizes) * scale,
            frame: new URL(img.currentSrc || img.src).pathname,
            shownWidth: Math.round(width),
          });
      }
    }
    return results;
  }, selector);
}
