/**
 * What each chart shows: its title, its rows (figure keys) and their short labels, in both
 * languages. Content, not code: labels may hold figure tokens, which the build formats.
 */
import type { ChartId } from "./chapter-schema.ts";

type Text = { en: string; id: string };

export interface ChartRowDef {
  /** the figure shown; for a range, its lower end */
  key: string;
  /** the upper end, for a range (e.g. Oko Mama paid for work in Java or Bali) */
  to?: string;
  label: Text;
  /** drawn in the accent colour: the row the chapter is about */
  emphasis?: boolean;
}

export interface ChartDef {
  title: Text;
  scale: "percent" | "linear" | "log";
  rows: ChartRowDef[];
  note?: Text;
}

/** One measure only: bodies of migrant workers sent home to NTT. (The agency's 2017 count is of deaths abroad, another measure, and is left out.) */
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;

export const CHART_DEFS: Record<ChartId, ChartDef> = {
  deaths: {
    title: { en: "Bodies of NTT migrant workers sent home, by year", id: "Jenazah pekerja migran NTT yang dipulangkan, per tahun" },
    scale: "linear",
    rows: YEARS.map((y) => ({ key: `deaths.y${y}`, label: { en: `{year:deaths.y${y}}`, id: `{year:deaths.y${y}}` } })),
    note: {
      en: "Counted by the migrant-worker protection agency in Kupang, as the press reported it. The figures for {year:deaths.y2021} to {year:deaths.y2023} come from one outlet's reports.",
      id: "Dihitung balai pelindungan pekerja migran di Kupang, sebagaimana diberitakan media. Angka {year:deaths.y2021} sampai {year:deaths.y2023} berasal dari laporan satu media.",
    },
  },
  income: {
    title: { en: "Monthly household income of the families surveyed", id: "Pendapatan rumah tangga per bulan keluarga responden" },
    scale: "percent",
    rows: [
      { key: "income.under100k", label: { en: "{fig:income.lowestMonthly}", id: "{fig:income.lowestMonthly}" }, emphasis: true },
      {
        key: "income.from100kTo250k",
        label: {
          en: "{fig:income.lowestMonthly} to {fig:income.bracket250k}",
          id: "{fig:income.lowestMonthly} sampai {fig:income.bracket250k}",
        },
      },
      {
        key: "income.from250kTo500k",
        label: {
          en: "{fig:income.bracket250k} to {fig:income.bracket500k}",
          id: "{fig:income.bracket250k} sampai {fig:income.bracket500k}",
        },
      },
    ],
    note: {
      en: "Share of households. The paper reports these three groups only.",
      id: "Persentase rumah tangga. Makalah hanya melaporkan tiga kelompok ini.",
    },
  },
  poverty: {
    title: {
      en: "Share of people in poverty, TTS and NTT, March {year:povertyRegency.r5302.y2021} and {year:povertyRegency.r5302.y2024}",
      id: "Persentase penduduk miskin, TTS dan NTT, Maret {year:povertyRegency.r5302.y2021} dan {year:povertyRegency.r5302.y2024}",
    },
    scale: "percent",
    rows: [
      {
        key: "povertyRegency.r5302.y2021",
        label: { en: "TTS, {year:povertyRegency.r5302.y2021}", id: "TTS, {year:povertyRegency.r5302.y2021}" },
        emphasis: true,
      },
      {
        key: "povertyProvince.p2021m03",
        label: { en: "NTT, {year:povertyProvince.p2021m03}", id: "NTT, {year:povertyProvince.p2021m03}" },
      },
      {
        key: "povertyRegency.r5302.y2024",
        label: { en: "TTS, {year:povertyRegency.r5302.y2024}", id: "TTS, {year:povertyRegency.r5302.y2024}" },
        emphasis: true,
      },
      {
        key: "povertyProvince.p2024m03",
        label: { en: "NTT, {year:povertyProvince.p2024m03}", id: "NTT, {year:povertyProvince.p2024m03}" },
      },
    ],
    note: {
      en: "BPS, March survey of each year: TTS from the table of regencies, NTT from the province's release.",
      id: "BPS, survei Maret tiap tahun: TTS dari tabel kabupaten/kota, NTT dari rilis provinsi.",
    },
  },
  reasons: {
    title: { en: "Why people leave to work as migrants", id: "Alasan orang berangkat menjadi pekerja migran" },
    scale: "percent",
    rows: [
      { key: "reasons.moreMoney", label: { en: "To earn more money", id: "Mencari penghasilan lebih" }, emphasis: true },
      { key: "reasons.cropFailure", label: { en: "Failed harvest or planting", id: "Gagal panen atau gagal tanam" } },
    ],
    note: {
      en: "Share of respondents. The paper reports these two reasons only.",
      id: "Persentase responden. Makalah hanya melaporkan dua alasan ini.",
    },
  },
  ktp: {
    title: { en: "Residents holding an ID card (KTP), {year:ktp.tts}", id: "Penduduk yang memiliki KTP, {year:ktp.tts}" },
    scale: "percent",
    rows: [
      { key: "ktp.tts", label: { en: "TTS", id: "TTS" }, emphasis: true },
      { key: "ktp.ntt", label: { en: "NTT", id: "NTT" } },
      { key: "ktp.indonesia", label: { en: "Indonesia", id: "Indonesia" } },
    ],
    note: {
      en: "No public source other than the paper was found for these values.",
      id: "Tidak ditemukan sumber publik selain makalah untuk angka-angka ini.",
    },
  },
  documents: {
    title: { en: "Documents held by migrant workers from the six villages", id: "Dokumen yang dimiliki pekerja migran dari enam desa" },
    scale: "percent",
    rows: [
      { key: "docs.birthCertificate", label: { en: "Birth certificate", id: "Akta kelahiran" }, emphasis: true },
      { key: "docs.ktp", label: { en: "ID card (KTP)", id: "KTP" } },
      { key: "docs.baptism", label: { en: "Baptism certificate", id: "Surat baptis" } },
    ],
  },
  distances: {
    title: { en: "From each study village to Soe, as the crow flies", id: "Jarak garis lurus dari tiap desa penelitian ke Soe" },
    scale: "linear",
    rows: [
      { key: "distanceToSoe.v5302112008", label: { en: "Kelle", id: "Kelle" } },
      { key: "distanceToSoe.v5302112007", label: { en: "Kuanfatu", id: "Kuanfatu" } },
      { key: "distanceToSoe.v5302112005", label: { en: "Basmuti", id: "Basmuti" } },
      { key: "distanceToSoe.v5302052009", label: { en: "Bone", id: "Bone" } },
      { key: "distanceToSoe.v5302182001", label: { en: "Neke", id: "Neke" } },
      { key: "distanceToSoe.v5302182002", label: { en: "Pene (North Pene)", id: "Pene (Pene Utara)" } },
    ],
    note: {
      en: "Measured between village centres on the boundary map; the road is longer, and most trips need a motorbike taxi or a bus.",
      id: "Diukur antara titik tengah desa pada peta batas wilayah; jarak lewat jalan lebih jauh, dan sebagian besar perjalanan butuh ojek atau bus.",
    },
  },
  enrolment: {
    title: {
      en: "Children of junior-high age in school, among the poorest {fig:enrolment.poorestShare}, {year:enrolment.tts}",
      id: "Anak usia SMP yang bersekolah, di antara {fig:enrolment.poorestShare} penduduk termiskin, {year:enrolment.tts}",
    },
    scale: "percent",
    rows: [
      { key: "enrolment.tts", label: { en: "TTS", id: "TTS" }, emphasis: true },
      { key: "enrolment.ntt", label: { en: "NTT", id: "NTT" } },
      { key: "enrolment.indonesia", label: { en: "Indonesia", id: "Indonesia" } },
    ],
    note: {
      en: "No public source other than the paper was found for these values.",
      id: "Tidak ditemukan sumber publik selain makalah untuk angka-angka ini.",
    },
  },
  attainment: {
    title: {
      en: "Schooling of migrant workers in the survey of six villages, in the paper's groups",
      id: "Pendidikan pekerja migran dalam survei di enam desa, menurut pengelompokan makalah",
    },
    scale: "percent",
    rows: [
      {
        key: "education.elementaryOnly",
        label: { en: "“Only had elementary education”", id: "“Hanya berpendidikan dasar”" },
        emphasis: true,
      },
      { key: "education.completedPrimary", label: { en: "“Completed primary school”", id: "“Tamat sekolah dasar”" } },
      { key: "education.elementaryNotCompleted", label: { en: "Did not finish elementary school", id: "Tidak tamat SD" } },
      { key: "education.juniorHighNotCompleted", label: { en: "Left junior high without graduating", id: "Tidak tamat SMP" } },
    ],
    note: {
      en: "Migrant workers covered by the survey of six villages of TTS, under the paper's own labels. The paper does not say how its first two groups differ, nor who makes up the rest.",
      id: "Pekerja migran yang tercakup survei di enam desa di TTS, dengan label makalah sendiri. Makalah tidak menjelaskan beda dua kelompok pertama, juga siapa sisanya.",
    },
  },
  okoMama: {
    title: { en: "Oko Mama money paid by recruiters, by destination", id: "Uang Oko Mama dari perekrut, menurut tujuan kerja" },
    scale: "log",
    rows: [
      { key: "okoMama.n4WithinNtt", label: { en: "Work within NTT (usual)", id: "Kerja di dalam NTT (biasanya)" } },
      {
        key: "okoMama.n4JavaBaliMin",
        to: "okoMama.n4JavaBaliMax",
        label: { en: "Work in Java or Bali", id: "Kerja di Jawa atau Bali" },
        emphasis: true,
      },
      {
        key: "okoMama.min",
        to: "okoMama.max",
        label: { en: "All payments recorded by the survey", id: "Semua pembayaran yang tercatat survei" },
      },
    ],
    note: {
      en: "Amounts in rupiah on a log scale. Destinations per N4, a resident of North Pene (paraphrased); the range from the survey.",
      id: "Jumlah dalam rupiah, skala logaritmik. Tujuan kerja menurut N4, warga Pene Utara; rentang dari survei.",
    },
  },
};
