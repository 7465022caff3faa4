/**
 * The live map's names as a person sees them: every name (or interviewee badge) whose point is on
 * the map, read from the layout, and what is wrong with them: a name running out of the map, over
 * another name or another name's dot, or under the map's buttons and controls, or a name the
 * chapter is about left out.
 */
import type { Locator } from "@playwright/test";

export async function liveNameProblems(map: Locator): Promise<{ names: string[]; problems: string[] }> {
  return map.evaluate((figure) => {
    type Box = { left: number; top: number; right: number; bottom: number };
    // Rounded layout leaves fractions of a pixel where boxes meet exactly.
    const overlap = (a: Box, b: Box): boolean =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const frame = figure.querySelector(".story-map__frame")!.getBoundingClientRect();
    const onMap = (x: number, y: number): boolean => x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
    // The names a chapter is about (study villages, Soe, interviewees) must show wherever their point is on the map.
    const { labels } = JSON.parse(document.getElementById("story-config")!.textContent!) as {
      labels: Record<"study" | "studyToSoe" | "voices", { id: string }[]> & { soe: { id: string } };
    };
    const mustShow = new Set([...labels.study, ...labels.studyToSoe, ...labels.voices, labels.soe].map((l) => l.id));
    const names: { text: string; box: DOMRect; dot?: DOMRect }[] = [];
    const problems: string[] = [];
    for (const marker of figure.querySelectorAll<HTMLElement>(".map-label")) {
      const dot = marker.querySelector<HTMLElement>(".map-label__dot");
      // A name's marker is a dot-sized box on its point (an island's dot is not drawn); a badge is its own marker.
      const point = marker.getBoundingClientRect();
      if (!onMap(point.left + point.width / 2, point.top + point.height / 2)) continue;
      const text = marker.querySelector(".map-label__text, .map-label__badge")!;
      if (!marker.checkVisibility({ visibilityProperty: true })) {
        if (mustShow.has(marker.dataset.labelId!)) problems.push(`"${text.textContent}" is hidden`);
        continue;
      }
      const dotBox = dot?.checkVisibility() ? dot.getBoundingClientRect() : undefined;
      names.push({ text: text.textContent!, box: text.getBoundingClientRect(), dot: dotBox });
    }
    const overlays = [...figure.querySelectorAll(".story-map__controls > button, .maplibregl-ctrl")]
      .filter((c) => c.checkVisibility())
      .map((c) => ({ what: c.textContent?.trim() || c.className, box: c.getBoundingClientRect() }));
    const at = (b: Box) => `${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)}`;
    for (const [k, a] of names.entries()) {
      const box = a.box;
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)
        problems.push(`"${a.text}" (${at(box)}) runs out of the map (${at(frame)})`);
      for (const b of names.slice(k + 1))
        if (overlap(box, b.box)) problems.push(`"${a.text}" (${at(box)}) overlaps "${b.text}" (${at(b.box)})`);
      for (const b of names)
        if (b !== a && b.dot && overlap(box, b.dot)) problems.push(`"${a.text}" (${at(box)}) covers the dot of "${b.text}"`);
      for (const o of overlays) if (overlap(box, o.box)) problems.push(`"${a.text}" (${at(box)}) lies under "${o.what}" (${at(o.box)})`);
    }
    return { names: names.map((n) => n.text), problems };
  });
}
