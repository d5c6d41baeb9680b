// A clause that opens on a year and then tells a rise or fall to a level dated by a month of that
// year ("In 2024, shipments slipped 11.5% to 4,181 t in September") is about that month's move, not
// the year's.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const moves = (t: string, published: string) =>
  extractClaims(t, { published })
    .filter((c) => c.kind === "change" || c.kind === "direction")
    .map((c) => `${c.kind} ${c.period} ${c.text}`);

describe("a move to a level dated by a month of the year the clause opens on", () => {
  it.each([
    ["In 2024, antimony exports sank 80% to 808 t in November.", "2025-10-20", ["change 2024-11 sank 80%"]],
    [
      "In 2025, Vietnam's magnet purchases dropped to 235 t in May.",
      "2026-01-20",
      ["direction 2025-05 dropped"],
    ],
    [
      "During 2024, China's rare earth exports climbed 13.7% to 4,753 t in October.",
      "2025-10-20",
      ["change 2024-10 climbed 13.7%"],
    ],
  ])("%s", (text, published, want) => {
    expect(moves(text, published)).toEqual(want);
  });

  it("keeps the year for a move to the year's own total", () => {
    expect(moves("In 2025, rare earth exports rose 12.9% to 62,585 t.", "2026-01-20")).toEqual([
      "change 2025-01..2025-12 rose 12.9%",
    ]);
  });
});
