/**
 * Every string of the interface, in both languages. Indonesian is typed against English, so a key
 * missing from either edition fails the type check (and the parity test).
 */
import type { Locale } from "./locales.ts";

const en = {
  "site.title": "Why they leave without papers",
  "site.kicker": "Timor Tengah Selatan, Nusa Tenggara Timur, Indonesia",
  "site.description":
    "A story map of a field study in six villages of Timor Tengah Selatan, Indonesia: why migrant workers leave through irregular channels, and how recruiters exploit it.",
  "site.dek":
    "In the hills of West Timor, families send sons, daughters and spouses abroad for work, often through brokers and without the papers that would protect them. A field study in six villages asked why.",
  "site.byline": "Based on the field study by Yohanes Victor Lasi Usbobo and Jasintah Tagang Sogen (IRGSC, Kupang), Lumen Veritatis, 2023.",
  "nav.skip": "Skip to the story",
  "nav.contents": "Chapters",
  "nav.language": "Bahasa Indonesia",
  "nav.languageLabel": "Baca dalam Bahasa Indonesia",
  "map.exploreHere": "Explore the map",
  "maplibre.map": "Map",
  "maplibre.zoomIn": "Zoom in",
  "maplibre.zoomOut": "Zoom out",
  "maplibre.resetBearing": "Drag to rotate the map, click to face north",
  "maplibre.toggleAttribution": "Show or hide the map's credits",
  "maplibre.mapFeedback": "Map feedback",
  "maplibre.marker": "Map marker",
  "year.label": "Poverty map year",
  "nav.chapterLanguageLabel": "Baca bagian ini dalam Bahasa Indonesia",
  "nav.chapterTools": "This chapter",
  "embed.map": "Embed the map “{title}”",
  "embed.chart": "Embed the chart “{title}”",
  "map.label": "Map",
  "map.legend": "Legend",
  "map.description": "What the map shows",
  "map.explore": "Explore the map",
  "map.backToStory": "Back to the story",
  "map.exploring": "You are exploring the map. Drag to move and use the buttons to zoom; the story waits where you left it.",
  "map.noWebgl": "This browser cannot draw the interactive map, so a still map is shown for each chapter.",
  "map.failed": "The interactive map could not start here, so a still map is shown for each chapter.",
  "map.staticAlt": "Still map",
  "map.credit":
    "Boundaries: cahyadsn/wilayah_boundaries (MIT); neighbouring countries: Natural Earth (public domain). Map drawn by this site; no outside map service.",
  "map.neighbourCredit": "Neighbouring countries: Natural Earth (public domain)",
  "legend.studyVillage": "Study village",
  "legend.village": "Village (desa/kelurahan)",
  "legend.district": "Sub-district (kecamatan) border",
  "legend.regency": "Regency (kabupaten/kota) border",
  "legend.tts": "Timor Tengah Selatan (TTS)",
  "legend.province": "Province border",
  "legend.poverty": "Share of people below the poverty line, March {year}",
  "legend.povertySource": "BPS NTT via public datasets; one source for most 2021 values",
  "legend.povertyYear": "Year",
  "legend.ktp": "Residents holding an ID card (KTP), {year}",
  "legend.ktpTts": "TTS",
  "legend.ktpNtt": "NTT, whole province",
  "legend.ktpIndonesia": "Indonesia, national",
  "legend.ktpSource": "Usbobo & Sogen, Figure 5 (no other public source found)",
  "legend.toSoe": "Straight line to Soe (roads are longer)",
  "legend.voices": "Interviewee (paraphrased)",
  "legend.soe": "Soe, seat of the civil registry",
  "chart.dataTable": "Data table",
  "chart.source": "Source",
  "chart.category": "Category",
  "chart.value": "Value",
  "chapter.sources": "Sources",
  "chapter.sourceConfirm1": "one source",
  "chapter.sourceConfirm2": "two or more sources",
  "figures.paper": "Usbobo & Sogen 2023",
  "sources.title": "All sources",
  "sources.license": "Licence",
  "sources.inconsistencies": "Where the numbers disagree",
  "sources.uses": "The story uses",
  "sources.because": "Why",
  "sources.value": "Value",
  "sources.where": "Where",
  "embed.readStory": "Read the whole story",
  "embed.dialogTitle": "Embed this on your site",
  "embed.instructions": "Copy this code into your article. The frame sets its own height; no script of ours is needed on your page.",
  "embed.codeLabel": "Embed code",
  "embed.copy": "Copy code",
  "embed.copied": "Copied to the clipboard",
  "embed.close": "Close",
  "share.action": "Share this chapter",
  "share.copied": "Link copied to the clipboard",
  "share.cardAlt": "Map and title of the chapter",
  "footer.made": "Made from public sources. No cookies, no tracking, no outside requests.",
} as const;

export type UiKey = keyof typeof en;

