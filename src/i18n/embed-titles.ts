/**
 * What each map embed shows, as its title (a chart's title is its spec's). A map embed shows one
 * chapter's view, but the chapter's headline ("One side of the story") says what the chapter
 * argues, not what the graphic shows: these do, for the embed's heading, its oEmbed document,
 * the iframe's title and the downloadable graphic. No figures: numbers live in data/.
 */
import type { Locale } from "./locales.ts";

export const MAP_EMBED_TITLES: Readonly<Record<string, Record<Locale, string>>> = {
  "study-villages": {
    en: "The study villages and their sub-districts in the interior of Timor Tengah Selatan",
    id: "Desa-desa penelitian dan kecamatannya di pedalaman Timor Tengah Selatan",
  },
  "poverty-map": {
    en: "Share of people below the poverty line, by regency of Nusa Tenggara Timur",
    id: "Persentase penduduk miskin per kabupaten dan kota di Nusa Tenggara Timur",
  },
  "ktp-map": {
    en: "Who holds an ID card: Timor Tengah Selatan, Nusa Tenggara Timur and Indonesia",
    id: "Kepemilikan KTP: Timor Tengah Selatan, Nusa Tenggara Timur dan Indonesia",
  },
  "road-to-soe": {
    en: "From the study villages to Soe, the regency capital, as the crow flies",
    id: "Dari desa-desa penelitian ke Soe, ibu kota kabupaten, dalam garis lurus",
  },
  "labour-market-map": {
    en: "Timor Tengah Selatan, the rest of Indonesia and Malaysia",
    id: "Timor Tengah Selatan, wilayah Indonesia lainnya dan Malaysia",
  },
  "legal-routes-map": {
    en: "Nusa Tenggara Timur, the province whose legal placements fell",
    id: "Nusa Tenggara Timur, provinsi yang penempatan resminya menurun",
  },
  "uncounted-map": {
    en: "From East Java to Timor: where a passport can be issued far from home",
    id: "Dari Jawa Timur ke Timor: paspor yang diterbitkan jauh dari kampung",
  },
  "recruiters-map": {
    en: "The study villages, where recruiters come looking for workers",
    id: "Desa-desa penelitian, tempat perekrut datang mencari pekerja",
  },
  "costs-map": {
    en: "Nusa Tenggara Timur, the province whose migrant workers' deaths are counted",
    id: "Nusa Tenggara Timur, provinsi yang kematian pekerja migrannya dihitung",
  },
};
