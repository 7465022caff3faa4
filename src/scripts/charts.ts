/** The charts' motion: bars start empty and grow when their chapter (or embed) is reached, never under reduced motion. */
export function prepareCharts(reduced: boolean): void {
  if (reduced) return;
  document.querySelectorAll<SVGRectElement>(".chart__bar").forEach((bar) => bar.setAttribute("width", "0"));
}

export function animateCharts(section: Node & ParentNode, reduced: boolean): void {
  document.querySelectorAll<HTMLElement>(".chart[data-chart-state='active']").forEach((c) => {
    if (!section.contains(c)) c.dataset.chartState = "shown";
  });
  const charts = [...section.querySelectorAll<HTMLElement>(".chart")];
  if (charts.length === 0) return;
  for (const c of charts) c.dataset.chartState = "active";
  if (reduced) return;
  void import("./chart-motion.ts").then(({ growBars }) => charts.forEach((c) => growBars(c)));
}
