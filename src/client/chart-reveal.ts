/**
 * The charts' motion: bars out of sight when the script starts wait at zero length until their
 * chapter (or embed) is reached, then grow; never under reduced motion. The waiting is a CSS
 * class, so print and no-JS readers always get full bars.
 */
export function prepareCharts(reduced: boolean): void {
  if (reduced) return;
  // The page is drawn before its scripts run: a chart the reader can already see, or one whose
  // chapter is already shown (a shared link), stays as drawn. Emptying it to grow it again would flash.
  const observer = new IntersectionObserver((entries) => {
    observer.disconnect();
    for (const e of entries) {
      const chart = e.target as HTMLElement;
      if (!e.isIntersecting && chart.dataset.chartState !== "active") chart.classList.add("chart--pending");
    }
  });
  document.querySelectorAll<HTMLElement>(".chart").forEach((c) => observer.observe(c));
}

export function animateCharts(section: Node & ParentNode, reduced: boolean): void {
  document.querySelectorAll<HTMLElement>(".chart[data-chart-state='active']").forEach((c) => {
    if (!section.contains(c)) c.dataset.chartState = "shown";
  });
  const charts = [...section.querySelectorAll<HTMLElement>(".chart")];
  if (charts.length === 0) return;
  for (const c of charts) c.dataset.chartState = "active";
  if (reduced) return;
  void import("./chart-motion.ts")
    .then(({ growBars }) => charts.forEach((c) => growBars(c)))
    .catch(() => charts.forEach((c) => c.classList.remove("chart--pending")));
}
