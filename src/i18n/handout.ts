/**
 * Strings of the things the story hands on: the one-file edition (read offline) and the printed
 * leaflet. Indonesian is typed against English, so a key missing from either fails the type check.
 */
import type { Locale } from "./locales.ts";
import { defineStrings } from "./translate.ts";

const en = {
  "edition.label": "Offline edition",
  "edition.note":
    "The whole story in one file: it needs no connection and loads nothing from anywhere. The live story, with the interactive map, is at",
  "edition.contents": "Chapters",
  "edition.chart": "Chart",
  "download.oneFile": "The whole story in one file, to read offline (HTML)",
  "download.leaflet": "Leaflet to print, A4 (PDF)",
  "leaflet.findings": "What the study found",
  "leaflet.mapTitle": "The six villages of the study",
  "leaflet.recommendations": "What the authors recommend",
  "leaflet.cite": "The study",
  "leaflet.readOnline": "Read the whole story, with the map, the charts and every source:",
  "leaflet.qrLabel": "Scan to open the story",
  "leaflet.source": "Source",
  "leaflet.page": "Page {page} of {pages}",
  "leaflet.figure.study": "former migrant workers and relatives of migrants answered the survey in {words:study.villages} villages of TTS",
  "leaflet.figure.income": "of households surveyed live on {fig:income.lowestMonthly} a month",
  "leaflet.figure.reasons": "of respondents said people leave to earn more money",
  "leaflet.figure.ktp": "of people in TTS held an ID card (KTP) in {year:ktp.tts}, by the paper's count",
  "leaflet.figure.documents": "of migrants from the study villages had a birth certificate",
  "leaflet.figure.schooling": "of migrant workers in the survey “only had elementary education”, in the paper’s words",
};

export type HandoutKey = keyof typeof en;

const id: Record<HandoutKey, string> = {
  "edition.label": "Edisi luring",
  "edition.note":
    "Seluruh cerita dalam satu berkas: tidak perlu koneksi dan tidak memuat apa pun dari mana pun. Cerita daring, dengan peta interaktif, ada di",
  "edition.contents": "Bab",
  "edition.chart": "Grafik",
  "download.oneFile": "Seluruh cerita dalam satu berkas, untuk dibaca tanpa koneksi (HTML)",
  "download.leaflet": "Selebaran untuk dicetak, A4 (PDF)",
  "leaflet.findings": "Temuan penelitian",
  "leaflet.mapTitle": "Enam desa penelitian",
  "leaflet.recommendations": "Rekomendasi para penulis",
  "leaflet.cite": "Penelitian",
  "leaflet.readOnline": "Baca seluruh cerita, dengan peta, grafik, dan semua sumbernya:",
  "leaflet.qrLabel": "Pindai untuk membuka cerita",
  "leaflet.source": "Sumber",
  "leaflet.page": "Halaman {page} dari {pages}",
  "leaflet.figure.study": "mantan pekerja migran dan keluarga pekerja migran menjawab survei di {words:study.villages} desa di TTS",
  "leaflet.figure.income": "rumah tangga yang disurvei hidup dengan {fig:income.lowestMonthly} sebulan",
  "leaflet.figure.reasons": "responden menjawab: orang pergi untuk mencari uang lebih banyak",
  "leaflet.figure.ktp": "penduduk TTS memiliki KTP pada {year:ktp.tts}, menurut makalah",
  "leaflet.figure.documents": "pekerja migran dari desa penelitian memiliki akta kelahiran",
  "leaflet.figure.schooling": "pekerja migran dalam survei “hanya berpendidikan dasar”, menurut label makalah",
};

export const HANDOUT = defineStrings<HandoutKey>("handout", { en, id });

/** The label under a chapter's key figure on the leaflet, or undefined where none is written. */
export function leafletFigureLabel(locale: Locale, slug: string): string | undefined {
  const key = `leaflet.figure.${slug}`;
  return key in en ? HANDOUT[locale][key as HandoutKey] : undefined;
}
