// Destination shares of the total over the last twelve months: one line per destination, broken
// where a month's figure is missing, labelled at its last point.
import * as Plot from "@observablehq/plot";
import type { BriefCharts } from "../brief-types.js";
import { COLORS, monthDate, renderSvg } from "./render-svg.js";

const PALETTE = ["#1f5f8b", "#b5472b", "#4d7c3a", "#8a6d1d", "#6a4c93"];

/**
 * The shares chart as SVG text.
 * @example sharesChart(brief.charts.shares)
 */
export function sharesChart(rows: BriefCharts["shares"]): string {
  const labels = [...new Set(rows.map((r) => r.label))];
  const points = rows.map((r) => ({ date: monthDate(r.period), label: r.label, share: r.share_pct }));
  const held = points.filter((p) => p.share !== null);
  const last = labels.map((l) => held.filter((p) => p.label === l).at(-1)).filter((p) => p !== undefined);
  const dates = points.map((p) => p.date.getTime());
  return renderSvg(
    {
      width: 720,
      height: 280,
      marginLeft: 50,
      marginRight: 90,
      style: { fontSize: "11px", fontFamily: "system-ui, sans-serif", color: COLORS.ink },
      x: { type: "utc", label: null, domain: [new Date(Math.min(...dates)), new Date(Math.max(...dates))] },
      y: {
        label: "share of total (%)",
        grid: true,
        domain: [0, Math.max(10, ...held.map((p) => p.share ?? 0)) * 1.1],
        nice: true,
      },
      color: { domain: labels, range: PALETTE },
      marks: [
        Plot.ruleY([0], { stroke: COLORS.muted }),
        Plot.lineY(points, { x: "date", y: "share", z: "label", stroke: "label", strokeWidth: 2 }),
        Plot.dot(held, { x: "date", y: "share", fill: "label", r: 3 }),
        Plot.text(last, {
          x: "date",
          y: "share",
          text: (d: { label: string; share: number }) => `${d.label} ${d.share.toFixed(1)}%`,
          fill: "label",
          textAnchor: "start",
          dx: 7,
        }),
      ],
    },
    "Destination shares of the monthly total, last twelve months",
  );
}
