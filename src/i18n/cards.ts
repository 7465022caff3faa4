/** The words of the chapters' "Download image" links (the social cards), per language. */
import type { Locale } from "./locales.ts";

interface CardLinkWords {
  label: string;
  square: string;
  story: string;
  /** accessible names: each holds its link's visible word */
  squareName: string;
  storyName: string;
}

export const CARD_LINKS: Record<Locale, CardLinkWords> = {
  en: {
    label: "Download image",
    square: "square",
    story: "tall",
    squareName: "Download image, square (1080 × 1080 px, for posts)",
    storyName: "Download image, tall (1080 × 1920 px, for status updates)",
  },
  id: {
    label: "Unduh gambar",
    square: "persegi",
    story: "tegak",
    squareName: "Unduh gambar, persegi (1080 × 1080 px, untuk unggahan)",
    storyName: "Unduh gambar, tegak (1080 × 1920 px, untuk status)",
  },
};
