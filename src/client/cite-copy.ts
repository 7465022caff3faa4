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
  // The messages come from the page's string table, loaded on the first click.
  const { td } = await import("../i18n/data-page.ts");
  const lang = document.documentElement.lang;
  status.textContent = td(isLocale(lang) ? lang : "en", copied ? "cite.copied" : "cite.copyFailed");
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  button.hidden = false;
  button.addEventListener("click", () => void copyCitation(button));
}
