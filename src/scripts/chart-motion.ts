/** Grows a chart's bars from their start to their value with a d3 transition (loaded on first use). */
import { select } from "d3-selection";
import "d3-transition";
import { easeCubicOut } from "d3-ease";

export function growBars(chart: HTMLElement): void {
  if (chart.dataset.chartGrown === "true") return;
  chart.dataset.chartGrown = "true";
  select(chart)
    .selectAll<SVGRectElement, unknown>(".chart__bar")
    .attr("width", 0)
    .transition()
    .duration(900)
    .delay((_d, k) => k * 90)
    .ease(easeCubicOut)
    .attr("width", function () {
      return Math.max(0, Number(this.dataset.x1) - Number(this.dataset.x0));
    });
}
