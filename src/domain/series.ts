// The series Lodestone knows by id (DESIGN section 3), with the customs lines behind them.
// Other ids are accepted (a publisher's differently scoped figure gets its own id) but have no HS lines.

export interface SeriesInfo {
  id: string;
  name: string;
  /** HS / China national tariff lines (text: leading zeros matter). */
  hs: string[];
}

export const SERIES: readonly SeriesInfo[] = [
  { id: "rare-earth-magnets", name: "rare-earth permanent magnets", hs: ["85051110"] },
  { id: "permanent-magnets-metal", name: "all permanent magnets of metal (HS 8505.11)", hs: ["850511"] },
  { id: "rare-earths", name: "rare earths (customs headline category)", hs: ["280530", "2846"] },
  { id: "rare-earth-metals", name: "rare-earth metals, scandium and yttrium (HS 2805.30)", hs: ["280530"] },
  { id: "rare-earth-compounds", name: "compounds of rare-earth metals (HS 28.46)", hs: ["2846"] },
  { id: "rare-earth-products", name: "rare-earth products incl. magnets (publisher aggregate)", hs: [] },
  { id: "gallium", name: "gallium", hs: ["811292"] },
  { id: "germanium", name: "germanium", hs: ["811299"] },
  { id: "antimony", name: "antimony products", hs: ["8110", "282580"] },
  { id: "graphite", name: "graphite", hs: ["2504", "3801"] },
  { id: "tungsten", name: "tungsten", hs: ["8101"] },
];

/** Metadata of a known series, or a bare entry for a publisher-specific id. */
export function seriesInfo(id: string): SeriesInfo {
  return SERIES.find((s) => s.id === id) ?? { id, name: id, hs: [] };
}

const SERIES_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Series ids are lowercase kebab-case slugs. */
export function isSeriesId(text: string): boolean {
  return SERIES_ID.test(text);
}