const id: Record<UiKey, string> = {
  "site.title": "Mengapa mereka pergi tanpa dokumen",
  "site.kicker": "Timor Tengah Selatan, Nusa Tenggara Timur, Indonesia",
  "site.description":
    "Peta cerita tentang penelitian lapangan di enam desa Timor Tengah Selatan: mengapa pekerja migran berangkat lewat jalur non-prosedural, dan bagaimana perekrut memanfaatkannya.",
  "site.dek":
    "Di perbukitan Timor Barat, keluarga melepas anak, suami atau istri untuk bekerja jauh, sering lewat calo dan tanpa dokumen yang bisa melindungi mereka. Sebuah penelitian di enam desa mencari tahu sebabnya.",
  "site.byline":
    "Berdasarkan penelitian lapangan Yohanes Victor Lasi Usbobo dan Jasintah Tagang Sogen (IRGSC, Kupang), Lumen Veritatis, 2023.",
  "nav.skip": "Langsung ke cerita",
  "nav.contents": "Daftar bagian",
  "nav.language": "English",
  "nav.languageLabel": "Read in English",
  "map.exploreHere": "Jelajahi peta",
  "maplibre.map": "Peta",
  "maplibre.zoomIn": "Perbesar",
  "maplibre.zoomOut": "Perkecil",
  "maplibre.resetBearing": "Seret untuk memutar peta, klik untuk menghadap utara",
  "maplibre.toggleAttribution": "Tampilkan atau sembunyikan atribusi peta",
  "maplibre.mapFeedback": "Masukan tentang peta",
  "maplibre.marker": "Penanda peta",
  "year.label": "Tahun peta kemiskinan",
  "nav.chapterLanguageLabel": "Read this chapter in English",
  "nav.chapterTools": "Bagian ini",
  "embed.map": "Sematkan peta “{title}”",
  "embed.chart": "Sematkan grafik “{title}”",
  "map.label": "Peta",
  "map.legend": "Keterangan",
  "map.description": "Yang ditampilkan peta",
  "map.explore": "Jelajahi peta",
  "map.backToStory": "Kembali ke cerita",
  "map.exploring":
    "Anda sedang menjelajahi peta. Geser untuk berpindah dan pakai tombol untuk memperbesar; cerita menunggu di tempat Anda berhenti.",
  "map.noWebgl": "Peramban ini tidak dapat menggambar peta interaktif, jadi setiap bagian menampilkan peta diam.",
  "map.failed": "Peta interaktif tidak dapat dimulai di sini, jadi setiap bagian menampilkan peta diam.",
  "map.staticAlt": "Peta diam",
  "map.credit":
    "Batas wilayah: cahyadsn/wilayah_boundaries (MIT); negara tetangga: Natural Earth (domain publik). Peta digambar oleh situs ini; tanpa layanan peta dari luar.",
  "map.neighbourCredit": "Negara tetangga: Natural Earth (domain publik)",
  "legend.studyVillage": "Desa lokasi penelitian",
  "legend.village": "Desa/kelurahan",
  "legend.district": "Batas kecamatan",
  "legend.regency": "Batas kabupaten/kota",
  "legend.tts": "Timor Tengah Selatan (TTS)",
  "legend.province": "Batas provinsi",
  "legend.poverty": "Persentase penduduk miskin, Maret {year}",
  "legend.povertySource": "BPS NTT lewat dataset publik; sebagian besar angka 2021 hanya dari satu sumber",
  "legend.povertyYear": "Tahun",
  "legend.ktp": "Penduduk yang memiliki KTP, {year}",
  "legend.ktpTts": "TTS",
  "legend.ktpNtt": "NTT, seluruh provinsi",
  "legend.ktpIndonesia": "Indonesia, nasional",
  "legend.ktpSource": "Usbobo & Sogen, Gambar 5 (tidak ditemukan sumber publik lain)",
  "legend.toSoe": "Garis lurus ke Soe (jalan sebenarnya lebih jauh)",
  "legend.voices": "Narasumber (diceritakan ulang)",
  "legend.soe": "Soe, tempat kantor Dukcapil",
  "chart.dataTable": "Tabel data",
  "chart.source": "Sumber",
  "chart.category": "Kategori",
  "chart.value": "Nilai",
  "chapter.sources": "Sumber",
  "chapter.sourceConfirm1": "satu sumber",
  "chapter.sourceConfirm2": "dua sumber atau lebih",
  "figures.paper": "Usbobo & Sogen 2023",
  "sources.title": "Semua sumber",
  "sources.license": "Lisensi",
  "sources.inconsistencies": "Ketika angka tidak sama",
  "sources.uses": "Yang dipakai cerita ini",
  "sources.because": "Alasannya",
  "sources.value": "Nilai",
  "sources.where": "Letak",
  "embed.readStory": "Baca cerita selengkapnya",
  "embed.dialogTitle": "Sematkan di situs Anda",
  "embed.instructions": "Salin kode ini ke artikel Anda. Bingkainya mengatur tingginya sendiri; halaman Anda tidak perlu skrip dari kami.",
  "embed.codeLabel": "Kode sematan",
  "embed.copy": "Salin kode",
  "embed.copied": "Tersalin ke papan klip",
  "embed.close": "Tutup",
  "share.action": "Bagikan bagian ini",
  "share.copied": "Tautan tersalin ke papan klip",
  "share.cardAlt": "Peta dan judul bagian ini",
  "footer.made": "Dibuat dari sumber publik. Tanpa cookie, tanpa pelacakan, tanpa permintaan ke luar.",
};

export const UI: Record<Locale, Record<UiKey, string>> = { en, id };

/** MapLibre's own interface strings (its `locale` option) in a language. */
export function mapLibreLocale(locale: Locale): Record<string, string> {
  return {
    "Map.Title": t(locale, "maplibre.map"),
    "Marker.Title": t(locale, "maplibre.marker"),
    "NavigationControl.ZoomIn": t(locale, "maplibre.zoomIn"),
    "NavigationControl.ZoomOut": t(locale, "maplibre.zoomOut"),
    "NavigationControl.ResetBearing": t(locale, "maplibre.resetBearing"),
    "AttributionControl.ToggleAttribution": t(locale, "maplibre.toggleAttribution"),
    "AttributionControl.MapFeedback": t(locale, "maplibre.mapFeedback"),
  };
}

/** Fills {name} placeholders; a missing value is an error naming the string. */
export function fillTemplate(template: string, vars: Record<string, string | number>, what: string): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!(name in vars)) throw new Error(`${what} needs {${name}}`);
    return String(vars[name]);
  });
}

export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(UI[locale][key], vars, `UI string "${key}" (${locale})`);
}
