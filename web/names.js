// Display names for the series the dashboard offers and for partner codes.

/** The series with monthly figures in the shipped data (ids from the design's series table). */
export const SERIES = [
  { id: "rare-earth-magnets", name: "Rare-earth magnets" },
  { id: "rare-earths", name: "Rare earths (customs category)" },
  { id: "rare-earth-products", name: "Rare-earth products (aggregate)" },
  { id: "gallium", name: "Gallium" },
  { id: "germanium", name: "Germanium" },
  { id: "antimony", name: "Antimony" },
  { id: "dysprosium", name: "Dysprosium" },
  { id: "terbium", name: "Terbium" },
];

const PARTNERS = {
  WLD: "World",
  USA: "United States",
  JPN: "Japan",
  DEU: "Germany",
  KOR: "South Korea",
  IND: "India",
  VNM: "Vietnam",
  NLD: "Netherlands",
  EU27: "European Union",
  MYS: "Malaysia",
  MMR: "Myanmar",
  CHN: "China",
  FRA: "France",
  ITA: "Italy",
  MEX: "Mexico",
  THA: "Thailand",
  TWN: "Taiwan",
  POL: "Poland",
  GBR: "United Kingdom",
};

/** "Rare-earth magnets" for a known id, the id itself otherwise. */
export function seriesName(id) {
  return SERIES.find((s) => s.id === id)?.name ?? id;
}

/** "United States" for USA; unknown codes are shown as they are. */
export function partnerName(code) {
  return PARTNERS[code] ?? code;
}
