// Names of trade partners as a sentence uses them ("the US", "Japan"), from ISO3 codes and the
// named groups the store uses. Unknown codes read as themselves.

const NAMES: Record<string, string> = {
  WLD: "the world",
  CHN: "China",
  USA: "the US",
  JPN: "Japan",
  DEU: "Germany",
  KOR: "South Korea",
  IND: "India",
  VNM: "Vietnam",
  NLD: "the Netherlands",
  EU27: "the EU",
  THA: "Thailand",
  MYS: "Malaysia",
  MEX: "Mexico",
  ITA: "Italy",
  FRA: "France",
  GBR: "the UK",
  POL: "Poland",
  CZE: "Czechia",
  TWN: "Taiwan",
  HKG: "Hong Kong",
  PHL: "the Philippines",
  TUR: "Turkey",
  BRA: "Brazil",
  CAN: "Canada",
  AUS: "Australia",
  RUS: "Russia",
  SGP: "Singapore",
  IDN: "Indonesia",
  EST: "Estonia",
  PRT: "Portugal",
  ESP: "Spain",
  AUT: "Austria",
  BEL: "Belgium",
  SWE: "Sweden",
  HUN: "Hungary",
  ROU: "Romania",
  SVN: "Slovenia",
  NOR: "Norway",
  DNK: "Denmark",
  FIN: "Finland",
  SVK: "Slovakia",
};

/**
 * The partner's name in running text.
 * @example partnerName("USA") // "the US"
 */
export function partnerName(code: string): string {
  return NAMES[code] ?? code;
}

/** The name at the start of a sentence or in a label: "The US", "Japan". */
export function partnerLabel(code: string): string {
  const name = partnerName(code);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Named groups (EU27, regions) overlap countries: shares and movers keep them apart. */
export function isGroup(code: string): boolean {
  return code === "WLD" || code === "EU27" || code.includes("_");
}
