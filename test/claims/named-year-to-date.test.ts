// "YTD 2025", "2025 YTD": a year-to-date label that names its year runs in that year, to its last
// month out (all twelve once the year is over), however late the story appeared; a table's YTD column
// runs to the latest month column of its year.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/index.js";

const periods = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.period]);

describe("a year-to-date label with its year", () => {
  it.each([
    ["Rare-earth shipments YTD 2025 came to 62,585 t.", "2026-03-10", "2025-01..2025-12"],
    ["Gallium exports, 2025 YTD: 100 t.", "2026-02-18", "2025-01..2025-12"],
    ["Rare-earth shipments YTD 2025 came to 52,699 t.", "2025-11-20", "2025-01..2025-10"],
  ])("runs in the year it names: %s", (text, published, period) => {
    expect(periods(text, published).map(([, p]) => p)).toEqual([period]);
  });

  it("without a year, runs in the year of the latest month out", () => {
    expect(periods("Magnet exports YTD came to 6,000 t.", "2026-03-10").map(([, p]) => p)).toEqual([
      "2026-01..2026-02",
    ]);
  });

  it("heads a table column that runs to the latest month column of its year", () => {
    const table = "| Item | Oct 2025 | YTD 2025 |\n|---|---|---|\n| Rare earths (t) | 4,343.5 | 52,699.2 |";
    expect(periods(table, "2026-02-18")).toEqual([
      ["4,343.5", "2025-10"],
      ["52,699.2", "2025-01..2025-10"],
    ]);
  });
});
