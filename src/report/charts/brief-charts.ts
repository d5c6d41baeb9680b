// All the charts of a brief, by name, as SVG text: what the HTML inlines and the markdown links.
import type { Brief } from "../brief-types.js";
import { destinationsChart } from "./destinations-chart.js";
import { levelChart } from "./level-chart.js";
import { sharesChart } from "./shares-chart.js";

export interface BriefChart {
  name: "level" | "destinations" | "shares";
  title: string;
  svg: string;
}

/**
 * The charts a brief has data for, in reading order.
 * @example briefCharts(brief).map((c) => c.name) // ["level", "destinations", "shares"]
 */
export function briefCharts(brief: Brief): BriefChart[] {
  const out: BriefChart[] = [];
  const { level, destinations, shares } = brief.charts;
  if (level.points.some((p) => p.value !== null)) {
    out.push({
      name: "level",
      title: `Monthly exports, last ${level.points.length} months, with policy events`,
      svg: levelChart(level, brief.period),
    });
  }
  if (destinations.length > 0) {
    out.push({
      name: "destinations",
      title: "Destinations, this month against last",
      svg: destinationsChart(destinations, brief.period, brief.previous_period, brief.unit),
    });
  }
  if (shares.some((s) => s.share_pct !== null)) {
    out.push({ name: "shares", title: "Shares of the total by destination", svg: sharesChart(shares) });
  }
  return out;
}
