/**
 * The embeddable views: the map views worth reusing and every chart. Each names the chapter whose
 * map state (view, layers) or chart it shows, so an embed always matches the story.
 */
import { CHARTS, type ChartId } from "./chapter-schema.ts";

export type EmbedView = { id: string; kind: "map"; chapter: string } | { id: string; kind: "chart"; chart: ChartId };

export const EMBED_VIEWS: readonly EmbedView[] = [
  { id: "study-villages", kind: "map", chapter: "study" },
  { id: "poverty-map", kind: "map", chapter: "poverty" },
  { id: "ktp-map", kind: "map", chapter: "ktp" },
  { id: "road-to-soe", kind: "map", chapter: "soe" },
  { id: "labour-market-map", kind: "map", chapter: "law" },
  { id: "legal-routes-map", kind: "map", chapter: "legal-routes" },
  { id: "uncounted-map", kind: "map", chapter: "uncounted" },
  { id: "recruiters-map", kind: "map", chapter: "recruiters" },
  { id: "costs-map", kind: "map", chapter: "costs" },
  ...CHARTS.map((chart) => ({ id: `chart-${chart.toLowerCase()}`, kind: "chart" as const, chart })),
];
