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

const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;

export const CHART_DEFS: Record<ChartId, ChartDef> = {
  deaths: {
    title: { en: "NTT migrant workers who came home dead, by year", id: "Pekerja migran NTT yang pulang tak bernyawa, per tahun" },
    scale: "linear",
    rows: YEARS.map((y) => ({ key: `deaths.y${y}`, label: { en: `{year:deaths.y${y}}`, id: `{year:deaths.y${y}}` } })),
    note: {
      en: "The first year counts deaths abroad; later years count bodies sent home to NTT. Years after {year:deaths.y2020} other than {year:deaths.y2024} rest on one outlet's reports.",
      id: "Tahun pertama menghitung kematian di luar negeri; tahun-tahun berikutnya menghitung jenazah yang dipulangkan ke NTT. Angka setelah {year:deaths.y2020} selain {year:deaths.y2024} hanya bersandar pada laporan satu media.",
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
    title: { en: "Share of people in poverty, {year:poverty.tts}", id: "Persentase penduduk miskin, {year:poverty.tts}" },
    scale: "percent",
    rows: [
      { key: "poverty.tts", label: { en: "TTS (paper)", id: "TTS (makalah)" }, emphasis: true },
      { key: "poverty.ntt", label: { en: "NTT (paper)", id: "NTT (makalah)" } },
      { key: "povertyProvince.p2020m03", label: { en: "NTT (BPS, March)", id: "NTT (BPS, Maret)" } },
    ],
    note: {
      en: "The paper's NTT value differs from BPS's March figure; its TTS value was found in no other source.",
      id: "Angka NTT dalam makalah berbeda dari angka BPS bulan Maret; angka TTS-nya tidak ditemukan di sumber lain.",
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
      { key: "education.elementaryOnly", label: { en: "Elementary education only", id: "Hanya berpendidikan SD" }, emphasis: true },
      { key: "education.completedPrimary", label: { en: "Completed primary school", id: "Tamat SD" } },
      { key: "education.elementaryNotCompleted", label: { en: "Did not finish elementary school", id: "Tidak tamat SD" } },
      { key: "education.juniorHighNotCompleted", label: { en: "Left junior high without graduating", id: "Tidak tamat SMP" } },
    ],
    note: {
      en: "Former migrant workers and relatives of migrants, surveyed in six villages of TTS. The first two groups seem to describe the same level, and the four shares do not add up to the whole.",
      id: "Mantan pekerja migran dan keluarga pekerja migran yang disurvei di enam desa di TTS. Dua kelompok pertama tampaknya menggambarkan jenjang yang sama, dan keempat angka tidak berjumlah utuh.",
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
