/**
 * Each chapter's share and embed actions. Share uses the device's share sheet where there is one,
 * else copies the chapter's share link; embed opens a dialog with the iframe code to copy. Native
 * <dialog>: it keeps focus inside, closes on Escape and returns focus to the button.
 */
import { EMBED_HEIGHT, embedSnippet } from "../lib/shared/embed-snippet.ts";
import { copyText } from "./clipboard.ts";

export function setupChapterActions(): void {
  const copiedText = document.querySelector<HTMLElement>("[data-share-copied]")?.dataset.shareCopied ?? "";
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-share]")) {
    button.addEventListener("click", async () => {
      const url = new URL(button.dataset.share!, location.href).href;
      const status = button.parentElement?.querySelector<HTMLElement>("[data-share-status]");
      if (navigator.share) {
        try {
          await navigator.share({ title: button.dataset.shareTitle ?? document.title, url });
          return;
        } catch (err) {
          if ((err as Error).name === "AbortError") return;
        }
      }
      const ok = await copyText(url);
      if (status) status.textContent = ok ? `${copiedText}: ${url}` : url;
    });
  }

  const dialog = document.querySelector<HTMLDialogElement>("[data-embed-dialog]");
  if (!dialog) return;
  const code = dialog.querySelector<HTMLTextAreaElement>("[data-embed-code]")!;
  const status = dialog.querySelector<HTMLElement>("[data-embed-status]")!;
  const graphics = dialog.querySelector<HTMLElement>("[data-embed-graphics]");
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-embed-open]")) {
    button.addEventListener("click", () => {
      const src = new URL(button.dataset.embedOpen!, location.href).href;
      const kind = button.dataset.embedKind === "map" ? "map" : "chart";
      const title = button.dataset.embedTitle ?? code.dataset.title ?? document.title;
      code.value = embedSnippet(src, button.dataset.embedId!, title, Number(button.dataset.embedHeight) || EMBED_HEIGHT[kind]);
      status.textContent = "";
      // The view's downloadable graphic (graphics/<locale>/<view>.svg and .png).
      if (graphics) {
        graphics.querySelector<HTMLAnchorElement>("[data-embed-svg]")!.href =
          `${graphics.dataset.embedGraphics}${button.dataset.embedId}.svg`;
        graphics.querySelector<HTMLAnchorElement>("[data-embed-png]")!.href =
          `${graphics.dataset.embedGraphics}${button.dataset.embedId}.png`;
      }
      dialog.showModal();
      code.focus();
      code.select();
    });
  }
  dialog.querySelector("[data-embed-copy]")!.addEventListener("click", async () => {
    const ok = await copyText(code.value);
    code.select();
    status.textContent = ok ? (status.dataset.copied ?? "") : "";
  });
  dialog.querySelector("[data-embed-close]")!.addEventListener("click", () => dialog.close());
}
