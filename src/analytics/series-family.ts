// Which policy events concern a series: those naming the series itself, its family (rare-earth
// magnets and products belong to the rare earths; graphite-flake to graphite), or, for the rare
// earths, one of the elements (the April 2025 controls named seven elements, not "rare earths").

const RARE_EARTH_ELEMENTS = [
  "lanthanum",
  "cerium",
  "praseodymium",
  "neodymium",
  "promethium",
  "samarium",
  "europium",
  "gadolinium",
  "terbium",
  "dysprosium",
  "holmium",
  "erbium",
  "thulium",
  "ytterbium",
  "lutetium",
  "scandium",
  "yttrium",
] as const;

/** The family id of a series: `rare-earths` for every `rare-earth-*` id, else the first word. */
export function seriesFamily(series: string): string {
  if (series === "rare-earths" || series.startsWith("rare-earth-")) return "rare-earths";
  return series.split("-")[0] ?? series;
}

/**
 * The commodity words an event must name (any of them) to concern this series.
 * @example eventCommodities("rare-earth-magnets") // ["rare-earth-magnets", "rare-earths", "lanthanum", ...]
 */
export function eventCommodities(series: string): string[] {
  const family = seriesFamily(series);
  const words = new Set([series, family]);
  if (family === "rare-earths" || (RARE_EARTH_ELEMENTS as readonly string[]).includes(series)) {
    for (const element of RARE_EARTH_ELEMENTS) words.add(element);
    words.add("rare-earths");
  }
  return [...words];
}
