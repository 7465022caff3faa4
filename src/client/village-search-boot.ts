/**
 * Starts the road-to-Soe chapter's village search when it is needed, not before: at the reader's
 * first focus or touch of its field, or at once when the address names a village
 * (`#soe?village=…`). Its code and its list of villages load only then.
 */
import { readHash } from "../lib/shared/url-state.ts";

export function bootVillageSearch(): void {
  const root = document.querySelector<HTMLElement>("[data-village-search]");
  const input = root?.querySelector<HTMLInputElement>("[data-village-input]");
  if (!root || !input) return;
  let started: Promise<{ showCode(code: string): void }> | undefined;
  const start = () => (started ??= import("./village-search.ts").then((m) => m.startVillageSearch(root, input)));
  const fromAddress = (): void => {
    const { chapter, village } = readHash(location.hash);
    if (village !== null && root.closest<HTMLElement>("section.chapter")?.id === chapter) void start().then((s) => s.showCode(village));
  };
  input.addEventListener("focus", () => void start(), { once: true });
  input.addEventListener("pointerdown", () => void start(), { once: true });
  window.addEventListener("hashchange", fromAddress);
  // A reader may have reached the field before this script ran.
  if (document.activeElement === input) void start();
  fromAddress();
}
