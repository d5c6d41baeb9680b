// A data frame printed as text leaves its index column's header blank: the header row starts
// indented and has one cell fewer than the rows, so each name heads the column under it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const cells = (t: string) =>
  extractClaims(t, { published: "2026-01-22" })
    .filter((c) => c.kind === "level")
    .map((c) => [c.partner, c.period, c.stated.type === "level" ? c.stated.value : null]);

describe("a printed data frame", () => {
  it("puts each header over its own column", () => {
    const t =
      "Magnet exports by destination (tonnes)\n\n           DEU    KOR   VNM\n2025-12   1106    815   509";
    expect(cells(t)).toEqual([
      ["DEU", "2025-12", 1106],
      ["KOR", "2025-12", 815],
      ["VNM", "2025-12", 509],
    ]);
  });

  it("leaves a header that heads every column as it is", () => {
    const t =
      "Magnet exports by destination (tonnes)\n\nmonth     DEU    KOR   VNM\n2025-12   1106    815   509";
    expect(cells(t).map((c) => c[0])).toEqual(["DEU", "KOR", "VNM"]);
  });
});
