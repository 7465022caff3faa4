/**
 * The data page's "Cite this" copy buttons, shown only once this runs (without it the citation is
 * there to select). Where the clipboard refuses, the citation is selected for the reader to copy.
 */
import { isLocale } from "../i18n/locales.ts";
import { copyText } from "./clipboard.ts";

function selectText(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
}

async function copyCitation(button: HTMLButtonElement): Promise<void> {
  const id = button.dataset.copy!;
  const pre = document.getElementById(id);
  const status = document.querySelector<HTMLElement>(`[data-copy-status="${id}"]`);
  if (!pre || !status) return;
  const copied = await copyText(pre.textContent ?? "");
  if (!copied) selectText(pre);
  // The two messages, loaded on the first click (not the data page's whole string table).
  const [{ t }, { CITE_COPY }] = await Promise.all([import("../i18n/translate.ts"), import("../i18n/cite-copy.ts")]);
  const lang = document.documentElement.lang;
  status.textContent = t(CITE_COPY, isLocale(lang) ? lang : "en", copied ? "copied" : "copyFailed");
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  button.hidden = false;
  button.addEventListener("click", () => void copyCitation(button));
}
