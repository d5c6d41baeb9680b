// Server-side rendering of Observable Plot charts to SVG text, on a linkedom document. The output
// is deterministic: fixed sizes, no clip paths (their ids count up across calls), UTC time scales,
// and the SVG made to scale with its container.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export type PlotOptions = Plot.PlotOptions;

/**
 * Render Plot options to an SVG string that scales to the width of its container.
 * @example renderSvg({ marks: [Plot.barY([1, 2, 3])] }, "Three bars")
 */
export function renderSvg(options: PlotOptions, title: string): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const node = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  if (node.tagName.toLowerCase() !== "svg")
    throw new Error("chart rendered a figure, not a bare SVG: drop legends and captions");
  node.setAttribute("role", "img");
  node.setAttribute("aria-label", title);
  node.setAttribute("preserveAspectRatio", "xMinYMin meet");
  node.removeAttribute("height");
  node.setAttribute("width", "100%");
  const titleEl = document.createElement("title");
  titleEl.textContent = title;
  node.insertBefore(titleEl, node.firstChild);
  return node.outerHTML;
}

/** A period `YYYY-MM` as the UTC date of its first day, for time scales. */
export function monthDate(period: string): Date {
  return new Date(`${period}-01T00:00:00Z`);
}

export const COLORS = {
  ink: "#1d2731",
  muted: "#6b7785",
  accent: "#b5472b",
  current: "#1f5f8b",
  previous: "#a9bccb",
  event: "#8a6d1d",
};
