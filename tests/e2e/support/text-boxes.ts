/**
 * What a person sees of a page's text, measured in the page: each block of text (the nearest
 * non-inline box around a run of text nodes) with its line boxes, clipped to the viewport's width and
 * to any scrolling or clipping ancestor. Pure comparisons of those boxes live here too.
 */
import type { Page } from "@playwright/test";

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TextBlock {
  /** a short CSS path, for messages */
  where: string;
  /** the block's text, whitespace collapsed */
  text: string;
  /** its line boxes, in page coordinates, clipped */
  lines: Box[];
  /** the border box of the position: fixed box it is in, if any (page coordinates) */
  fixed: Box | null;
  /** a line runs past the viewport's sides or its clipping ancestor's by more than a pixel */
  cutOff: boolean;
  /** neighbouring words of different elements set with no space between them, as "0%|20%" */
  runTogether: string[];
}

export interface TextBlockOptions {
  /** selectors whose text is not checked (e.g. the labels a live map places over itself) */
  exclude?: string[];
  /** only text on screen now (faster, for checks at one scroll position) */
  onScreen?: boolean;
}

/** The visible text blocks of the page as laid out now. */
export async function textBlocks(page: Page, { exclude = [], onScreen = false }: TextBlockOptions = {}): Promise<TextBlock[]> {
  return page.evaluate(
    ([excluded, onlyOnScreen]) => {
      const sx = window.scrollX;
      const sy = window.scrollY;
      const viewportWidth = document.documentElement.clientWidth;
      const blocks = new Map<
        Element,
        {
          texts: string[];
          lines: Box[];
          cutOff: boolean;
          runTogether: string[];
          last?: { parent: Element; text: string; right: number; top: number };
        }
      >();
      const skip = excluded.length ? excluded.join(",") : null;

      const blockOf = (el: Element): Element => {
        let e: Element | null = el;
        while (e && e !== document.body) {
          const d = getComputedStyle(e).display;
          if (d !== "inline" && d !== "contents") return e;
          e = e.parentElement;
        }
        return document.body;
      };
      /** The box text in `el` can show in: the viewport's width, cut by every clipping ancestor. */
      const clipOf = (el: Element): Box | null => {
        let clip: Box = { left: 0, right: viewportWidth, top: -Infinity, bottom: Infinity };
        for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement) {
          const s = getComputedStyle(e);
          if (s.clipPath !== "none" || s.clip !== "auto") {
            const r = e.getBoundingClientRect();
            if (r.width <= 2 || r.height <= 2) return null; // visually hidden
          }
          if (s.overflowX !== "visible" || s.overflowY !== "visible") {
            const r = e.getBoundingClientRect();
            clip = {
              left: Math.max(clip.left, s.overflowX !== "visible" ? r.left : -Infinity),
              right: Math.min(clip.right, s.overflowX !== "visible" ? r.right : Infinity),
              top: Math.max(clip.top, s.overflowY !== "visible" ? r.top : -Infinity),
              bottom: Math.min(clip.bottom, s.overflowY !== "visible" ? r.bottom : Infinity),
            };
          }
        }
        return clip;
      };

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim()) continue;
        if (parent.closest("script, style, noscript, template, textarea, option")) continue;
        if (skip && parent.closest(skip)) continue;
        if (onlyOnScreen) {
          const r = parent.getBoundingClientRect();
          if (r.bottom < 0 || r.top > window.innerHeight) continue;
        }
        if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const clip = clipOf(parent);
        if (!clip) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const block = blockOf(parent);
        const entry = blocks.get(block) ?? { texts: [], lines: [], cutOff: false, runTogether: [] };
        const rects = [...range.getClientRects()].filter((r) => r.width >= 1 && r.height >= 1);
        // Words of two elements with no space between them, side by side on one line ("0%20%").
        const text = node.textContent ?? "";
        const first = rects[0];
        const prev = entry.last;
        if (prev && first && prev.parent !== parent && Math.abs(prev.top - first.top) < 2 && first.left - prev.right < 1) {
          const joined = /\S$/.test(prev.text) && /^[\p{L}\p{N}]/u.test(text) && /[\p{L}\p{N}%]$/u.test(prev.text.trimEnd());
          if (joined) entry.runTogether.push(`${prev.text.trim().split(/\s+/).at(-1)}|${text.trim().split(/\s+/)[0]}`);
        }
        const lastRect = rects.at(-1);
        if (lastRect) entry.last = { parent, text, right: lastRect.right, top: lastRect.top };
        for (const r of rects) {
          const box = {
            left: Math.max(r.left, clip.left),
            right: Math.min(r.right, clip.right),
            top: Math.max(r.top, clip.top),
            bottom: Math.min(r.bottom, clip.bottom),
          };
          if (r.left < clip.left - 1 || r.right > clip.right + 1) entry.cutOff = true;
          if (box.right - box.left < 1 || box.bottom - box.top < 1) continue;
          entry.lines.push({ left: box.left + sx, right: box.right + sx, top: box.top + sy, bottom: box.bottom + sy });
        }
        entry.texts.push(node.textContent ?? "");
        blocks.set(block, entry);
      }

      const pathOf = (el: Element): string => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
          parts.unshift(e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}${e.classList.length ? `.${[...e.classList].join(".")}` : ""}`);
        }
        return parts.join(" > ");
      };
      return [...blocks]
        .filter(([, b]) => b.lines.length > 0)
        .map(([el, b]) => ({
          where: pathOf(el),
          text: b.texts.join("").replace(/\s+/g, " ").trim(),
          lines: b.lines,
          fixed: (() => {
            for (let e: Element | null = el; e; e = e.parentElement) {
              if (getComputedStyle(e).position !== "fixed") continue;
              const r = e.getBoundingClientRect();
              return { left: r.left + sx, right: r.right + sx, top: r.top + sy, bottom: r.bottom + sy };
            }
            return null;
          })(),
          cutOff: b.cutOff,
          runTogether: b.runTogether,
        }));
    },
    [exclude, onScreen] as const,
  );
}

/** Space between two boxes: the larger of the horizontal and vertical gaps (negative when they overlap). */
export function gapBetween(a: Box, b: Box): number {
  return Math.max(a.left - b.right, b.left - a.right, a.top - b.bottom, b.top - a.bottom);
}

/** Pairs of lines from different blocks closer than `minGap` px (overlapping, or touching without space). */
export function crowdedPairs(blocks: TextBlock[], minGap = 2): [TextBlock, TextBlock, number][] {
  const lines = blocks.flatMap((block, i) => block.lines.map((box) => ({ box, i }))).sort((a, b) => a.box.top - b.box.top);
  const found = new Map<string, [TextBlock, TextBlock, number]>();
  for (let a = 0; a < lines.length; a++) {
    for (let b = a + 1; b < lines.length && lines[b]!.box.top < lines[a]!.box.bottom + minGap; b++) {
      const [p, q] = [lines[a]!, lines[b]!];
      if (p.i === q.i) continue;
      const gap = gapBetween(p.box, q.box);
      const key = `${Math.min(p.i, q.i)}:${Math.max(p.i, q.i)}`;
      if (gap < minGap && !found.has(key)) found.set(key, [blocks[p.i]!, blocks[q.i]!, gap]);
    }
  }
  return [...found.values()];
}

/** The blocks whose text appears in `wide` but in none of `narrow`'s visible blocks. */
export function missingTexts(wide: TextBlock[], narrow: TextBlock[]): string[] {
  const seen = new Set(narrow.map((b) => b.text));
  return [...new Set(wide.map((b) => b.text))].filter((t) => !seen.has(t));
}

/** Body text (not in a fixed box) that a fixed box lies over. */
export function coveredByFixed(blocks: TextBlock[]): [fixed: TextBlock, under: TextBlock][] {
  const fixed = blocks.filter((b) => b.fixed);
  const body = blocks.filter((b) => !b.fixed);
  const covered: [TextBlock, TextBlock][] = [];
  for (const f of fixed) {
    for (const b of body) if (b.lines.some((l) => gapBetween(f.fixed!, l) < 0)) covered.push([f, b]);
  }
  return covered;
}
