// "took 23.96% of the total in June (764 t) and 20.4% in October": the second percentage, after a
// bracketed tonnage, is the same destination's share in its own month.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const shares = (t: string) =>
  extractClaims(t, { published: "2025-11-24" })
    .filter((c) => c.kind === "share")
    .map((c) => [c.partner, c.period, c.stated.type === "share" ? c.stated.pct : null]);

describe("a share's month, a bracketed tonnage, then the next month's share", () => {
  it("reads both shares", () => {
    expect(shares("Germany took 24% of the total in June (764 tonnes) and 20.4% in October.")).toEqual([
      ["DEU", "2025-06", 24],
      ["DEU", "2025-10", 20.4],
    ]);
  });
});
