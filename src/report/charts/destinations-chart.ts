// Destinations this month against last: paired horizontal bars per partner, this month dark and
// last month light; a partner with no figure in a month has no bar for it (not a zero).
import * as Plot from "@observablehq/plot";
import type { BriefCharts } from "../brief-types.js";
import { shortMonth } from "../format-figures.js";
import { COLORS, renderSvg } from "./render-svg.js";

/**
 * The destinations chart as SVG text.
 * @example destinationsChart(brief.charts.destinations, "2025-11", "2025-10", "t")
 */
export function destinationsChart(
  rows: BriefCharts["destinations"],
  period: string,
  previous: string,
  unit: string,
): string {
  const now = shortMonth(period);
  const before = shortMonth(previous);
  const bars = rows
    .flatMap((r) => [
      { label: r.label, month: before, value: r.prev_value },
      { label: r.label, month: now, value: r.value },
    ])
    .filter((b): b is { label: string; month: string; value: number } => b.value !== null);
  const order = rows.map((r) => r.label);
  return renderSvg(
    {
      width: 720,
      height: 40 + rows.length * 44,
      marginTop: 30,
      marginLeft: 100,
      marginRight: 70,
      style: { fontSize: "11px", fontFamily: "system-ui, sans-serif", color: COLORS.ink },
      x: {
        label: unit,
        grid: true,
        domain: [0, Math.max(1, ...bars.map((b) => b.value)) * 1.3],
        nice: true,
        tickFormat: (d: number) => d.toLocaleString("en-US"),
        axis: "top",
      },
      y: { domain: [before, now], label: null, axis: null },
      fy: { domain: order, label: null, axis: null },
      marks: [
        Plot.barX(bars, {
          fy: "label",
          y: "month",
          x: "value",
          fill: (d: { month: string }) => (d.month === now ? COLORS.current : COLORS.previous),
        }),
        Plot.text(bars, {
          fy: "label",
          y: "month",
          x: "value",
          text: (d: { month: string; value: number }) => `${d.month}: ${d.value.toLocaleString("en-US")}`,
          textAnchor: "start",
          dx: 4,
          fill: COLORS.ink,
        }),
        Plot.text(rows, { fy: "label", text: "label", frameAnchor: "left", dx: -96, fontWeight: "bold" }),
        Plot.ruleX([0], { stroke: COLORS.muted }),
      ],
    },
    `Exports by destination, ${now} against ${before}`,
  );
}
