/**
 * What a reader sees of a chapter, measured in the page: where its first sentence starts under its
 * heading, the words on screen before it, and how many of the chapter's visible words are its own
 * sentences (the rest being keys, map descriptions, source lines, buttons).
 */
import type { Page } from "@playwright/test";

export interface ChapterReading {
  slug: string;
  /** px from the heading's bottom to the first paragraph's top */
  gap: number;
  /** the visible words between them */
  wordsBetween: string[];
  /** visible words of the chapter's own prose (its text, and [data-prose] paragraphs), and of the whole chapter */
  ownWords: number;
  allWords: number;
}

export async function readChapters(page: Page): Promise<ChapterReading[]> {
  return page.evaluate(() => {
    const words = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    // Seen: rendered, not clipped away for screen readers only, not inside a closed disclosure.
    const seen = (el: Element): boolean => {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
      for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).clipPath === "inset(50%)") return false;
      return true;
    };
    const visibleText = (root: Element, keep: (node: Text) => boolean = () => true): string[] => {
      const out: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (n.parentElement && seen(n.parentElement) && keep(n)) out.push(...words(n.data));
      }
      return out;
    };
    return [...document.querySelectorAll<HTMLElement>("section.chapter[data-step]")].map((section) => {
      const heading = section.querySelector("h2")!;
      const body = section.querySelector(".chapter__body")!;
      const first = body.querySelector("p") ?? body;
      // The chapter's own prose: its text, and paragraphs of it elsewhere (the village search's introduction).
      const prose = [body, ...section.querySelectorAll("[data-prose]")];
      const between = (n: Node): boolean =>
        Boolean(heading.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) &&
        !heading.contains(n) &&
        Boolean(first.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_PRECEDING) &&
        !first.contains(n);
      return {
        slug: section.id,
        gap: Math.round(first.getBoundingClientRect().top - heading.getBoundingClientRect().bottom),
        wordsBetween: visibleText(section, between),
        ownWords: prose.reduce((n, p) => n + visibleText(p).length, 0),
        allWords: visibleText(section).length,
      };
    });
  });
}
