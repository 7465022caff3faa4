/**
 * Numbered notes (see src/lib/build/notes.ts). Without this script a note's marker is a link into its
 * closed disclosure, which the browser opens on arrival. With it, the marker opens the note in
 * place without touching the address (the story keeps its chapter there), and moves the focus
 * to the note so keyboard and screen-reader users land on what they asked for. Printing opens
 * every note, so that paper carries them as footnotes.
 */
function openNote(id: string): void {
  const body = document.getElementById(id);
  const details = body?.closest<HTMLDetailsElement>("details.note");
  if (!details) return;
  details.open = true;
  details.querySelector<HTMLElement>("summary")?.focus({ preventScroll: true });
  details.scrollIntoView({ block: "nearest", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
}

document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-note-ref]");
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  openNote(link.dataset.noteRef!);
});

// Paper cannot open a disclosure: open them all for printing, then put them back as they were.
let closedForPrint: HTMLDetailsElement[] = [];
addEventListener("beforeprint", () => {
  closedForPrint = [...document.querySelectorAll<HTMLDetailsElement>("details.note:not([open])")];
  closedForPrint.forEach((d) => (d.open = true));
});
addEventListener("afterprint", () => {
  closedForPrint.forEach((d) => (d.open = false));
  closedForPrint = [];
});
