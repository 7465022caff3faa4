/**
 * The data page's "Cite this" copy messages: the only data page words the browser needs, in a
 * table of their own so a click downloads these two, not the whole page's strings.
 */
import { defineStrings } from "./translate.ts";

const en = {
  copied: "Copied to the clipboard.",
  copyFailed: "Could not copy: the text is selected, press Ctrl+C (or ⌘+C).",
} as const;

export type CiteCopyKey = keyof typeof en;

const id: Record<CiteCopyKey, string> = {
  copied: "Tersalin ke papan klip.",
  copyFailed: "Tidak dapat menyalin: teksnya sudah dipilih, tekan Ctrl+C (atau ⌘+C).",
};

export const CITE_COPY = defineStrings<CiteCopyKey>("cite copy", { en, id });
