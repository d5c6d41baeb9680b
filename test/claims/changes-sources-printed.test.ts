// A change in percent that a published source printed for the same figure and base: it names who
// else reported the claim where the data's levels cannot compute the change, and keeps a change the
// levels do not bear out from being called wrong when the text repeats a source's own figure. It
// never supports a claim: a source's change is that source's statement, not the data.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { loadFigureBook } from "../../src/analytics/figure-book.js";
import { seriesKey } from "../../src/domain/series-key.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function only(text: string, published = "2025-12-22") {
  const r = await verifyClaims(store, text, { published });
  const changes = r.claims.filter((c) => c.kind === "change");
  expect(changes).toHaveLength(1);
  return changes[0]!;
}

describe("changes a source printed alike", () => {
  it("names the sources of a change whose base month the data does not hold, and leaves it open", async () => {
    // the data holds the US value for November 2025 but not for November 2024; SCMP printed +4.2%
    const c = await only(
      "In value terms, magnet shipments from China to the United States climbed 4.2% in November on the year.",
    );
    expect(c.partner).toBe("USA");
    expect(c.period).toBe("2025-11");
    expect(c.verdict).toBe("unverifiable");
    expect(c.corroboration).toEqual(["SCMP"]);
    expect(c.explanation).toContain("SCMP (+4.2% on the year) printed the same change");
  });

  it("names no source for a change no source printed on that base or figure", async () => {
    const other = await only(
      "In value terms, magnet shipments from China to the United States climbed 9% in November on the year.",
    );
    expect(other.verdict).toBe("unverifiable");
    expect(other.corroboration).toEqual([]);
    expect(other.explanation).not.toContain("printed the same change");
    // +4.2% was printed on the year, not on the month
    const month = await only(
      "In value terms, magnet shipments from China to the United States climbed 4.2% in November from October.",
    );
    expect(month.corroboration).not.toContain("SCMP");
  });

  it("takes a source's figure the claim's rounding covers, in the same direction only", async () => {
    // Ferroalloy Online and Nikkei printed Germany's October change as +55.9% on the year
    const rounded = await only(
      "Germany's magnet purchases from China in October were 56% higher year on year.",
    );
    expect(rounded.corroboration).toEqual(["Ferroalloy Online", "Nikkei"]);
    const fallen = await only(
      "Germany's magnet purchases from China in October were 56% lower year on year.",
    );
    expect(fallen.corroboration).toEqual([]);
  });

  it("does not call wrong a change the levels do not bear out when a source printed it", async () => {
    // the levels give 619 t in July and 590 t in August (-4.7%); SMM printed -1.6% on the month
    const c = await only("China's magnet exports to the US fell 1.6% in August from July.", "2025-09-25");
    expect(c.verdict).toBe("unverifiable");
    expect(c.explanation).toContain("not certain: SMM (-1.6% on the month) printed this change");
    expect(c.corroboration).toContain("SMM");
    // the same wrong figure that no source printed is contradicted
    const wrong = await only("China's magnet exports to the US fell 2.6% in August from July.", "2025-09-25");
    expect(wrong.verdict).toBe("contradicted");
    expect(wrong.corroboration).toEqual([]);
  });
});

describe("the figure book's stated changes", () => {
  it("gives each change a source printed for a figure, on its base", async () => {
    const key = seriesKey({ series: "rare-earth-magnets", partner: "USA", measure: "value" });
    const book = await loadFigureBook(store, [key]);
    const rows = book.statedChanges(key, "2025-11");
    expect(rows.map((r) => [r.origin, r.basis, r.pct])).toContainEqual(["SCMP", "yoy", "4.2"]);
    expect(book.statedChanges(key, "2025-10")).toEqual([]);
  });

  it("keeps a change against a named month with that month as its base", async () => {
    // Reuters: antimony exports in June 2025 were 88% below January's
    const key = seriesKey({ series: "antimony" });
    const book = await loadFigureBook(store, [key]);
    expect(book.statedChanges(key, "2025-06").map((r) => [r.origin, r.basis, r.pct])).toContainEqual([
      "Reuters",
      "2025-01",
      "-88",
    ]);
  });
});
