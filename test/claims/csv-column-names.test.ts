// A CSV pasted into a post names its columns as data files do, words joined by underscores
// ("magnets_t", "rare_earths_t"): each column's name gives the product (and unit) of its figures.
// Checked on the reference data (September 2025: magnets 5,774 t, rare earths 4,000.3 t; October:
// magnets 5,473 t, rare earths 4,343.5 t).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

const read = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-01-21" })).claims.map((c) => [
    c.stated.type === "level" ? c.stated.value : null,
    c.series,
    c.partner,
    c.period,
    c.verdict,
  ]);

describe("a CSV's column names give each column's product", () => {
  it("reads and checks each figure as its column's product", async () => {
    const text =
      "The monthly figures I work from (China customs, tonnes):\nmonth,magnets_t,rare_earths_t\n2025-09,5774,4343.5\n2025-10,5473,4343.5\n";
    expect(await read(text)).toEqual([
      [5774, "rare-earth-magnets", "WLD", "2025-09", "supported"],
      [4343.5, "rare-earths", "WLD", "2025-09", "contradicted"],
      [5473, "rare-earth-magnets", "WLD", "2025-10", "supported"],
      [4343.5, "rare-earths", "WLD", "2025-10", "supported"],
    ]);
  });
});
