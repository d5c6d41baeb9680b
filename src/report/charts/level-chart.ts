// The headline chart: the last 36 months of the series as a line with dots, broken where months
// are missing (never drawn across a gap), with policy events as dashed rules keyed by letter
// (the key is listed under the chart).
import * as Plot from "@observablehq/plot";
import type { BriefCharts } from "../brief-types.js";
import { COLORS, monthDate, renderSvg } from "./render-svg.js";

/**
 * The level chart as SVG text.
 * @example levelChart(brief.charts.level, "2025-11")
 */
export function levelChart(level: BriefCharts["level"], period: string): string {
  const points = level.points.map((p) => ({
    date: monthDate(p.period),
    value: p.value,
    current: p.period === period,
  }));
  const held = points.filter((p) => p.value !== null);
  const events = level.events.map((e) => ({ date: monthDate(e.date), key: e.key }));
  const max = Math.max(0, ...held.map((p) => p.value ?? 0));
  return renderSvg(
    {
      width: 720,
      height: 300,
      marginTop: 30,
      marginLeft: 56,
      marginRight: 20,
      style: { fontSize: "11px", fontFamily: "system-ui, sans-serif", color: COLORS.ink },
      x: { type: "utc", label: null, domain: [points[0]!.date, points[points.length - 1]!.date] },
      y: {
        label: `${level.unit} per month`,
        grid: true,
        domain: [0, max * 1.08],
        nice: true,
        tickFormat: (d: number) => d.toLocaleString("en-US"),
      },
      marks: [
        Plot.ruleX(events, { x: "date", stroke: COLORS.event, strokeDasharray: "3,3", strokeOpacity: 0.8 }),
        Plot.text(events, {
          x: "date",
          frameAnchor: "top",
          dy: -12,
          text: "key",
          fill: COLORS.event,
          fontWeight: "bold",
          fontSize: 12,
        }),
        Plot.ruleY([0], { stroke: COLORS.muted }),
        Plot.lineY(points, { x: "date", y: "value", stroke: COLORS.current, strokeWidth: 2 }),
        Plot.dot(held, { x: "date", y: "value", r: 2.5, fill: COLORS.current }),
        Plot.dot(
          held.filter((p) => p.current),
          { x: "date", y: "value", r: 5, fill: COLORS.accent, stroke: "white" },
        ),
        Plot.text(
          held.filter((p) => p.current),
          {
            x: "date",
            y: "value",
            text: (d: { value: number }) => d.value.toLocaleString("en-US"),
            dy: -12,
            fill: COLORS.accent,
            fontWeight: "bold",
            textAnchor: "end",
          },
        ),
      ],
    },
    `Monthly ${level.unit}, last ${points.length} months, with policy events`,
  );
}
