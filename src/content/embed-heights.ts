/**
 * Each embed's rendered height in px at 640 px wide (EMBED_WIDTH), per language, measured in
 * Chromium. oEmbed documents and the embed code declare them; tests/e2e/hosts.spec.ts measures
 * every view again and fails, printing the new figure, when one drifts or is missing.
 */
export const EMBED_HEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {};
