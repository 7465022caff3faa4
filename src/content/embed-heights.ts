/**
 * Each embed's rendered height in px at 640 px wide (EMBED_WIDTH), per language, measured in
 * Chromium. oEmbed documents and the embed code declare them; tests/e2e/hosts.spec.ts measures
 * every view again and fails, printing the new figure, when one drifts or is missing.
 */
export const EMBED_HEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "study-villages": { en: 891, id: 870 },
  "poverty-map": { en: 973, id: 973 },
  "ktp-map": { en: 851, id: 851 },
  "road-to-soe": { en: 891, id: 912 },
  "labour-market-map": { en: 799, id: 778 },
  "legal-routes-map": { en: 756, id: 756 },
  "uncounted-map": { en: 778, id: 778 },
  "recruiters-map": { en: 828, id: 828 },
  "costs-map": { en: 778, id: 756 },
  "chart-deaths": { en: 644, id: 688 },
  "chart-income": { en: 384, id: 408 },
  "chart-poverty": { en: 404, id: 404 },
  "chart-reasons": { en: 336, id: 336 },
  "chart-ktp": { en: 384, id: 384 },
  "chart-documents": { en: 378, id: 354 },
  "chart-distances": { en: 548, id: 548 },
  "chart-enrolment": { en: 408, id: 408 },
  "chart-attainment": { en: 497, id: 497 },
  "chart-okomama": { en: 404, id: 404 },
};
