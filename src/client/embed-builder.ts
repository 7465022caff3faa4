/**
 * Binds the embed builder (components/EmbedBuilder.astro) to lib/shared/embed-builder.ts: every change of
 * an option rebuilds the code, the oEmbed address, the download links and the preview iframe from
 * the same output, so the preview is what the pasted code shows. Without JavaScript the page's
 * list of ready codes stays.
 */
import { buildEmbed, type BuilderOptions, type BuilderView, type PreviewWidth } from "../lib/shared/embed-builder.ts";
import type { Locale } from "../i18n/locales.ts";
import { copyText } from "./clipboard.ts";

const form = document.querySelector<HTMLFormElement>("[data-builder]");
const data = document.getElementById("builder-views");
if (form && data) setup(form, JSON.parse(data.textContent ?? "{}") as { views: BuilderView[] });

function setup(form: HTMLFormElement, { views }: { views: BuilderView[] }): void {
  const base = form.dataset.siteBase ?? "/";
  const site = new URL(base, location.href).href;
  const code = form.querySelector<HTMLTextAreaElement>("[data-builder-code]")!;
  const oembed = form.querySelector<HTMLInputElement>("[data-builder-oembed]")!;
  const host = form.querySelector<HTMLElement>("[data-builder-host]")!;
  const status = form.querySelector<HTMLElement>("[data-builder-status]")!;
  const svg = form.querySelector<HTMLAnchorElement>("[data-builder-svg]")!;
  const png = form.querySelector<HTMLAnchorElement>("[data-builder-png]")!;

  const options = (): BuilderOptions => {
    const f = new FormData(form);
    return {
      view: String(f.get("view")),
      locale: String(f.get("lang")) as Locale,
      interactive: f.get("mode") !== "still",
      chapter: String(f.get("chapter") ?? "") || undefined,
      width: Number(f.get("width")) as PreviewWidth,
    };
  };

  const update = (): void => {
    const chosen = options();
    const isMap = views.find((v) => v.id === chosen.view)?.kind === "map";
    for (const el of form.querySelectorAll<HTMLElement>("[data-builder-map-only]")) el.hidden = !isMap;
    const out = buildEmbed(chosen, views, site);
    code.value = out.code;
    oembed.value = out.oembed;
    svg.href = `${base}graphics/${chosen.locale}/${chosen.view}.svg`;
    png.href = `${base}graphics/${chosen.locale}/${chosen.view}.png`;
    host.style.width = `${out.width}px`;
    // The preview is the pasted code itself, parsed (it is built from escaped values only): its
    // iframe, and its script run once, as a host page runs it (the site's CSP allows it by hash).
    const pasted = new DOMParser().parseFromString(out.code, "text/html");
    const frame = pasted.querySelector("iframe")!;
    const resizer = pasted.querySelector("script")?.textContent ?? "";
    if (resizer && !document.querySelector("script[data-builder-resizer]")) {
      const script = document.createElement("script");
      script.dataset.builderResizer = "";
      script.textContent = resizer;
      document.body.append(script);
    }
    const current = host.querySelector("iframe");
    if (current?.getAttribute("src") === frame.getAttribute("src") && current.getAttribute("height") === frame.getAttribute("height"))
      return;
    host.replaceChildren(document.importNode(frame, true));
    status.textContent = "";
  };

  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  for (const button of form.querySelectorAll<HTMLButtonElement>("[data-builder-copy]")) {
    button.addEventListener("click", async () => {
      const text = button.dataset.builderCopy === "oembed" ? oembed.value : code.value;
      const ok = await copyText(text);
      status.textContent = (ok ? status.dataset.copied : status.dataset.failed) ?? "";
    });
  }
  form.hidden = false;
  document.querySelector<HTMLElement>("[data-builder-list]")!.hidden = true;
  update();
}
