/**
 * Each embed's rendered height in px at 640 px wide (EMBED_WIDTH), per language, measured in
 * Chromium. oEmbed documents and the embed code declare them; tests/e2e/hosts.spec.ts measures
 * every view again and fails, printing the new figure, when one drifts or is missing.
 */
export const EMBED_HEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "study-villages": { en: 891, id: 870 },
  "poverty-map": { en: 973, id: 973 },
  "ktp-map": { en: 830, id: 830 },
  "road-to-soe": { en: 891, id: 912 },
  "chart-deaths": { en: 639, id: 683 },
  "chart-income": { en: 379, id: 403 },
  "chart-poverty": { en: 400, id: 400 },
  "chart-reasons": { en: 331, id: 331 },
  "chart-ktp": { en: 379, id: 379 },
  "chart-documents": { en: 373, id: 349 },
  "chart-distances": { en: 543, id: 543 },
  "chart-enrolment": { en: 403, id: 403 },
  "chart-attainment": { en: 471, id: 471 },
  "chart-okomama": { en: 400, id: 400 },
};
