// Indian, Japanese and British reporting dates trade by a financial year that runs from April, and
// writes it "2024-25" or "the financial year 2026". A figure dated so is not certainly of the calendar
// months the reader maps it to, so it is never contradicted through them; "FY2025" said of China,
// whose fiscal year is the calendar year, is still checked. Imports "sourced from China" name no
// importer: China is where they came from.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

// magnets: first half of 2025 22,319 t; full year 2025 57,392 t (2024: 58,152 t)
describe("a figure dated by a financial year", () => {
  it("is not contradicted through calendar months", async () => {
    const got = await verdictsOf(
      store,
      "Magnet shipments out of China came to roughly 30,000 t in the first half of the financial year 2026.",
      "2025-11-24",
    );
    expect(got).toEqual([["roughly 30,000 t", "unverifiable"]]);
  });

  it("is not contradicted when the year is written split across two", async () => {
    // read on the calendar, April-June 2025 would be January-March 2025 (15,268 t) and the figure wrong
    const r = await verifyClaims(
      store,
      "China's magnet exports came to 16,734 t in the first quarter of 2025-26.",
      { published: "2025-11-10" },
    );
    expect(r.claims.map((c) => c.verdict)).toEqual(["unverifiable"]);
    expect(r.claims[0]?.explanation).toMatch(/fiscal year/);
  });

  it("leaves FY2025 said of China checked as the calendar year", async () => {
    const got = await verdictsOf(store, "China's FY2025 magnet exports: 57,392 t, a record.", "2026-01-25");
    expect(got).toContainEqual(["a record", "contradicted"]);
  });
});

describe("imports sourced from China", () => {
  it("name no importer, so they are not China's exports", async () => {
    const got = await verdictsOf(
      store,
      "Imports of permanent magnets, primarily sourced from China, fell 56% to 16,281 tonnes over April to September.",
      "2025-11-24",
    );
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((g) => g[1] === "unverifiable")).toBe(true);
  });
});
