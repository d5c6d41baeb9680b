// Tables through the reader: units and periods from the header, the destination from the first
// column, the product from the caption; one claim per cell with a number.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const PUB = { published: "2025-12-20" };
const cells = (t: string) => extractClaims(t, PUB).map((c) => [c.text, c.kind, c.series, c.partner, c.period, c.stated.type === "level" ? c.stated.value : c.stated.type === "change" ? `${c.stated.pct}% ${c.stated.basis}` : c.stated.type === "share" ? `${c.stated.pct}% share` : null]);

describe("tables", () => {
  it("reads a pipe table with units in the header and partners in the first column", () => {
    const t = "China's rare-earth magnet exports by destination\n| Destination | Nov 2025 (t) | Oct 2025 (t) | m/m |\n|---|---|---|---|\n| United States | 582 | 656 | -11.3% |\n| JPN | 305 | 226 | +35% |\n| Total | 6,150 | 5,473 | +12.4% |";
    expect(cells(t)).toEqual([
      ["582", "level", "rare-earth-magnets", "USA", "2025-11", 582], ["656", "level", "rare-earth-magnets", "USA", "2025-10", 656], ["-11.3%", "change", "rare-earth-magnets", "USA", "2025-11", "-11.3% mom"],
      ["305", "level", "rare-earth-magnets", "JPN", "2025-11", 305], ["226", "level", "rare-earth-magnets", "JPN", "2025-10", 226], ["+35%", "change", "rare-earth-magnets", "JPN", "2025-11", "35% mom"],
      ["6,150", "level", "rare-earth-magnets", "WLD", "2025-11", 6150], ["5,473", "level", "rare-earth-magnets", "WLD", "2025-10", 5473], ["+12.4%", "change", "rare-earth-magnets", "WLD", "2025-11", "12.4% mom"],
    ]);
  });

  it("reads an aligned text table turned the other way, with the unit in the caption", () => {
    const t = "Magnet exports to Japan, tonnes\nMonth        Japan    Share\nOctober      226      4.1%\nNovember     305      5.0%";
    expect(cells(t)).toEqual([
      ["226", "level", "rare-earth-magnets", "JPN", "2025-10", 226], ["4.1%", "share", "rare-earth-magnets", "JPN", "2025-10", "4.1% share"],
      ["305", "level", "rare-earth-magnets", "JPN", "2025-11", 305], ["5.0%", "share", "rare-earth-magnets", "JPN", "2025-11", "5% share"],
    ]);
  });

  it("reads nothing from a table whose unit it cannot tell", () => {
    expect(cells("Destination   Nov\nJapan   305\nIndia   416")).toEqual([]);
  });
});
