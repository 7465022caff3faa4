/**
 * Each embed's fallback height in px, per language: the tallest it renders at 320, 375, 640 and
 * 1280 px wide (MEASURED_WIDTHS; charts are tallest at 320 px, where their text wraps most; maps
 * at 640 px, where the map spans the column above its legend), measured in Chromium, plus 2 px.
 * The embed code's iframe starts at this height and keeps it where a host strips the resizing
 * script, so nothing is cut at any width. tests/e2e/hosts.spec.ts measures every view again and
 * fails, printing the new figures, when one drifts or is missing.
 */
export const EMBED_HEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "study-villages": { en: 917, id: 930 },
  "poverty-map": { en: 1034, id: 1096 },
  "ktp-map": { en: 931, id: 930 },
  "road-to-soe": { en: 896, id: 917 },
  "labour-market-map": { en: 825, id: 804 },
  "legal-routes-map": { en: 782, id: 782 },
  "uncounted-map": { en: 825, id: 825 },
  "recruiters-map": { en: 854, id: 833 },
  "costs-map": { en: 804, id: 782 },
  "chart-deaths": { en: 706, id: 706 },
  "chart-income": { en: 454, id: 474 },
  "chart-poverty": { en: 561, id: 561 },
  "chart-reasons": { en: 382, id: 446 },
  "chart-ktp": { en: 430, id: 450 },
  "chart-documents": { en: 404, id: 423 },
  "chart-distances": { en: 653, id: 677 },
  "chart-enrolment": { en: 454, id: 498 },
  "chart-attainment": { en: 654, id: 629 },
  "chart-okomama": { en: 604, id: 583 },
};
