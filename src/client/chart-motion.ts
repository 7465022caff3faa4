/** Grows a chart's bars from zero to their value with a d3 transition (loaded on first use). */
import { select } from "d3-selection";
import "d3-transition";
import { easeCubicOut } from "d3-ease";

export function growBars(chart: HTMLElement): void {
  if (!chart.classList.contains("chart--pending")) return;
  const bars = select(chart).selectAll<SVGRectElement, unknown>(".chart__bar");
  bars.style("transform", "scaleX(0)");
  chart.classList.remove("chart--pending");
  bars
    .transition()
    .duration(900)
    .delay((_d, k) => k * 90)
    .ease(easeCubicOut)
    .styleTween("transform", () => (t: number) => `scaleX(${t})`)
    .on("end", function () {
      this.style.removeProperty("transform");
    });
}
